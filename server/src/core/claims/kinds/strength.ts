/**
 * Strength: a counted figure of fighters, members, cadres, men… after "has", "number", "a force
 * of", or "N-strong", about the nearest group before the figure ("TTP has 5,000 fighters", "the
 * group has…") or the group it is "of"/"for"/"in" ("2,000 fighters of ISKP", "perhaps 1,000 for the
 * rival JAS faction"). Figures about different groups in one sentence are different claims
 * ("ISWAP commands 3,500 to 5,000 fighters, against perhaps 1,000 for the JAS faction"). A group named
 * between the figure and its noun is the one counted ("an estimated 1,500 ISGS fighters are active").
 */
import { gappedPhrase, type RawFigure } from '../numbers';
import { ClaimSentence, KindFinding, clauseAt, groupsAfter, groupsBefore, outsideAttribution } from '../sentence';

/** A force that grew or shrank, said of its owner, with no size given: "ISWAP's numbers swelled after …", "Their numbers fell during the offensive" (not "swelled to roughly twice the 2020 level", a size the rules do not read). */
const CHANGE = /(['’]s|\b(?:its|their|those|these)|(?<=\p{L}))\s+(?:numbers|ranks|strength|membership)(?:\s+(?:in|inside|across|along|around|on)(?:\s+[\p{L}'’-]+){1,5}?(?=\s+(?:ha[sd]|have)\b))?\s+(?:have\s+|has\s+|had\s+)?(?:(?:roughly|nearly|almost|more than|sharply|steadily|rapidly|quickly|since)\s+)?(?:swelled|swollen|grew|grown|fell|fallen|dropped|dwindled|declined|shrank|shrunk|rose|risen|increased|doubled|tripled|halved|thinned)\b(?!\s+(?:to|by)\b)/u;

/** A clause that gives its own estimate: a source and a verb of estimating, or an earlier time ("down from … at its peak"). */
const OWN_ESTIMATE = /\b(?:put|puts|said|says|say|estimated|estimates|estimate|according|believes?|assessed|assesses|counted|counts|reported|reports)\b/;

/** "60 foreign terrorists, most of them belonging to LeT and JeM, …": the groups the counted people belong to. */
const MEMBERS_OF = /^\s*(?:(?:[\w-]+\s+){0,3}?[\w-]+)?,\s*(?:most|many|all|some|several|the majority|half) of (?:them|whom) (belonging to|loyal to|linked to|affiliated with|from|of)\s+(?:the\s+)?$/;

