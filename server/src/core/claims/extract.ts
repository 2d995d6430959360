/**
 * The claim extractor: reads the document model once, sentence by sentence, and returns
 *
 * - the typed claims each sentence makes about groups — one module per kind in `kinds/`
 *   (responsibility, casualties, strength, announcement); a sentence may make several;
 * - and, for every sentence the document attributes to a source (attribution/statements.ts), its
 *   speaker and form: on its typed claims, or as a claim of kind `statement` when it makes none
 *   (with the groups it is about, possibly none).
 *
 * The claimant of an attributed claim is its speaker, resolved ("he" → the person); otherwise the
 * claiming or accusing party the sentence names. Event dates are taken as written (dates.ts) and
 * resolved against the document's date. Work is linear in the text: keyword checks gate every
 * regex, and the regexes are bounded.
 */
import type { Mention } from '../recognition/groupMatcher';
import { DocumentPeople, findPeople } from '../people/people';
import { DocumentModel, buildDocument } from '../text/document';
import { Statement, findStatements } from './attribution/statements';
import { Attribution, findAttribution } from './attribution/reported';
import { hasCue } from './attribution/cues';
import { documentProvince, withLocalNames, withProvince } from './branches';
import { ParentOf, withEpithets, withoutLowerCasePhrases } from './epithets';
import { findDate, resolveDate, tagDate } from './dates';
import { eventKeys, sameEvent, storyContext, StoryContext, withStoryContext } from './incidents';
import { findAnnouncement } from './kinds/announcement';
import { findCasualties } from './kinds/casualties';
import { findResponsibility } from './kinds/responsibility';
import { findStrength } from './kinds/strength';
import { isToll } from './agreement';
import type { Claim, CoreClaimKind, Figure } from './model';
import type { MeasureClass, RawFigure } from './numbers';
import { ClaimSentence, KindFinding, leadingNoise, readSentence } from './sentence';
import { SubjectTracker, namesParent } from './subjects';

export { sameEvent };
export type { MeasureClass };

/** Each kind returns every claim of its kind the sentence makes (several clauses may make several). */
const KINDS: [CoreClaimKind, (s: ClaimSentence) => KindFinding[]][] = [
  ['responsibility', findResponsibility],
  ['strength', findStrength],
  ['casualties', findCasualties],
  ['announcement', findAnnouncement],
];

function measureName(f: RawFigure): string {
  return f.measure === 'strength' ? (f.noun === 'strong' || !f.noun ? 'fighters' : f.noun) : f.measure;
}

function tidyClaimant(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s"“”'‘’,]+|[\s"“”'‘’,]+$/g, '');
}

/** The speaker phrase of a statement, relative to the sentence text starting at `base`. */
function speakerAttribution(statement: Statement | undefined, base: number, length: number): Attribution | null {
  const span = statement?.speakerSpan;
  if (!statement || statement.speakerIsSubject || !span || span.start < base || span.end > base + length) return null;
  return { claimant: statement.speaker.text, start: span.start - base, end: span.end - base };
}


/**
 * A Markdown table row (a list-item block opening with "|") under a header and its rule: `column`
 * gives the row's cell under the first header cell matching a pattern ("Source", "Date"), or null.
 */
function tableRow(doc: DocumentModel, text: string, at: number): { column: (header: RegExp) => string | null } | null {
  const isRow = (i: number) => i >= 0 && text[doc.blocks[i].start] === '|';
  if (!isRow(at)) return null;
  let i = at - 1;
  while (isRow(i) && doc.blocks[i].role === 'list-item') i--;
  // i is the rule under the header, i - 1 the header.
  if (!isRow(i) || !isRow(i - 1) || doc.blocks[i].role !== 'chrome') return null;
  const cells = (b: { start: number; end: number }) => text.slice(b.start, b.end).replace(/^\||\|\s*$/g, '').split('|').map((c) => c.trim());
  const header = cells(doc.blocks[i - 1]);
  const own = cells(doc.blocks[at]);
  return {
    column: (pattern) => {
      const k = header.findIndex((h) => pattern.test(h));
      return k >= 0 && own[k] ? own[k] : null;
    },
  };
}

/** A headline's label that names a source: "UN monitors: ISIL-K has up to 5,500 fighters", "Police: …" (not a place or an event, "Kulgam encounter: …"). */
const HEADLINE_SOURCE = /^([^:;,.]{2,40}):\s/;
const SOURCE_WORD = /\b(?:report|reports|monitors?|officials?|police|army|military|ministry|experts?|panel|UN|government|spokes(?:man|woman|person)|governor|commander|sources?|analysts?|officers?|intelligence|authorities)\b/i;
function headlineSource(sentence: string, items: readonly { start: number }[]): string | null {
  const m = HEADLINE_SOURCE.exec(sentence);
  return m && SOURCE_WORD.test(m[1]) && !items.some((it) => it.start < m[1].length) ? m[1].trim() : null;
}

