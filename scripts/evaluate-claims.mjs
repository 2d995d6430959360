// Scores the extractor against hand-written gold files in format 2 (docs/gold-format.md).
//   node scripts/evaluate-claims.mjs [--verbose] [--classes] [--json] [--heldout] [--heldout-root DIR]
// (after `node scripts/build.mjs`). The development set (samples/) is always scored. The held-out
// set (test/heldout/, or DIR) is scored only with --heldout, so its figures are never seen while
// rules are tuned; without --verbose its report is figures only (no people's names, no gold text;
// --json prints everything). Always exits 0 when the gold is readable: this is a report, not a test.
//
// Statements: an extracted attributed sentence (a claim with a speaker) matches a gold statement
// when their spans overlap (each matched once). Reported for all statements and for statements
// about a named group: recall over gold statements with subjects, precision over extracted
// statements with subjects (fn counts gold ones missed, tp extracted ones matched). On matched statements: speaker accuracy (normalised equality or containment with the
// resolved name; a pronoun left unresolved is wrong) and subject accuracy (same set); beside it, speaker
// accuracy counting also a speaker whose person (as the corpus joins people) carries the gold name in
// any document (the gold names a person by their fullest form in the corpus, which may be another
// document's).
// Claims: the four core kinds; a claim matches when it overlaps a gold claim of the same kind.
// Fields on matched claims: subjects (same set), claimant (as for speakers), figures (each gold
// figure found with its measure, number and bound), date (ISO, equal).
// People: every form of a gold person should resolve to one person id (the listing's id when the
// known-people rules tie the entity to a listed individual, else its identity key: what the editor's
// People view and the shared index use), and no id should hold two gold people; splits and merges
// are listed. A form is found as written
// or, failing that, with words of address, rank or office more or fewer at its start (TITLE_WORDS);
// the count of forms found exactly as written is printed beside it.
// --classes: every miss counted by what went wrong, as counts only (no text, no names), so a held-out
// set can say where its misses are without being read: a missed claim whose sentence gave a claim
// of another kind, only a statement, or nothing; a false claim where the gold has a claim of another
// kind, only a statement, or nothing; a missed statement whose sentence gave a claim without a
// speaker, or nothing; wrong subjects as none found, a group where the gold has none, groups
// missing, groups extra, or other groups; wrong speakers as a pronoun left, no name, or another name;
// a gold person form not recognised (titles aside) as found inside a longer or around a shorter form (a name part more or less) or not at all.
// With them, `textClasses` counts the same misses by what their gold text holds (still no text):
// for a statement given too few groups, whether its text names a gold group, refers to a group by a
// pronoun or a word for a group or its people (which: they, it, we, the group, its people), or holds
// neither (a group the gold carried from context);
// for a missed claim, whether its text names a group, holds a figure, and is quoted speech.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'out', 'server', 'src', 'core');
const { analyzeText } = require(path.join(out, 'corpus', 'corpusIndex.js'));
const { PeopleIndex, speakerIdOf, documentPersonIds } = require(path.join(out, 'corpus', 'peopleIndex.js'));
const { knownPeopleIndex } = require(path.join(out, 'people', 'knownPeople.js'));
const { loadKnownPeople } = require(path.join(out, 'gazetteer', 'people.js'));
const { GroupMatcher } = require(path.join(out, 'recognition', 'groupMatcher.js'));
const { combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } = require(path.join(out, 'gazetteer', 'files.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const withClasses = args.includes('--classes');
const asJson = args.includes('--json');
const heldoutRootArg = args.indexOf('--heldout-root') >= 0 ? path.resolve(args[args.indexOf('--heldout-root') + 1]) : null;
const heldout = args.includes('--heldout') || heldoutRootArg !== null;

const CORE_KINDS = ['responsibility', 'casualties', 'strength', 'announcement'];
const PRONOUNS = /^(?:he|she|they|him|her|them|i|we|you|it)$/i;

const norm = (s) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\b(?:the|a|an)\b/g, ' ').replace(/\s+/g, ' ').trim();
/**
 * Words of address, rank and office that may stand before a person's name and are not part of it
 * (docs/gold-format.md, "Person forms"): when no mention is written as a gold form, a mention that is
 * the form with such words before it, or the form without those it has, stands for it ("Interior
 * Minister Mohsin Lashari" for "Mohsin Lashari"; "Brigadier General …" for "Police Brigadier General …").
 */
const TITLE_WORDS = new Set(`mr mrs ms miss dr prof professor sir dame lord lady
  sheikh shaikh shaykh mullah maulana mawlana mawlawi maulvi mufti qari hafiz haji hajji alhaji mallam imam
  president vice prime minister deputy chief state interior foreign defence defense home information finance
  federal provincial district regional senior assistant acting former late governor mayor senator
  secretary general spokesman spokeswoman spokesperson ambassador envoy judge justice emir amir commander
  lieutenant lt colonel col major maj brigadier brig captain capt sergeant sgt corporal private admiral
  marshal air rear field police army inspector superintendent officer commissioner constable`.split(/\s+/));
/** Whether one form is the other with words of address, rank or office before it. */
const titledForm = (a, b) => {
  const [short, long] = [norm(a), norm(b)].sort((x, y) => x.length - y.length);
  if (!short || !long.endsWith(` ${short}`)) return false;
  return long.slice(0, long.length - short.length).trim().split(' ').every((w) => TITLE_WORDS.has(w));
};
const sameSource = (gold, got) => {
  const a = norm(gold);
  const b = norm(got);
  if (a === b) return true;
  if (!a || !b || PRONOUNS.test(b)) return false;
  return a.includes(b) || b.includes(a);
};
const sameSet = (a, b) => [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
const measureClass = (m) => (m === 'killed' || m === 'injured' ? m : 'strength');
const ratio = (n, d) => (d ? n / d : 0);
/** Pronouns and words for a group or its people that may stand for a group named elsewhere. */
const GROUP_REFERENCE = /\b(?:they|them|their|theirs|it|its|we|us|our|the (?:group|movement|organi[sz]ation|outfit|network|faction|insurgency|militants|insurgents|fighters|jihadists|attackers|gunmen|terrorists|rebels|militia|mujahideen|khawarij)|(?:its|their|our) (?:fighters|men|members|leaders?|commanders?|cadres|ranks|emir|spokesman|chief))\b/i;
/** What a gold statement's text holds for the groups the extractor missed: a name, a reference, or neither. */
function referenceInText(matcher, text, missing) {
  const named = new Set(matcher.findMentions(text).map((m) => m.groupId));
  if (missing.some((id) => named.has(id))) return 'its text names the missing group';
  if (named.size > 0) {
    const parentOf = (id) => matcher.group(id)?.parent ?? null;
    if (missing.some((id) => [...named].some((n) => parentOf(n) === id))) return 'its text names a branch of the missing group';
    if (missing.some((id) => [...named].some((n) => parentOf(id) === n))) return 'its text names the parent of the missing group';
    return 'its text names another group only';
  }
  if (GROUP_REFERENCE.test(text)) {
    // Which kind of reference, the first that holds: a plural pronoun, "it", the speaker's "we", a
    // word for the group itself, or a word for its people.
    if (/\b(?:they|them|their|theirs)\b/i.test(text)) return 'a pronoun or a word for a group in its text: they';
    if (/\b(?:it|its)\b/i.test(text)) return 'a pronoun or a word for a group in its text: it';
    if (/\b(?:we|us|our)\b/i.test(text)) return 'a pronoun or a word for a group in its text: we';
    if (/\bthe (?:group|movement|organi[sz]ation|outfit|network|faction|insurgency|militia)\b/i.test(text)) return 'a pronoun or a word for a group in its text: the group';
    return 'a pronoun or a word for a group in its text: its people';
  }
  return 'no name or reference in its text (carried from context)';
}
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?|thousands?|several|a few)\b/i;
/** What a missed gold claim's text holds: a group's name, a figure, quoted speech. */
function claimText(matcher, text) {
  const parts = [matcher.findMentions(text).length ? 'names a group' : GROUP_REFERENCE.test(text) ? 'refers to a group' : 'no group in its text'];
  parts.push(FIGURE.test(text) ? 'a figure' : 'no figure');
  if (/["“”]/.test(text)) parts.push('quote marks');
  return parts.join(', ');
}
/** What is wrong with an extracted set of groups against the gold's (both non-equal). */
function subjectsMiss(gold, got) {
  const g = new Set(gold);
  const x = new Set(got);
  if (x.size === 0) return 'none found';
  if (g.size === 0) return 'a group where the gold has none';
  if ([...x].every((s) => g.has(s))) return 'groups missing';
  if ([...g].every((s) => x.has(s))) return 'groups extra';
  return 'other groups';
}
const prf = (tp, fp, fn, recallTp = tp) => {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(recallTp, recallTp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

function parseGoldFigure(spec) {
  const [measure, value] = spec.split(':');
  const m = /^(>=|>|<=|~)?(.+)$/.exec(value);
  return { measure, op: m[1] ?? '', numbers: m[2].split('-') };
}

/** A gold figure ("killed:>=40", "strength:~2000-2500", "killed:dozens") against an extracted one. */
function figureMatches(goldSpec, f) {
  const g = parseGoldFigure(goldSpec);
  if (measureClass(f.measure) !== g.measure) return false;
  if (!/^\d/.test(g.numbers[0])) return f.text.toLowerCase().includes(g.numbers[0]);
  const [a, b = a] = g.numbers.map(Number);
  switch (g.op) {
    case '>=': return f.low === a && f.high === Infinity;
    case '>': return f.low === a + 1 && f.high === Infinity;
    case '<=': return f.low === 0 && f.high === b;
    case '~': return f.low <= a && b <= f.high && f.high !== Infinity && f.low < f.high;
    default: return f.low === a && f.high === b;
  }
}

/** Scores one gold set: { gold file, documents' root }. */
function evaluate(goldFile, docsRoot) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const known = knownPeopleIndex(loadKnownPeople().people);
  if (gold.version !== 2) throw new Error(`${goldFile}: gold format ${gold.version}, expected 2 (docs/gold-format.md)`);
  const gazetteerFile = path.join(docsRoot, 'source-lens.gazetteer.json');
  const matcher = new GroupMatcher(combineGazetteers(loadBuiltinGazetteer(), existsSync(gazetteerFile) ? [readWorkspaceGazetteer(gazetteerFile)] : []));
  const documents = [...gold.documents];
  // Every corpus file is scored, including any the gold does not list (its output is all false positives).
  const corpusDir = path.join(docsRoot, 'corpus');
  if (existsSync(corpusDir)) {
    for (const f of readdirSync(corpusDir)) {
      if (/\.(?:txt|md)$/.test(f) && !documents.some((d) => d.file === `corpus/${f}`)) documents.push({ file: `corpus/${f}`, date: null, people: [], statements: [], claims: [] });
    }
  }
  const misses = [];
  const warnings = [];
  /** Misses by class (counts only). */
  const classes = {};
  const count = (what, cls) => {
    classes[what] ??= {};
    classes[what][cls] = (classes[what][cls] ?? 0) + 1;
  };
  /** Misses by what their gold text holds (counts only). */
  const textClasses = {};
  const countText = (what, cls) => {
    textClasses[what] ??= {};
    textClasses[what][cls] = (textClasses[what][cls] ?? 0) + 1;
  };
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const st = { all: [0, 0, 0], group: [0, 0, 0, 0], speaker: [0, 0], subjects: [0, 0], form: [0, 0] };
  const claimCounts = Object.fromEntries(CORE_KINDS.map((k) => [k, [0, 0, 0]]));
  const fields = { subjects: [0, 0], claimant: [0, 0], figures: [0, 0], date: [0, 0] };
  let documentDates = [0, 0];
  /** gold person name -> Set of extracted keys; extracted key -> Set of gold names. */
  const keysOfPerson = new Map();
  const peopleOfKey = new Map();
  const personForms = [0, 0, 0];
  /** Speaker accuracy with the corpus's names of the speaker's person (any name the corpus gives them). */
  const corpusSpeaker = [0, 0];

  // Every document first: the corpus's people (the editor's `PeopleIndex`, which joins the ids that
  // are one person across documents) are known before any document is scored.
  const people = new PeopleIndex(loadKnownPeople().people);
  const analysed = new Map();
  for (const g of documents) {
    const text = readFileSync(path.join(docsRoot, g.file), 'utf8').replace(/^\uFEFF/, '');
    const doc = analyzeText(matcher, g.file, text, null);
    analysed.set(g.file, { text, doc });
    people.added(doc);
  }

  for (const g of documents) {
    const { text, doc } = analysed.get(g.file);
    const byKey = documentPersonIds(known, doc).byKey;
    const locate = (item, what) => {
      const start = text.indexOf(item.text);
      if (start < 0) warnings.push(`gold ${what} text not found in ${g.file}: ${item.text}`);
      return { ...item, start, end: start < 0 ? -1 : start + item.text.length, used: false };
    };
    const snippet = (c) => text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 110);
    documentDates[1]++;
    if ((doc.date ?? null) === (g.date ?? null)) documentDates[0]++;
    else misses.push(`document date ${g.file}: gold ${g.date} got ${doc.date}`);

    // Statements.
    const goldStatements = g.statements.map((s) => locate(s, 'statement'));
    const goldClaims = g.claims.map((c) => locate(c, 'claim'));
    // One statement per attributed sentence (a sentence with two typed claims is still one statement).
    // A relation carries the speaker of the statement it sits in: that statement is counted already.
    const statements = doc.claims.filter((c, i) => c.speaker && c.kind !== 'relation' && !doc.claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
    for (const c of statements) {
      const about = (c.statementSubjects ?? c.subjects).length > 0;
      const match = goldStatements.find((s) => !s.used && s.start < c.end && c.start < s.end);
      if (!match) {
        st.all[1]++;
        if (about) st.group[1]++;
        count('statement FP', goldClaims.some((x) => x.start >= 0 && overlaps(x, c)) ? 'the gold has a claim there, no statement' : 'nothing in the gold there');
        misses.push(`statement FP ${g.file}: [${c.speaker.name}] ${snippet(c)}`);
        continue;
      }
      match.used = true;
      st.all[0]++;
      if (about) st.group[0]++;
      if (match.subjects.length) st.group[3]++;
      match.got = c;
      const speakerOk = sameSource(match.speaker, c.speaker.name);
      const personId = speakerIdOf(doc, c, byKey);
      corpusSpeaker[1]++;
      if (speakerOk || (personId && people.searchNames(personId).some((n) => sameSource(match.speaker, n)))) corpusSpeaker[0]++;
      st.speaker[1]++;
      if (speakerOk) st.speaker[0]++;
      else count('speaker', PRONOUNS.test(norm(c.speaker.name)) ? 'a pronoun left' : !c.speaker.name ? 'no name' : 'another name');
      if (!speakerOk) misses.push(`speaker ${g.file}: gold ${JSON.stringify(match.speaker)} got ${JSON.stringify(c.speaker.name)} (written ${JSON.stringify(c.speaker.text)}) — ${match.text.slice(0, 60)}`);
      st.subjects[1]++;
      const groups = c.statementSubjects ?? c.subjects;
      if (sameSet(match.subjects, groups)) st.subjects[0]++;
      else {
        const cls = subjectsMiss(match.subjects, groups);
        count('statement subjects', cls);
        if (cls === 'none found' || cls === 'groups missing') countText(`statement subjects, ${cls}`, referenceInText(matcher, match.text, match.subjects.filter((id) => !groups.includes(id))));
      }
      if (!sameSet(match.subjects, groups)) misses.push(`statement subjects ${g.file}: gold ${JSON.stringify(match.subjects)} got ${JSON.stringify(groups)} — ${match.text.slice(0, 60)}`);
      st.form[1]++;
      if (match.form === c.form) st.form[0]++;
    }
    for (const s of goldStatements) {
      if (s.used) continue;
      st.all[2]++;
      if (s.subjects.length) st.group[2]++;
      if (s.start >= 0) count(s.subjects.length ? 'statement FN, about a named group' : 'statement FN, about no group', doc.claims.some((c) => c.speaker && overlaps(c, s)) ? 'a statement there, matched to another' : doc.claims.some((c) => overlaps(c, s)) ? 'a claim there without a speaker' : 'nothing extracted there');
      misses.push(`statement FN ${g.file}: [${s.speaker}] ${s.text}`);
    }

    // Core claims.
    for (const c of doc.claims) {
      if (!CORE_KINDS.includes(c.kind)) continue;
      const match = goldClaims.find((x) => !x.used && x.kind === c.kind && x.start < c.end && c.start < x.end);
      if (!match) {
        claimCounts[c.kind][1]++;
        count(`claim FP, ${c.kind}`, goldClaims.some((x) => x.start >= 0 && overlaps(x, c)) ? 'the gold has another kind there' : goldStatements.some((x) => x.start >= 0 && overlaps(x, c)) ? 'the gold has only a statement there' : 'nothing in the gold there');
        misses.push(`claim FP ${g.file} [${c.kind}] ${snippet(c)}`);
        continue;
      }
      match.used = true;
      claimCounts[c.kind][0]++;
      const score = (name, ok, detail) => {
        fields[name][1]++;
        if (ok) fields[name][0]++;
        else if (name === 'subjects') count('claim subjects', subjectsMiss(match.subjects, c.subjects));
        else count(`claim ${name}`, 'wrong');
        if (!ok) misses.push(`claim ${name} ${g.file}: gold ${JSON.stringify(detail[0])} got ${JSON.stringify(detail[1])} — ${match.text.slice(0, 60)}`);
      };
      score('subjects', sameSet(match.subjects, c.subjects), [match.subjects, c.subjects]);
      score('claimant', (match.claimant === null && c.claimant === null) || (match.claimant !== null && c.claimant !== null && sameSource(match.claimant, c.claimant)), [match.claimant, c.claimant]);
      score('figures', match.figures.length === c.figures.length && match.figures.every((spec) => c.figures.some((f) => figureMatches(spec, f))), [match.figures, c.figures.map((f) => `${f.measure}:${f.low}-${f.high}`)]);
      score('date', (match.date ?? null) === (c.isoDate ?? null), [match.date, c.isoDate ?? null]);
    }
    for (const c of goldClaims) {
      if (c.used) continue;
      if (claimCounts[c.kind]) claimCounts[c.kind][2]++;
      if (c.start >= 0) {
        const there = doc.claims.filter((x) => overlaps(x, c));
        c.cls = there.some((x) => CORE_KINDS.includes(x.kind)) ? 'another kind found there' : there.some((x) => x.speaker) ? 'only a statement found there' : there.length ? 'only a relation or other claim there' : 'nothing extracted there';
        count(`claim FN, ${c.kind}`, c.cls);
        countText(`claim FN, ${c.kind}`, claimText(matcher, c.text));
      }
      misses.push(`claim FN ${g.file} [${c.kind}]${c.cls ? ` (${c.cls})` : ''} ${c.text}`);
    }

    // People: which extracted entity each gold form resolves to.
    const docPeople = doc.people ?? { mentions: [], entities: [] };
    // Each entity's person as the editor and the shared index give it: a listed individual's
    // listing id when the known-people rules tie it to one, else its identity key, then joined
    // across the corpus (`people/corpusIdentity.ts`).
    for (const person of g.people) {
      for (const form of person.forms) {
        personForms[1]++;
        // The form as written when the document has it, else the same name with a title more or less.
        let found = docPeople.mentions.filter((m) => norm(m.text) === norm(form));
        if (found.length) personForms[2]++;
        else found = docPeople.mentions.filter((m) => titledForm(m.text, form));
        const keys = new Set(found.map((m) => people.idAt(g.file, m.entity)));
        if (keys.size === 0) {
          const f = norm(form);
          const near = docPeople.mentions.some((m) => {
            const t = norm(m.text);
            return t && (f.includes(t) || t.includes(f));
          });
          count('person form not recognised', near ? 'a longer or shorter form found (a name part more or less)' : 'no form of it found');
          misses.push(`person form not recognised ${g.file}: ${form} (${person.name})`);
          continue;
        }
        personForms[0]++;
        for (const key of keys) {
          if (!keysOfPerson.has(person.name)) keysOfPerson.set(person.name, new Set());
          keysOfPerson.get(person.name).add(key);
          if (!peopleOfKey.has(key)) peopleOfKey.set(key, new Set());
          peopleOfKey.get(key).add(person.name);
        }
      }
    }
  }
  const splits = [...keysOfPerson].filter(([, keys]) => keys.size > 1).map(([name, keys]) => `${name} → ${[...keys].join(' | ')}`);
  const merges = [...peopleOfKey].filter(([, names]) => names.size > 1).map(([key, names]) => `${key} ← ${[...names].join(' | ')}`);
  const claimTotals = CORE_KINDS.reduce((acc, k) => acc.map((v, i) => v + claimCounts[k][i]), [0, 0, 0]);
  return {
    documents: documents.length,
    goldStatements: documents.reduce((n, d) => n + d.statements.length, 0),
    goldClaims: documents.reduce((n, d) => n + d.claims.length, 0),
    statements: prf(...st.all),
    statementsAboutGroups: prf(...st.group),
    speakerAccuracy: ratio(...st.speaker),
    speakerCounts: st.speaker,
    speakerCorpusAccuracy: ratio(...corpusSpeaker),
    speakerCorpusCounts: corpusSpeaker,
    subjectAccuracy: ratio(...st.subjects),
    subjectCounts: st.subjects,
    formAccuracy: ratio(...st.form),
    claims: prf(...claimTotals),
    claimsByKind: Object.fromEntries(CORE_KINDS.map((k) => [k, prf(...claimCounts[k])])),
    claimFields: Object.fromEntries(Object.entries(fields).map(([k, [ok, n]]) => [k, { accuracy: ratio(ok, n), ok, n }])),
    documentDateAccuracy: ratio(...documentDates),
    people: { formsRecognised: personForms[0], forms: personForms[1], formsExact: personForms[2], splits, merges },
    warnings,
    classes,
    textClasses,
    misses,
  };
}

const f3 = (x) => x.toFixed(3);
/** `details`: name the split and merged people and the gold warnings (held-out ones only with --verbose). */
function report(title, r, details = true) {
  console.log(`${title}: ${r.documents} documents, ${r.goldStatements} gold statements, ${r.goldClaims} gold claims`);
  const line = (name, p) => console.log(`  ${name.padEnd(34)} P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
  line('statements, all', r.statements);
  line('statements about a named group', r.statementsAboutGroups);
  console.log(`  ${'speaker accuracy (matched)'.padEnd(34)} ${f3(r.speakerAccuracy)}  (${r.speakerCounts[0]}/${r.speakerCounts[1]})`);
  console.log(`  ${'  with the corpus person\'s names'.padEnd(34)} ${f3(r.speakerCorpusAccuracy)}  (${r.speakerCorpusCounts[0]}/${r.speakerCorpusCounts[1]})`);
  console.log(`  ${'subject accuracy (matched)'.padEnd(34)} ${f3(r.subjectAccuracy)}  (${r.subjectCounts[0]}/${r.subjectCounts[1]})`);
  console.log(`  ${'form accuracy (matched)'.padEnd(34)} ${f3(r.formAccuracy)}`);
  line('core claims, all kinds', r.claims);
  for (const [kind, p] of Object.entries(r.claimsByKind)) line(`  ${kind}`, p);
  for (const [name, { accuracy, ok, n }] of Object.entries(r.claimFields)) console.log(`  ${('claim ' + name + ' accuracy').padEnd(34)} ${f3(accuracy)}  (${ok}/${n})`);
  console.log(`  ${'document date accuracy'.padEnd(34)} ${f3(r.documentDateAccuracy)}`);
  console.log(`  ${'person forms recognised'.padEnd(34)} ${r.people.formsRecognised}/${r.people.forms} (titles aside; as written ${r.people.formsExact}); splits ${r.people.splits.length}, merges ${r.people.merges.length}`);
  if (details) {
    for (const s of r.people.splits) console.log(`    split: ${s}`);
    for (const m of r.people.merges) console.log(`    merge: ${m}`);
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  } else if (r.warnings.length) console.log(`  ${r.warnings.length} gold warning(s); --verbose lists them`);
  if (withClasses) {
    console.log('  misses by class (counts only):');
    for (const [what, byClass] of Object.entries(r.classes).sort()) {
      const total = Object.values(byClass).reduce((a, b) => a + b, 0);
      console.log(`    ${what} (${total}): ${Object.entries(byClass).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`);
    }
    console.log('  the same misses by what their gold text holds (counts only):');
    for (const [what, byClass] of Object.entries(r.textClasses).sort()) {
      const total = Object.values(byClass).reduce((a, b) => a + b, 0);
      console.log(`    ${what} (${total}): ${Object.entries(byClass).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`);
    }
  }
  if (verbose) for (const m of r.misses) console.log('  ' + m);
}

const results = {};
if (!heldout) {
  results.development = evaluate(path.join(root, 'samples', 'gold', 'claims.json'), path.join(root, 'samples'));
  if (!asJson) report('Development (samples/)', results.development);
  if (!asJson && existsSync(path.join(root, 'test', 'heldout', 'gold.json'))) console.log('A held-out set is present (test/heldout/): --heldout scores it.');
} else {
  const heldoutRoot = heldoutRootArg ?? path.join(root, 'test', 'heldout');
  const goldFile = path.join(heldoutRoot, 'gold.json');
  if (!existsSync(goldFile)) {
    console.error(`no held-out gold at ${goldFile}`);
    process.exit(1);
  }
  results.heldout = evaluate(goldFile, heldoutRoot);
  if (!asJson) report(`Held out (${path.relative(root, heldoutRoot) || heldoutRoot})`, results.heldout, verbose);
}
if (asJson) console.log(JSON.stringify(results, (_k, v) => (v === Infinity ? 'Infinity' : v), 2));