export function findStrength(s: ClaimSentence): KindFinding[] {
  // A sentence opening on a past year still counts a force ("In 2018 the outfit was thought to command 3,000 men"); standing-fact phrasing does not.
  if (s.backgroundPhrase) return [];
  const figures = s.figures.filter((f) => f.measure === 'strength');
  if (!figures.length) return s.background ? [] : changeOfStrength(s);
  const bySubject = new Map<string, RawFigure[]>();
  /** Per subject: the clause and end of its last figure, and the key its figures are grouped under. */
  const lastOf = new Map<string, { clause: number; end: number; key: string }>();
  /** Per key: the source of a gapped clause ("…, and a third at perhaps 4,000"). */
  const gapSources = new Map<string, { phrase: string; from: number }>();
  for (const f of figures) {
    if (supposed(s, f)) continue;
    // A verbless estimate counts the force of the group a quote or answer is about; a list item's, the group its label names.
    // In reported speech, a verbless estimate counts when it goes on from the estimate just before ("One member state told the monitors the real number was closer to 8,000").
    if (f.bare === 'answer' && (s.namesGroup || (!s.statementGroup && !s.estimateBefore))) continue;
    // An elliptical estimate or one below a hundred only goes on from an estimate.
    if (f.bare === 'continued' && (s.namesGroup || !s.estimateBefore)) continue;
    if (f.bare === 'item' && !groupsBefore(s, f.start).some((it) => !it.anaphor)) continue;
    // A bare figure after "has" counts a group only when a group (or, in a speaker's words, "they" / "it" for one) is the verb's subject.
    // A speaker's "they" / "it" that subjects.ts read as a group counts as that group ("Two years ago they had more than 200").
    if (f.hasSubjectEnd !== undefined && !s.items.some((it) => it.end === f.hasSubjectEnd && (!it.anaphor || /^(?:they|it)$/i.test(s.text.slice(it.start, it.end)))) && !(/^(?:they|it)$/.test(s.lower.slice(Math.max(0, f.hasSubjectEnd - 4), f.hasSubjectEnd).replace(/^\S*\s/, '')) && s.items.length === 0 && s.statementGroup)) continue;
    // A group inside a relative clause that closes before the figure is not its subject ("JAS, which fights ISWAP for the islands, has 1,500 men").
    const relative = lastRelativeClause(s.lower, f.start);
    // A "speaker" whose verb counts the figure itself ("ISKP maintains roughly 2,000 fighters", "the group claims 5,000 members") is its subject, not a source.
    const countingVerb = !!s.attribution && s.attribution.end <= f.start && /^\s*(?:[a-z]+\s+)?['"“‘]?\s*$/.test(s.lower.slice(s.attribution.end, f.start));
    // A group before a relative clause that a "speaker" phrase swallowed is the force's owner: "ISKP keeps a wing that officials estimate at 300 fighters".
    const beforeRelative = (it: ClaimSentence['items'][number]) => !!s.attribution && it.end <= s.attribution.end && it.start >= s.attribution.start && /\b(?:that|which)\b/.test(s.lower.slice(it.end, s.attribution.end));
    const before = groupsBefore(s, f.start).filter((it) => (countingVerb || outsideAttribution(s, it) || beforeRelative(it)) && !(relative && it.start >= relative[0] && it.end <= relative[1]));
    // The group the figure is of, a few words on: "2,000 fighters of ISKP", "perhaps 1,000 for the rival JAS faction".
    const link = /^\s*['"”’]?\s*(?:[\w-]+\s+){0,3}?(of|for|among|in|from|belonging to|loyal to|linked to|affiliated with|aligned with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$/;
    let after = null;
    let linkWord = '';
    /** A second group joined to the linked one: "most of them belonging to LeT and JeM". */
    let alsoAfter: string | null = null;
    const afterGroups = groupsAfter(s, f.end);
    for (const it of afterGroups) {
      const m = link.exec(s.lower.slice(f.end, it.start)) ?? MEMBERS_OF.exec(s.lower.slice(f.end, it.start));
      if (m && !it.anaphor) (after = it), (linkWord = m[1]);
      break;
    }
    if (after && MEMBERS_OF.test(s.lower.slice(f.end, after.start))) {
      const next = afterGroups[afterGroups.indexOf(after) + 1];
      if (next && !next.anaphor && next.groupId !== after.groupId && /^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?$/.test(s.lower.slice(after.end, next.start))) alsoAfter = next.groupId;
    }
    // "An estimated 1,500 ISGS fighters": the group named between the figure and its counted noun.
    const inline = f.noun
      ? groupsAfter(s, f.end).find((it) => !it.anaphor && /^\s*$/.test(s.lower.slice(f.end, it.start)) && new RegExp(String.raw`^(?:['’]s)?\s+(?:[\w-]+\s+)?${f.noun}\b`).test(s.lower.slice(it.end)))
      : undefined;
    // "The 5,000-strong Islamic State West Africa Province", "the 700-strong Islamic State branch in Puntland": the
    // group a hyphenated strength qualifies, right after it (one adjective may come between).
    const strongOf = !inline && f.noun === 'strong' ? afterGroups.find((it) => !it.anaphor && /^-strong\s+(?:[\w-]+\s+)?$/.test(s.lower.slice(f.end, it.start))) : undefined;
    // "of"/"for"/"among" (and "most of them belonging to") name the group the figure counts; "in"/"from" only when no group comes before.
    // "With an estimated 6,000 fighters, the TTP is …": an opening phrase counts the subject after its comma.
    const opening = !inline && !after && !before.length && /^with\b/i.test(s.text) ? afterGroups.find((it) => !it.anaphor && /^[^,;.:]{0,40},\s*(?:the\s+)?$/.test(s.lower.slice(f.end, it.start))) : undefined;
    const chosen = inline ? inline : strongOf ? strongOf : opening ? opening : after && (/^(?:of|for|among|belonging to|loyal to|linked to|affiliated with|aligned with)$/.test(linkWord) || !before.length) ? after : before.length ? before[before.length - 1] : null;
    // An answer or quote naming no group is about the group the passage is ("The figure I trust is 5,000 fighters");
    // so is a sentence naming no group (a "their" after the figure names none) that counts a group's members with a pronoun or a description
    // as the subject ("when it probably had around 2,500 fighters", "they count “fewer than 200”
    // active fighters", "the number of fighters … is now higher than 8,000"), unless a state force is
    // what the clause counts ("the army has 3,000 troops").
    // A sentence naming no group that goes on from the estimate before it counts the same force ("Another gave a figure of about 5,000",
    // "A further 600 to 800 men are said to move between …"): the groups of that estimate, before the passage's.
    // (In a quote or answer the group it is about comes first: an answer goes on about its own group.)
    const goesOn = !chosen && !s.namesGroup ? continuedEstimate(s, f) : null;
    if (f.bare === 'continued' && !goesOn) continue;
    const subject0 = chosen?.groupId ?? (!s.namesGroup ? (s.statementGroup ?? goesOn ?? (passageCount(s, f) ? s.topicGroup : null)) : null);
    if (!subject0) continue;
    const joined = chosen && chosen !== inline && chosen !== strongOf && chosen !== opening && chosen !== after ? jointOwner(s, chosen, f) : null;
    const subject = chosen === after && alsoAfter ? `${subject0}\u0000${alsoAfter}` : joined ? `${joined}\u0000${subject0}` : subject0;
    // A later clause with its own source is another estimate of the same group ("… retain between 2,000
    // and 2,200 fighters, although one Member State put its strength at no more than 1,500"); an earlier
    // figure in the same clause (", down from around 4,000 at its peak") stays with the estimate.
    const previous = lastOf.get(subject);
    const [clauseStart] = clauseAt(s, f.start);
    // A gapped clause with its own source is its own estimate too ("another put its strength at 5,000, and a third at perhaps 4,000").
    const gap = previous !== undefined ? gappedSource(s, f) : null;
    const own = previous !== undefined && ((clauseStart > previous.clause && OWN_ESTIMATE.test(s.lower.slice(Math.max(previous.end, clauseStart), f.start))) || (!!gap && gap.from >= previous.end));
    const key = own ? `${subject}\u0001${f.start}` : (previous?.key ?? subject);
    if (own && gap) gapSources.set(key, gap);
    lastOf.set(subject, { clause: clauseStart, end: f.end, key });
    const list = bySubject.get(key) ?? [];
    list.push(f);
    bySubject.set(key, list);
  }
  return [...bySubject].map(([key, fs]) => {
    // "The UN Monitoring Team put the TTP's fighting strength at …", "whose strength Member States put at …",
    // "the monitoring team's report, which puts …", "Police records show …": who estimates, in the figure's own clause.
    const source = gapSources.get(key) ?? estimator(s, fs[0]);
    // The estimator is the source unless the speaker phrase is the estimator itself.
    const elsewhere = !!source && (!s.attribution || s.attribution.end <= source.from || s.attribution.start >= fs[0].start);
    return { subjects: key.split('\u0001')[0].split('\u0000'), claimant: source?.phrase ?? null, ...(elsewhere ? { ownSource: true } : {}), trigger: s.text.slice(fs[0].start, fs[0].end), figures: fs };
  });
}

/** Verbs of estimating a force, active voice; "show", "suggest" and "indicate" only with records or counts as the subject. */
const ESTIMATE_VERB = /\b(?:(put|puts|placed|places|estimate|estimates|estimated|assess|assesses|assessed|reckon|reckons|reckoned|count|counts|counted)|(show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated))\b/g;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|be|being|to|it|has|have|had)\s+$/;
const RECORDS = /\b(?:records|data|figures|documents|estimates?|reports?|count|counts|assessments?|study|survey|files|registers?|tally)$/;
const NOT_A_SOURCE = /^(?:he|she|they|it|you|its|their|this|that|these|those|who|which|there)$|\b(?:said|says|say|told|claimed|according|we|i|my|our|us|me|ours|can|could|will|would|may|might|should|must|cannot)\b/;

/**
 * Who puts a figure on the force, written in the figure's own clause before it: the phrase before an
 * active verb of estimating ("One Member State put …", "US officials put the group's strength at …"),
 * the phrase between "whose strength" and the verb, or the noun a "which puts …" clause hangs on. A
 * pronoun is left to the speaker.
 */
function estimator(s: ClaimSentence, f: RawFigure): { phrase: string; from: number } | null {
  const [start] = clauseAt(s, f.start);
  const head = s.lower.slice(start, f.start);
  ESTIMATE_VERB.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  // Not a noun ("Our estimate is …", "the count of …") nor a passive or an infinitive.
  // "can put several thousand men into the field" fields a force: "put" estimates only with something put "at".
  for (let m = ESTIMATE_VERB.exec(head); m; m = ESTIMATE_VERB.exec(head)) {
    const rest = head.slice(m.index + m[0].length);
    if (PASSIVE_BEFORE.test(head.slice(0, m.index)) || /^\s+(?:is|was|are|were|of|for|range|ranges|ranged|vary|varies|varied|differ|differs|differed)\b/.test(rest)) continue;
    if (/^(?:put|puts|placed|places)$/.test(m[0]) && !/\bat\b/.test(rest)) continue;
    verb = m;
  }
  if (!verb) return null;
  let from = start;
  let to = start + verb.index;
  const lead = s.lower.slice(start, to);
  const whoseAt = /\bwhose\s+(?:[\w'’-]+\s+){0,2}?(?:strength|numbers|membership|size|ranks)\s+/.exec(lead);
  if (whoseAt) from = start + whoseAt.index + whoseAt[0].length;
  else if (/,?\s*which\s+$/.test(lead)) {
    // "the monitoring team's report, which puts …": the noun before the comma.
    const at = start + lead.search(/,?\s*which\s+$/);
    const prior = s.text.slice(Math.max(0, at - 80), at).replace(/[\s,]+$/, '');
    const np = /(?:^|[,;:]\s*|\b(?:said|says|that|and|but|while)\s+)([^,;:]{2,60})$/i.exec(prior);
    if (!np) return null;
    from = Math.max(0, at - 80) + np.index + np[0].length - np[1].length;
    to = from + np[1].length;
  }
  let phrase = s.text.slice(from, to).replace(/^[\s,;:"“”'‘’]+|[\s,;:"“”'‘’]+$/g, '');
  // An opening connective or time phrase is not part of the source: "while a 2024 UN panel report", "In December, …".
  phrase = phrase.replace(/^(?:and|but|while|whereas|although|though|yet|so)\s+/i, '');
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8 || NOT_A_SOURCE.test(phrase.toLowerCase())) return null;
  if (verb[2] && !RECORDS.test(phrase.toLowerCase())) return null;
  // A source names people or a body: it starts with a capital, an article or a quantifier.
  if (!/^(?:\p{Lu}|(?:the|a|an|one|another|two|three|some|several|many|most|other|officials|analysts|diplomats|experts|researchers|monitors|police|intelligence|security)\b)/u.test(phrase)) return null;
  return { phrase, from };
}

/**
 * The source of a gapped clause, when its noun phrase names no group: ", and a third at perhaps 4,000"
 * is a third Member State's estimate (a group there, "; the Islamic State Sahel Province, perhaps
 * 2,000", is what the figure counts).
 */
function gappedSource(s: ClaimSentence, f: RawFigure): { phrase: string; from: number } | null {
  const from = Math.max(0, f.start - 90);
  const phrase = gappedPhrase(s.lower.slice(from, f.start));
  if (!phrase) return null;
  const at = s.lower.lastIndexOf(phrase, f.start - phrase.length);
  if (at < 0 || s.items.some((it) => it.start < at + phrase.length && it.end > at)) return null;
  const text = s.text.slice(at, at + phrase.length);
  if (NOT_A_SOURCE.test(phrase) || !/^(?:\p{Lu}|(?:a|an|one|another|the|some|other)\b)/u.test(text)) return null;
  return { phrase: text, from: at };
}

/** Words that make one figure the force of two groups together. */
const JOINT = /\b(?:combined|together|jointly|between them|joint)\b/;

/**
 * The first of two groups joined by "and" that one figure counts together: "the combined strength of
 * Jaish-e-Mohammed and Lashkar-e-Taiba … at", "JAS and ISWAP together have 5,000 men" (a joining word
 * is required: "ISWAP and JAS fought; ISWAP has 5,000 men" counts one).
 */
function jointOwner(s: ClaimSentence, chosen: ClaimSentence['items'][number], f: RawFigure): string | null {
  if (chosen.anaphor) return null;
  const k = s.items.indexOf(chosen);
  const prev = k > 0 ? s.items[k - 1] : undefined;
  if (!prev || prev.anaphor || prev.groupId === chosen.groupId) return null;
  if (!/^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/.test(s.lower.slice(prev.end, chosen.start))) return null;
  return JOINT.test(s.lower.slice(Math.max(0, prev.start - 30), Math.min(s.lower.length, f.end + 30))) ? prev.groupId : null;
}

/**
 * "ISWAP's numbers swelled …", "Their numbers fell …", "Its numbers in the Juba valley alone have risen", "al-Shabaab ranks
 * have grown": a strength claim without a figure, about the owner of the numbers; "Those numbers have shrunk" about the group
 * of the estimate just before. An estimate set against the one before without a figure ("One Member State put the figure
 * considerably higher.", "Malian officials put the number much lower.") is about the same force.
 */
function changeOfStrength(s: ClaimSentence): KindFinding[] {
  const set = SET_AGAINST.exec(s.lower);
  if (set && !s.namesGroup) {
    const subjects = s.estimateBefore?.length ? [...s.estimateBefore] : s.statementGroup ? [s.statementGroup] : null;
    return subjects ? [{ subjects, claimant: null, trigger: s.text.slice(set.index, set.index + set[0].length), figures: [] }] : [];
  }
  const m = CHANGE.exec(s.lower);
  if (!m) return [];
  const at = m.index + m[1].length;
  // The owner: the group named (or "its"/"their" resolved) right before "numbers"; in a speaker's own words "their" is the group asked about.
  const owner = s.items.find((it) => it.end === at || (it.start === m.index && it.end === at) || (it.end <= at && /^(?:['’]s)?$/.test(s.lower.slice(it.end, at))));
  // A bare "ranks" or "numbers" after a word counts only after a group's name ("al-Shabaab ranks"), not after any word ("the army ranks").
  if (!m[1] && (!owner || owner.anaphor)) return [];
  const demonstrative = /^(?:those|these)$/.test(m[1]);
  const subject = demonstrative ? (s.estimateBefore?.length === 1 && !s.namesGroup ? s.estimateBefore[0] : null) : (owner?.groupId ?? (/^(?:its|their)$/.test(m[1]) && s.items.length === 0 ? s.statementGroup : null));
  if (!subject) return [];
  return [{ subjects: [subject], claimant: null, trigger: s.text.slice(m.index, m.index + m[0].length), figures: [] }];
}

/** A figure set higher or lower than the estimate before, with no figure of its own: "put the figure considerably higher." */
const SET_AGAINST = /\bput(?:s|ting)?\s+(?:the\s+(?:figure|number|estimate|total)|it|them)\s+(?:(?:much|far|considerably|significantly|slightly|rather|even)\s+)?(?:higher|lower)\s*(?:[.;]|$)/;

/**
 * The groups of the estimate just before (ClaimSentence.estimateBefore), joined as a subject key, when
 * this figure goes on from it: no noun or a noun for fighters or men (not an army's: troops, soldiers),
 * no state force or incident's attackers in its clause besides the estimate's source, not a headline.
 */
function continuedEstimate(s: ClaimSentence, f: RawFigure): string | null {
  if (!s.estimateBefore?.length || s.headline || (f.noun !== null && !CONTINUED_NOUN.test(f.noun))) return null;
  const [start] = clauseAt(s, f.start);
  return forceFree(s, f, start, s.lower.slice(start, f.start)) ? s.estimateBefore.join('\u0000') : null;
}
const CONTINUED_NOUN = /^(?:fighters|militants|members|cadres|combatants|insurgents|operatives|recruits|jihadists|mujahideen|terrorists|loyalists|followers|gunmen|rebels|militiamen|men|strong|individuals|commanders)$/;

/** Nouns for a group's own people; "men", "troops", "soldiers" also count armies. */
const MEMBER_NOUN = /^(?:fighters|militants|members|cadres|combatants|insurgents|operatives|recruits|jihadists|mujahideen|terrorists|loyalists|followers|gunmen|rebels|militiamen|strong)$/;
/** A possessed force put at a figure: "the coalition’s full-time fighting force at between", "its ranks at". */
const POSSESSED_FORCE_AT = /(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,3}?(?:force|strength|ranks|numbers|manpower)\s+at(?:\s+between)?\s*$/;
/** A state's forces named in the clause before a figure: then the figure may count them. */
const STATE_FORCE = /\b(?:army|armies|police|military|troops|soldiers|security forces|government forces|personnel|battalions?|brigades?|contingents?|peacekeepers|forces of)\b/;

/** The people of one incident: "the attackers numbered about 30" counts a raiding party, not a group. */
const INCIDENT_PEOPLE = /\b(?:attackers|assailants|raiders|gunmen|bombers|intruders|hostage-takers)\b/;

/**
 * A figure in a sentence naming no group that counts a group's people: a member noun (or none,
 * after a force-counting verb), no state force and no incident's attackers in its clause, not in a
 * headline (which names what it counts or counts nobody's).
 */
function passageCount(s: ClaimSentence, f: RawFigure): boolean {
  if (s.headline) return false;
  const [start] = clauseAt(s, f.start);
  const head = s.lower.slice(start, f.start);
  // "Men" counts a group's people when the clause puts a possessed force at them ("places the coalition’s fighting force at … men").
  if (f.noun !== null && !MEMBER_NOUN.test(f.noun) && !(f.noun === 'men' && POSSESSED_FORCE_AT.test(head))) return false;
  // The figure must be what a verb counts ("it had …", "they count …", "the number … is …"), not the
  // subject of its own clause ("DGP says around 50 foreign terrorists [are] active in Jammu" counts
  // militants in a region, nobody's force) — unless the clause is an estimate in the passive ("Some
  // 2,000 fighters are believed to be based in …", "are said to operate"), which counts a force.
  if (FIGURE_AS_SUBJECT.test(head) && !PASSIVE_ESTIMATE.test(s.lower.slice(f.end, f.end + 60))) return false;
  return forceFree(s, f, start, head);
}

/**
 * The passive of believing or saying after a counted noun, before an infinitive of presence or action:
 * "fighters are believed to be based in the forests", "men are said to move between", "are thought to
 * operate". One adjective or "more" may stand before the noun's verb; the figure is an estimate of a force.
 */
const PASSIVE_ESTIMATE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:are|were|is|was)\s+(?:also\s+|now\s+|still\s+)?(?:believed|thought|said|estimated|reported|understood|assessed|known)\s+to\s+(?:be\s+)?(?:based|active|operating|present|hiding|deployed|stationed|located|fighting|operate|move|remain|hide|roam|fight|live|shelter)\b/u;

/**
 * No state force and no incident's attackers in the clause before the figure, the estimate's own source
 * aside: "French military officials put the number at …", "A provincial police report … puts the
 * number …" name who estimates, not the force counted (the speaker phrase and the estimator are blanked).
 */
function forceFree(s: ClaimSentence, f: RawFigure, start: number, head: string): boolean {
  if (!STATE_FORCE.test(head) && !INCIDENT_PEOPLE.test(head)) return true;
  let rest = head;
  const blank = (from: number, to: number) => {
    const a = Math.max(from, start) - start;
    const b = Math.min(to, f.start) - start;
    if (b > a) rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
  };
  if (s.attribution) blank(s.attribution.start, s.attribution.end);
  const source = estimator(s, f);
  if (source) blank(source.from, source.from + source.phrase.length);
  return !STATE_FORCE.test(rest) && !INCIDENT_PEOPLE.test(rest);
}
const FIGURE_AS_SUBJECT = /(?:^|\b(?:says?|said|told|that|while|and|but|estimates?|believes?|thinks?))\s*['"“‘]?\s*$/;

/**
 * A figure in a clause that supposes ("If ISKP has 2,000 men …", "When a government says ISKP has
 * 2,000 men, it may …") reports no estimate: a condition, or "when" before a present-tense verb of saying.
 */
const SUPPOSE = /\b(?:if|unless|whenever|supposing|suppose|even if)\b|\bwhen\b[^,;]{0,60}\b(?:says|claims|puts|estimates|reports|tells|writes|insists)\b/;
function supposed(s: ClaimSentence, f: RawFigure): boolean {
  const [start] = clauseAt(s, f.start);
  const head = s.lower.slice(start, f.start);
  const m = SUPPOSE.exec(head);
  if (!m) return false;
  // The figure in the main clause after a condition on how one counts ("If you count everyone who carries a
  // weapon for them, ISWAP is well above 8,000") is an estimate; inside the condition ("If ISKP has 2,000 men, …") it is not.
  return !(/^(?:if|unless|even if)$/.test(m[0]) && /\bcount(?:s|ed|ing)?\b|\binclude[sd]?\b|\bincluding\b|\bmean\b/.test(head.slice(m.index)) && head.slice(m.index).includes(','));
}

/** The last ", which/who … ," clause that closes before `at`, as [start, end). */
function lastRelativeClause(lower: string, at: number): [number, number] | null {
  let found: [number, number] | null = null;
  const re = /,\s+(?:which|who)\b[^,;.]{1,160},/g;
  for (let m = re.exec(lower); m && m.index + m[0].length <= at; m = re.exec(lower)) found = [m.index, m.index + m[0].length];
  return found;
}