/** A group's word on its own toll, in a clause after its claim: "saying its fighters had killed", "adding that their men …". */
const GROUP_TOLL_SAID = /\b(?:saying|adding|claiming|insisting)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters|men|mujahideen|militants|soldiers|commandos|members)\b/g;
/** True when the date as written comes before a group's word on its own toll that comes before the toll's figure. */
function saidBefore(sentence: string, date: string, figureStart: number): boolean {
  const at = sentence.indexOf(date);
  if (at < 0 || at >= figureStart) return false;
  GROUP_TOLL_SAID.lastIndex = at + date.length;
  const m = GROUP_TOLL_SAID.exec(sentence);
  return !!m && m.index < figureStart;
}

/** A bold tag of a place and a day closed by its own full stop or colon: "**Mastung, 7 July.**", "__Kabul, July 10:__". */
const BOLD_PLACE_DAY = /^(?:\*\*|__)[^*_\n,]{2,40},\s+(?:\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ \d{1,2})[.:]?(?:\*\*|__)/u;
/**
 * The day a list item's digest tag gives, as written, or null: the tag the sentence reader strips as
 * noise ("**Dikwa, Borno (2 August):**", "Bannu (last Thursday):"), else a bold tag of a place and a
 * day closed by its own full stop, which it keeps as text ("**Mastung, 7 July.** A bomb …").
 */
function itemDate(text: string, block: { contentStart: number; end: number }): string | null {
  const head = text.slice(block.contentStart, Math.min(block.end, block.contentStart + 90));
  return tagDate(head.slice(0, leadingNoise(head, true))) ?? tagDate(BOLD_PLACE_DAY.exec(head)?.[0] ?? '');
}

/**
 * Headline blocks whose text a later headline block repeats word for word (a page title over the
 * article's own headline): their claims are the later copy's.
 */
function repeatedHeadlines(doc: DocumentModel): Set<number> {
  const out = new Set<number>();
  const seen = new Map<string, number>();
  for (let b = doc.blocks.length - 1; b >= 0; b--) {
    const block = doc.blocks[b];
    if (block.role !== 'headline') continue;
    const key = doc.text.slice(block.contentStart, block.end).trim().replace(/\s+/g, ' ');
    if (seen.has(key)) out.add(b);
    else seen.set(key, b);
  }
  return out;
}

/**
 * A typed claim whose finder found no group, in a sentence that names none, is about what the subject
 * tracker read the sentence as about (the passage's group, a speaker's "they", "both sides"): "“Four of
 * them were martyred,” the spokesman said", an answer's "Eleven guards were killed before the army
 * came". Not a responsibility claim: one with no group is left open on purpose ("a little-known front
 * claimed the attack"). Where the sentence names a group, or the finder found one, the finder's answer
 * stands: it reads the clause, the tracker only the sentence.
 */
function withTrackerSubjects(kind: CoreClaimKind, own: string[], tracker: readonly string[], read: ClaimSentence): string[] {
  if (own.length > 0 || tracker.length === 0 || kind === 'responsibility') return own;
  return read.namesGroup ? own : [...tracker];
}

/**
 * `parentOf` gives a group's parent organisation (the gazetteer's `parent`); with it, a parent's name
 * used as an epithet ("the al-Qaeda affiliate") reads as the one affiliate the document names (epithets.ts).
 */
export function extractClaims(input: DocumentModel | string, found: readonly Mention[], knownPeople?: DocumentPeople, parentOf?: ParentOf): Claim[] {
  const doc = typeof input === 'string' ? buildDocument(input) : input;
  // "Daesh" in a story about Afghanistan is the Khorasan province (branches.ts); "the al-Qaeda
  // affiliate" in a story about JNIM is JNIM; a quoted "soldiers of the caliphate" names no group (epithets.ts).
  const named = withLocalNames(doc, withoutLowerCasePhrases(doc, found));
  const province = documentProvince(doc, named);
  const mentions = withEpithets(doc, withProvince(doc, named, province), parentOf);

  const people = knownPeople ?? findPeople(doc, mentions);
  const statements = findStatements(doc, mentions, people);
  const subjectTracker = new SubjectTracker(doc, mentions, parentOf);
  const { text } = doc;
  const claims: Claim[] = [];
  let mi = 0;
  let lastGroup: { groupId: string; start: number; end: number } | null = null;
  /** How the text last named each group, for claimants written as "they" or "the group". */
  const lastName = new Map<string, string>();
  const nameFor = (groupId: string) => lastName.get(groupId) ?? null;
  /** The story's place and target from its dateline and headline, computed on the first toll. */
  let story: StoryContext | undefined;
  const repeated = repeatedHeadlines(doc);
  /** The last strength claim's groups and sentence, and whether a sentence since named another group. */
  let lastEstimate: { subjects: readonly string[]; si: number; paragraph: number } | null = null;
  let namedSince = false;
  for (let si = 0; si < doc.sentences.length; si++) {
    const span = doc.sentences[si];
    const statement = statements[si];
    // Visited for every sentence: the topic of "they"/"the group" follows the text.
    const statementSubjects = subjectTracker.subjectsOf(si, statement);
    const block = doc.blocks[span.block];
    const inside: Mention[] = [];
    // "The group" after "JAD, which is loyal to the Islamic State," is JAD: a parent named in passing is not an antecedent.
    for (; mi < mentions.length && mentions[mi].start < span.start; mi++) {
      lastName.set(mentions[mi].groupId, text.slice(mentions[mi].start, mentions[mi].end));
      if (!namesParent(doc, mentions[mi])) lastGroup = { groupId: mentions[mi].groupId, start: mentions[mi].start, end: mentions[mi].end };
    }
    for (let k = mi; k < mentions.length && mentions[k].start < span.end; k++) inside.push(mentions[k]);
    const raw = text.slice(span.start, span.end);
    const skip = leadingNoise(raw, block.role === 'list-item' || block.role === 'heading');
    const base = span.start + skip;
    let end = span.end;
    while (end > base && /\s/.test(text[end - 1])) end--;
    const sentence = text.slice(base, end);
    if (sentence.length < 12 && !statement) continue;
    const lower = doc.lower.slice(base, end);
    const question = /\?["”’]?$/.test(sentence.trim());
    const findings: [CoreClaimKind, KindFinding][] = [];
    // Questions assert nothing; neither do captions of sentences shorter than a claim.
    // A page title repeating the article's headline states its claims once, in the headline.
    if (!question && sentence.length >= 12 && !repeated.has(span.block)) {
      // Most recent group in the paragraph; in interviews the question line names it, so allow
      // the previous paragraph when it is close.
      const para = doc.paragraphs[span.paragraph].start;
      const near = lastGroup && (lastGroup.start >= para || span.start - lastGroup.start < 400) ? lastGroup.groupId : null;
      // Body sentences were read for reported speech once, by the statements; a headline ("…, says
      // police") is read here.
      // An answer that reports someone else ("Officials have told us they count …"): the claim is theirs.
      const inner = statement && statement.form === 'answer' && hasCue(lower) ? findAttribution(sentence) : null;
      const attribution = speakerAttribution(statement, base, sentence.length) ?? inner ?? (block.role === 'headline' && /\b(?:according|said|says|told|noted)\b/.test(lower) ? findAttribution(sentence) : null);
      const spokenGroup = statement && statement.form !== 'reported' ? statement.speakerGroup : null;
      const statementGroup = statement && statement.form !== 'reported' ? (statementSubjects.length === 1 ? statementSubjects[0] : statementSubjects.length === 0 ? subjectTracker.passageTopic : null) : null;
      const lastGroupName = lastGroup ? text.slice(lastGroup.start, lastGroup.end) : null;
      const pronounGroup = statement && statement.form !== 'reported' ? subjectTracker.pronounGroup : null;
      // An estimate goes on in the next sentence or the one after (within its paragraph or the next), when nothing between named another group.
      const estimateBefore = lastEstimate && (si - lastEstimate.si === 1 || (si - lastEstimate.si === 2 && !namedSince)) && span.paragraph - lastEstimate.paragraph <= 1 && block.role !== 'headline' ? lastEstimate.subjects : null;
      const read = readSentence(sentence, lower, base, inside, { near, far: lastGroup?.groupId ?? null, nearName: near ? lastGroupName : null, farName: lastGroupName, nameFor, topic: subjectTracker.passageTopic }, attribution, { speakerGroup: spokenGroup, statementGroup, headline: block.role === 'headline', pronounGroup, namesParent: (m) => namesParent(doc, m), passageTopic: subjectTracker.passageTopic, estimateBefore });
      for (const [kind, find] of KINDS) {
        if (block.role === 'heading' && kind !== 'responsibility' && kind !== 'casualties') continue;
        for (const found of find(read)) findings.push([kind, found]);
      }
      const estimate = findings.find(([kind, f]) => kind === 'strength' && f.subjects.length > 0);
      if (estimate) (lastEstimate = { subjects: estimate[1].subjects, si, paragraph: span.paragraph }), (namedSince = false);
      else if (read.namesGroup) namedSince = true;
      if (findings.length > 0) {
        // The date is the sentence's, the same for every claim in it.
        // A trailing attribution ("…, police said on Monday") ends the claim part; one after a tag ("Khyber:** The TTP said") opens it.
        const trailingAttribution = !!attribution && attribution.start > 0 && !/^[^\p{L}\p{N}]*[\p{L}\p{N} .&/()'’-]{0,40}:[^\p{L}\p{N}]*$/u.test(sentence.slice(0, attribution.start));
        // "Police on Sunday said …": the day between the speaker and the verb is the saying's, not the event's.
        const sayingDay = attribution ? /^\s+(?:on|late on|early on)\s+\p{Lu}\p{Ll}+day\b/u.exec(sentence.slice(attribution.end)) : null;
        const skip = attribution && sayingDay ? { start: attribution.start, end: attribution.end + sayingDay[0].length } : attribution;
        // An attribution set off by commas inside the claim ("In the Sahel, the monitors estimated, JNIM fielded … last year") ends nothing: the claim goes on after it.
        const parenthetical = !!attribution && /^(?:\s+\p{Ll}+){0,2}\s*,/u.test(sentence.slice(attribution.end)) && /,\s*$/.test(sentence.slice(0, attribution.start)) && sentence.length - attribution.end > 40;
        // A list item's tag dates its sentences when they give no date of their own ("**Kunduz (29 July):** A bomb … killed 11").
        // A table row takes its source and date from the columns its header names ("| ISKP | 2,000–3,500 fighters | UN Monitoring Team | July 2026 |").
        const row = block.role === 'list-item' ? tableRow(doc, text, span.block) : null;
        const date = findDate(sentence, attribution && trailingAttribution && !parenthetical ? attribution.start : sentence.length, skip ?? undefined) ?? (row ? row.column(/\b(?:date|dated|as of|when|period)\b/i) : null) ?? (block.role === 'list-item' ? itemDate(text, block) : null);
        const rowSource = row ? row.column(/\b(?:source|sources|according|estimated by|reported by|claimed by|estimate by)\b/i) : null;
        const isoDate = resolveDate(date, doc.date);
        // A statement that names and refers to no group is about the group its claim is about: the
        // force counted ("say the number of fighters … is now higher than 8,000" after the TTP's
        // strength), the group blamed ("had already blamed the militants for the attack"), the group
        // announcing ("The leadership has announced …" in its spokesman's words). Not a toll's: the
        // dead and their count are the victims', whoever the attack is put on.
        let aboutGroups: readonly string[] = statementSubjects;
        if (statement && statementSubjects.length === 0) {
          const ids = [...new Set(findings.flatMap(([kind, f]) => (kind === 'casualties' ? [] : withTrackerSubjects(kind, f.subjects, statementSubjects, read))))];
          if (ids.length) aboutGroups = ids;
        }
        for (const [kind, found] of findings) {
          const figures: Figure[] = found.figures.map((f) => ({ measure: measureName(f), low: f.low, high: f.high, text: sentence.slice(f.start, f.end) }));
          // A group's own toll told after it claimed ("… claimed the attack on Monday, saying its fighters had killed 57"): the day is the claim's, not the toll's.
          const ownTollDay = kind === 'casualties' && date !== null && found.figures.length > 0 && saidBefore(sentence, date, found.figures[0].start);
          // "X claimed …" is X's claim even inside someone else's words; otherwise the speaker's.
          const claimant = (found.claimantIsAgent || found.ownSource) && found.claimant ? found.claimant : inner ? inner.claimant : statement ? statement.speaker.name : (attribution?.claimant ?? found.claimant ?? rowSource ?? (block.role === 'headline' ? headlineSource(sentence, read.items) : null));
          const event = figures.some((f) => isToll(f.measure)) ? withStoryContext(eventKeys(sentence, read.items, attribution), (story ??= storyContext(doc))) : undefined;
          claims.push({
            kind,
            start: base,
            end,
            subjects: withTrackerSubjects(kind, found.subjects, statementSubjects, read),
            claimant: claimant ? tidyClaimant(claimant) : null,
            figures,
            date: ownTollDay ? null : date,
            isoDate: ownTollDay ? null : isoDate,
            ...(statement ? { speaker: statement.speaker, form: statement.form, statementSubjects: [...aboutGroups] } : {}),
            trigger: found.trigger,
            ...(event ? { event } : {}),
          });
        }
      }
    }
    if (statement && findings.length === 0) {
      const date = question ? null : findDate(sentence, sentence.length);
      claims.push({
        kind: 'statement',
        start: base,
        end,
        subjects: statementSubjects,
        claimant: statement.speaker.name,
        figures: [],
        date,
        isoDate: resolveDate(date, doc.date),
        speaker: statement.speaker,
        form: statement.form,
        statementSubjects,
        trigger: statement.speaker.text,
      });
    }
  }
  return claims;
}
