/**
 * Speaker coreference within one document. Each speaker phrase becomes a *referent*: a named
 * person (the document's person entity: "Mr Rahman", "Rahman" and "Saad Rahman" are one), a
 * description ("a former commander of the TTP"), or an institution ("the ministry"). Later
 * phrases resolve to an earlier referent:
 *
 * - "he"/"she" → the most recent singular human referent (a speaker or a person named in the text,
 *   bylines excepted);
 * - a definite description ("the former commander", "the minister") → the most recent referent
 *   with the same head noun;
 * - a name → its person entity.
 *
 * A description later given a name ("The commander, who used the name Abu Yasir, …") names every
 * phrase that resolved to it, earlier ones included: referents are shared objects, named at the end.
 */
import type { Mention } from '../../recognition/groupMatcher';
import type { DocumentPeople } from '../../people/people';
import type { DocumentModel } from '../../text/document';
import type { Speaker } from '../model';
import { personKey } from '../../people/identity';
import { firstEndingAfter } from '../../text/positions';

export interface Referent {
  /** The name shown: the person's name, else the phrase as first written. */
  name: string;
  /** Identity key of a named person; null otherwise. */
  person: string | null;
  /** Person entity index in the document, or -1. */
  entity: number;
  /** Head noun of a description ("commander", "official"), lower case; null for names and pronouns. */
  head: string | null;
  plural: boolean;
  /** The group the speaker speaks for: "TTP spokesman", "a commander of the KLF". */
  group: string | null;
}

/** A singular person ("his", "her": whose view it is, "In her estimate, …"). */
const PRONOUN = /^(?:he|she|him|her|his)$/i;
const PLURAL_PRONOUN = /^(?:they|them)$/i;
/** A group spoken of by description as a speaker: "the group said", "the outfit claimed". */
const GROUP_DESCRIPTION = /^(?:the|this) (?:group|outfit|movement|organi[sz]ation|militant group|terror group|faction|network|insurgent group|jihadist group)$/i;
/** Nouns that head a human speaker description. */
const HUMAN_HEAD = /\b(?:spokes(?:man|woman|person)|official|officer|minister|commander|chief|analyst|diplomat|researcher|expert|elder|worker|man|woman|resident|witness|leader|adviser|advisor|governor|general|envoy|ambassador|president|source|member|fighter|militant|cleric|scholar|journalist|reporter|director|head|secretary|emir|deputy|founder|survivor|relative|father|mother|brother|sister|son|daughter|student|teacher|doctor|farmer|villager|commissioner|superintendent|inspector|interviewee|nurse|medic|paramedic|surgeon|physician|waiter|cook|driver|guard|trader|shopkeeper|vendor|labourer|laborer|engineer|passenger|eyewitness|policeman|policewoman|constable|soldier|officer|widow|widower|wife|husband|cousin|uncle|aunt|nephew|niece|grandfather|grandmother|neighbou?r|friend|colleague|owner|manager|lawyer|judge|prosecutor|investigator|imam|priest|activist|victim|boy|girl|mayor|senator|lawmaker|politician|legislator|representative|negotiator|mediator|observer|monitor)s?\b/i;
/** Offices a definite description names a person by ("the minister", "the spokesperson", "the governor"). */
const OFFICE_HEAD = /^(?:spokes(?:man|woman|person)|minister|governor|commissioner|superintendent|inspector|director|ambassador|envoy|general|colonel|commander|chief|mayor|president|secretary|chairman|chairperson|commandant|brigadier|senator|judge|prosecutor|magistrate|major|captain)$/;
/**
 * Police and civil offices written as acronyms and the same offices spelt out: "the DPO said" is the
 * person introduced as "the district police officer, Kashif Aftab Abbasi," as much as "DPO Kashif
 * Aftab Abbasi"; "the IGP" the one named after "Inspector General of Police".
 */
const SPELLED_OFFICES: Record<string, string> = {
  igp: String.raw`igp|ig|inspector[- ]general(?: of police)?`,
  ig: String.raw`igp|ig|inspector[- ]general(?: of police)?`,
  dig: String.raw`dig|deputy inspector[- ]general(?: of police)?`,
  aig: String.raw`aig|assistant inspector[- ]general(?: of police)?`,
  dpo: String.raw`dpo|district police officer`,
  rpo: String.raw`rpo|regional police officer`,
  cpo: String.raw`cpo|city police officer`,
  ccpo: String.raw`ccpo|capital city police officer`,
  ssp: String.raw`ssp|senior superintendent(?: of police)?`,
  sp: String.raw`sp|superintendent(?: of police)?`,
  dsp: String.raw`dsp|deputy superintendent(?: of police)?`,
  sho: String.raw`sho|station house officer`,
  dgp: String.raw`dgp|director[- ]general of police`,
  dc: String.raw`dc|deputy commissioner`,
  cp: String.raw`cp|commissioner of police`,
};
/** How many person mentions before a description are read for the office it names. */
const OFFICE_LOOKBACK = 40;
/** An office written as an acronym ("the IGP", "the DPO", "the CCPO"). */
const ACRONYM_HEAD = /^\p{Lu}{2,6}$/u;
/** An office acronym with its place as the whole phrase ("According to DIG Bannu", "SSP Pulwama said"). */
const OFFICE_AND_PLACE = /^(?:the\s+)?(IGP|IG|DIG|AIG|SSP|SP|DSP|ASP|DPO|RPO|CPO|CCPO|SHO|SDPO|DGP|ADGP|DC)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u;
/** Descriptions by profession that name an expert introduced once ("the researcher" for "…, a senior research fellow at …"). */
const EXPERT_HEAD: Record<string, string> = { researcher: 'research(?:er|\\s+(?:fellow|associate|analyst|scholar|director))', analyst: 'analyst', professor: 'prof(?:essor|\\.)', expert: 'expert', scholar: 'scholar', academic: 'academic', lecturer: 'lecturer', journalist: 'journalist' };
/** A role for a group beside a person's name ("TTP spokesman …", "…, a commander of the KLF,"). */
const NAMED_ROLE = /\b(?:spokes(?:man|woman|person)|commander|emir|ameer|amir|chief|deputy chief|founder)\b/;
const GROUP_ROLE = /^(?:spokes(?:man|woman|person)|commander|leader|member|fighter|militant|emir|chief|deputy|founder|official|representative)s?$/i;
/**
 * A group's own spokesman or commander named without the group: "its spokesman", "the faction's
 * spokesman", "a spokesman for the group", "spokesman Ali Dhere" (docs/claims.md).
 */
const OWN_ROLE = /^(?:(?:its|the (?:group|faction|movement|outfit|organi[sz]ation|militants)['’]s?) (?:[\p{L}-]+ ){0,3}(?:spokes(?:man|woman|person)|commander)|(?:a|the) spokes(?:man|woman|person) for the (?:group|faction|movement|outfit|organi[sz]ation|militants)|spokes(?:man|woman|person) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$/u;
/** Nouns for a state body: a possessive after them is theirs, not a group's ("the army … its spokesman"). */
const INSTITUTION = /\b(?:army|police|ministry|government|military|department|forces|agency|office|mission|authorities|administration|council|embassy|commission|force|command|directorate|service)\b/;
/** "The commander, who used the name Abu Yasir", "a man who gave his name as Qari Hamid". */
const NAMED_LATER = /\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir) ((?:[\p{L}-]+ ){0,6}?[\p{L}-]+),? who (?:gave (?:only )?(?:his|her) (?:full |first )?name(?: only)?(?: as|,)|used the name|uses the name|goes by(?: the name)?|identified (?:himself|herself) as|calls? (?:himself|herself)|asked to be (?:identified|called) (?:only )?(?:as|by (?:his|her) (?:first |nom de guerre |alias )?name,?)?)\s+/gu;

function headOf(phrase: string): string | null {
  // The noun before "of", "at", "for", "who", "in", "now", a comma: "a former commander of the TTP" -> "commander".
  const core = phrase.split(/\s+(?:of|at|for|from|who|which|in|on|with|now|based|speaking|,)\s+|,/)[0];
  const words = core.trim().split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase().replace(/['’]s$/, '') ?? '';
  return /^[a-z-]+$/.test(last) ? last : null;
}

function isPlural(head: string | null): boolean {
  return !!head && /(?:s|people|police|forces|staff)$/.test(head) && !/(?:ss|us|is)$/.test(head) && !/^(?:police chief|boss)$/.test(head);
}

/** Strips leading conjunctions and trailing punctuation from a phrase as written. */
export function tidySpeaker(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'‘’,—–-]+|[\s"“”'‘’,—–-]+$/g, '')
    .replace(/^(?:but|and|while|although|though|as)\s+/i, '')
    // An opener of time before the speaker: "On Monday he told Reuters", "Later Mr. Priyanto said".
    .replace(/^(?:(?:on|last|this|late on|early on|by) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|later|earlier|meanwhile|separately|yesterday|today)\s*,?\s+(?=\S)/i, '');
}

/** A group's own document as the speaker: "the group's statement", "the movement's communiqué". */
const GROUP_DOCUMENT = /^the (?:group|movement|organi[sz]ation|outfit|faction|militants|insurgents|jihadists)['’]s? (?:[\p{L}-]+ )?(?:statement|communiqu[eé]|message|post|claim|letter|pamphlet|video)$/u;
/** Documents that speak for whoever issued them. */
const DOCUMENT_HEAD = /^(?:statement|statements|communiqu[eé]|release|message|letter|post|report|video|audio)$/;
const ISSUED = /\b(?:in|through|via|issued|released|posted|sent|signed) (?:a|an|the|its|their|his|her) (?:[\p{L}-]+ )?(statement|communiqu[eé]|release|message|letter|post)(?![\p{L}\p{N}])/gu;
function documentKind(noun: string): string {
  return noun.replace('é', 'e');
}

export class SpeakerResolver {
  private readonly referents: Referent[] = [];
  /** Most recent human singular referent and where it was seen. */
  private lastSingular: { referent: Referent; at: number } | null = null;
  private readonly personReferents = new Map<number, Referent>();
  /**
   * Descriptions the document names later, and the group a description by a group role speaks for
   * ("one of its field commanders, who uses the name Doda Baloch", "a TTP commander who goes by …").
   */
  private readonly namedDescriptions: { head: string; entity: number; at: number; group: string | null }[] = [];
  /** Where each description speaker was first written (a later "A spokesman for …" is someone else). */
  private readonly firstWritten = new Map<Referent, number>();

  constructor(
    private readonly doc: DocumentModel,
    private readonly people: DocumentPeople,
    private readonly mentions: readonly Mention[],
    /** Direct quotes: a person named inside one is not who a pronoun after it stands for ("My cousin Habib was lying next to the wall," he said). */
    private readonly quotes: readonly { start: number; end: number }[] = [],
  ) {
    // Descriptions the document later names: "The commander, who used the name Abu Yasir" (the
    // regex runs only on documents with such a phrase).
    NAMED_LATER.lastIndex = 0;
    const named = /\bwho (?:gave|used|uses|goes|identified|calls?|asked to be)\b/.test(doc.lower);
    for (let m = named ? NAMED_LATER.exec(doc.text) : null; m; m = NAMED_LATER.exec(doc.text)) {
      const after = m.index + m[0].length;
      const person = people.mentions.find((p) => p.start >= after && p.start <= after + 2);
      const head = headOf(m[1]);
      if (person && head) this.namedDescriptions.push({ head, entity: person.entity, at: m.index, group: this.describedGroup(m[0], m.index, head) });
    }
  }

  private referentForPerson(entity: number): Referent {
    let r = this.personReferents.get(entity);
    if (!r) {
      const e = this.people.entities[entity];
      r = { name: e.name, person: e.key, entity, head: null, plural: false, group: null };
      this.personReferents.set(entity, r);
      this.referents.push(r);
    }
    return r;
  }

  private groupIn(start: number, end: number): string | null {
    const m = this.mentions.find((x) => x.start >= start && x.end <= end);
    return m ? m.groupId : null;
  }

  /** The sentence holding `offset`, if any (binary search: the sentences are in order). */
  private sentenceAt(offset: number): { start: number; end: number } | undefined {
    const s = this.doc.sentences[firstEndingAfter(this.doc.sentences, offset)];
    return s && s.start <= offset ? s : undefined;
  }

  /** Whether `offset` is in a byline, headline or dateline block (not what people say). */
  private inPageHeader(offset: number): boolean {
    const b = this.doc.blocks[firstEndingAfter(this.doc.blocks, offset)];
    return !!b && b.start <= offset && (b.role === 'byline' || b.role === 'headline' || b.role === 'dateline');
  }

  /** The most recent singular person or description before `at`, bylines excepted. */
  private singularBefore(at: number): Referent | null {
    let best: { referent: Referent; at: number } | null = this.lastSingular;
    // "Another member, identified as Rahmatullah, was arrested, he added": a pronoun after the
    // content, at the end of its sentence, is not a person that content names.
    const sentence = this.sentenceAt(at);
    const trailing = !!sentence && sentence.start < at && /,\s*$/.test(this.doc.text.slice(Math.max(sentence.start, at - 4), at));
    const limit = trailing ? sentence!.start : at;
    for (const p of this.people.mentions) {
      if (p.start >= limit) break;
      if (this.inPageHeader(p.start)) continue;
      if (this.quotes.some((q) => q.start <= p.start && p.end <= q.end)) continue;
      if (!best || p.start > best.at) best = { referent: this.referentForPerson(p.entity), at: p.start };
    }
    // A person the last speaker's own sentence spoke of ("… said the prosecution would appeal against
    // the acquittal of Qari Sher Zaman. "…," he said.") is not the "he" of the next: the speaker goes on.
    const speaker = this.lastSingular;
    if (best && speaker && best !== speaker && speaker.referent.person && best.at > speaker.at) {
      const spoken = this.sentenceAt(speaker.at);
      if (spoken && spoken.end <= limit && best.at < spoken.end && spoken === this.sentenceAt(best.at)) return speaker.referent;
    }
    return best?.referent ?? null;
  }

  /**
   * The group a spokesman or commander named without it speaks for ("its spokesman said"): the
   * group the sentence's opener calls "the group's …" ("on the group's Andalus radio station, its
   * spokesman said"), else the group named last before the phrase in this or the sentence before,
   * when these name no state body ("The army said ISKP attacked … its spokesman" is the army's).
   */
  private groupSpokenFor(start: number): string | null {
    const sentence = this.sentenceAt(start);
    if (!sentence) return null;
    const opener = this.doc.lower.slice(sentence.start, start);
    if (/\b(?:the (?:group|faction|movement|outfit|organi[sz]ation)['’]s|(?:used|run|operated) by the (?:group|faction|movement|outfit))\b/.test(opener)) return this.groupBefore(start)?.group ?? null;
    const index = firstEndingAfter(this.doc.sentences, start);
    const from = index > 0 ? this.doc.sentences[index - 1].start : sentence.start;
    let last: Mention | null = null;
    // A state body named in these words (not inside a group's name: the Balochistan Liberation "Army").
    let words = this.doc.lower.slice(from, start);
    for (const m of this.mentions) {
      if (m.start >= start) break;
      if (m.start < from) continue;
      last = m;
      words = words.slice(0, m.start - from) + ' '.repeat(Math.min(m.end, start) - m.start) + words.slice(Math.min(m.end, start) - from);
    }
    if (!last || INSTITUTION.test(words)) return null;
    return last.groupId;
  }

  /**
   * "the group said …": the group named last before the sentence, as written there (its name
   * inside the sentence's opener, "carried by the Islamic State's Amaq agency", is not the speaker).
   */
  /**
   * The group a sentence before `at` says put out a document of this kind without saying anything
   * itself ("X has claimed an attack … in a statement released on Friday"): the first group that
   * sentence names before the document. Read over the last few paragraphs only.
   */
  private groupIssuing(kind: string, at: number): Referent | null {
    const from = Math.max(0, at - 3000);
    const window = this.doc.lower.slice(from, at);
    let found: number = -1;
    for (const m of window.matchAll(ISSUED)) if (documentKind(m[1]) === kind) found = from + m.index;
    if (found < 0) return null;
    const sentence = this.sentenceAt(found);
    if (!sentence) return null;
    // The clause's subject: the last group named before its verb ("The al-Qaeda-aligned … (JNIM) has claimed").
    const verb = /\s(?:has|have|had|was|is|said|says|claimed|claims|issued|released|posted|published|sent|announced|declared)\s/.exec(this.doc.lower.slice(sentence.start, found));
    const limit = verb ? sentence.start + verb.index : found;
    const named = this.mentions.filter((m) => m.start >= sentence.start && m.end <= limit);
    const subject = named[named.length - 1];
    if (!subject) return null;
    let r = this.referents.find((x) => x.group === subject.groupId && x.head === null && x.person === null);
    if (!r) {
      r = { name: this.doc.text.slice(subject.start, subject.end), person: null, entity: -1, head: null, plural: false, group: subject.groupId };
      this.referents.push(r);
    }
    return r;
  }

  private groupBefore(at: number): Referent | null {
    const sentence = this.sentenceAt(at);
    const limit = sentence ? sentence.start : at;
    let last: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= limit) break;
      last = m;
    }
    if (!last) return null;
    const name = this.doc.text.slice(last.start, last.end);
    let r = this.referents.find((x) => x.group === last!.groupId && x.head === null && x.person === null);
    if (!r) {
      r = { name, person: null, entity: -1, head: null, plural: false, group: last.groupId };
      this.referents.push(r);
    }
    return r;
  }

  /**
   * The person mention inside [start, end) that is the speaker: of several, not one the phrase
   * names in a possessive ("Ganai's widow, Shameema Akhter") or after "of"; null when the only
   * people in the phrase are such (then "Mujahid's deputy" is a description, not Mujahid).
   */
  private speakerInPhrase(start: number, end: number): { entity: number } | null {
    for (const p of this.people.mentions) {
      if (p.start >= end) break;
      if (p.start < start || p.end > end) continue;
      const possessive = /^['’]s?\b/.test(this.doc.text.slice(p.end, p.end + 3));
      const ofSomeone = /\b(?:of|for|to|with)\s+$/i.test(this.doc.text.slice(Math.max(start, p.start - 6), p.start));
      if (!possessive && !ofSomeone) return p;
    }
    return null;
  }

  /**
   * The person named last before `at` whose office, written beside the name in the same sentence,
   * is `head` ("Inspector General of Police (IGP) Kashmir, R. S. Thakur," for "the IGP"; "Densus 88
   * spokesperson Sr. Comr. Yudhi Kurniawan" for "the spokesperson"); -1 when none. Reads a few dozen
   * characters around each of the last few dozen mentions before it, latest first.
   */
  private officeHolderBefore(head: string, at: number, pattern = head.replace(/[^a-z-]/g, ''), after = false, place: string | null = null): number {
    const word = new RegExp(String.raw`(?:^|[^\p{L}])(?:${pattern})s?(?![\p{L}])`, 'iu');
    // The latest mentions first, a few dozen at most: the office holder is named shortly before
    // (or, for an office written before its holder is named, the first ones after).
    const mentions = this.people.mentions;
    let i = mentions.length;
    while (i > 0 && mentions[i - 1].start >= at) i--;
    const order = after ? mentions.slice(i, i + OFFICE_LOOKBACK) : mentions.slice(Math.max(0, i - OFFICE_LOOKBACK), i).reverse();
    for (const p of order) {
      if (this.inPageHeader(p.start)) continue;
      const sentence = this.sentenceAt(p.start);
      const from = Math.max(sentence ? sentence.start : 0, p.start - 80);
      const to = Math.min(sentence ? sentence.end : this.doc.text.length, p.end + 60);
      // Before the name, the office only with nothing but capitalised words between ("(IGP) Kashmir, "); after it, an apposition.
      const before = this.doc.text.slice(from, p.start);
      let office = false;
      for (let m = word.exec(before), rest = before; m; m = word.exec(rest)) {
        rest = rest.slice(m.index + m[0].length);
        office = rest.split(/[\s,()]+/).every((w) => !w || /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|in|at)$/.test(w));
      }
      const next = this.doc.text.slice(p.end, to);
      office ||= word.test(this.doc.text.slice(p.start, p.end)) || (/^,/.test(next) && word.test(next.split(',')[1] ?? ''));
      // An office given with its place ("DIG Bannu") is held by the person named with both.
      if (office && place && !before.includes(place)) office = false;
      if (office) return p.entity;
    }
    return -1;
  }

  /** Most recent speaker that is no person and no plural: a document, an institution, a group. */
  private lastThing: { referent: Referent; at: number } | null = null;

  /**
   * "It said …", "It added that …": the document, institution or group that spoke in the last two
   * sentences, else the group named last before the phrase in them; null when neither.
   */
  private thingBefore(at: number): Referent | null {
    const sentences = this.doc.sentences;
    const here = firstEndingAfter(sentences, at);
    const from = sentences[Math.max(0, Math.min(here, sentences.length - 1) - 2)]?.start ?? 0;
    let last: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= at) break;
      if (m.start >= from) last = m;
    }
    const thing = this.lastThing && this.lastThing.at >= from ? this.lastThing : null;
    if (thing && (!last || thing.at >= last.start || thing.referent.group === last.groupId)) return thing.referent;
    if (!last) return thing?.referent ?? null;
    let r = this.referents.find((x) => x.group === last!.groupId && x.head === null && x.person === null);
    if (!r) {
      r = { name: this.doc.text.slice(last.start, last.end), person: null, entity: -1, head: null, plural: false, group: last.groupId };
      this.referents.push(r);
    }
    return r;
  }

  /** Who issued the last document of each kind the text mentions beside its speaker ("X said in a statement", "a communiqué signed by X"). */
  private readonly issuers = new Map<string, Referent>();

  /** Resolves a speaker phrase found at [start, end) of the document. */
  resolve(text: string, start: number, end: number): Referent {
    const written = tidySpeaker(text);
    const bare = written.toLowerCase();
    let referent: Referent | null = null;
    // "The statement said …" after "A police spokesperson said in a statement …": the one who issued it.
    const document = /^(?:the|this|that|its|their|his|her) (?:[\p{L}-]+ )?(statement|communiqu[eé]|release|message|letter|post)$/u.exec(bare);
    if (document && this.issuers.has(documentKind(document[1]))) return this.issuers.get(documentKind(document[1]))!;

    // A person named in the phrase: "TTP spokesman Mohammad Khurasani", "Mr Rahman"; not one the
    // phrase describes the speaker by ("Dar's father, Abdul Rashid Dar", "a neighbour of MS, … Syamsuddin").
    // The phrase may stop before an apposition that names the speaker ("A neighbour of MS in Gowa, a retired teacher named Syamsuddin, said").
    const apposition = /^,\s(?!who\b|whose\b|which\b)[^,.;:!?"“”\n]{1,60},/.exec(this.doc.text.slice(end, end + 64));
    const inPhrase = this.speakerInPhrase(start, end) ?? (apposition ? this.speakerInPhrase(end, end + apposition[0].length) : null);
    if (inPhrase) referent = this.referentForPerson(inPhrase.entity);
    else if (PRONOUN.test(bare)) referent = this.singularBefore(start);
    else if (PLURAL_PRONOUN.test(bare)) referent = [...this.referents].reverse().find((r) => r.plural) ?? null;
    else if (/^it$/i.test(bare)) referent = this.thingBefore(start);
    else if (GROUP_DESCRIPTION.test(bare)) referent = this.groupBefore(start);
    // "The group's statement, as translated …, read:": a group's own document speaks for the group.
    else if (GROUP_DOCUMENT.test(bare)) referent = this.groupBefore(start);
    else if (OFFICE_AND_PLACE.test(written)) {
      // "According to DIG Bannu, …": the person the text names with that office (and place), before or just after.
      const [, acronym, place] = OFFICE_AND_PLACE.exec(written)!;
      let holder = this.officeHolderBefore(acronym.toLowerCase(), start, acronym.toLowerCase(), false, place);
      if (holder < 0) holder = this.officeHolderBefore(acronym.toLowerCase(), end, acronym.toLowerCase(), true, place);
      if (holder >= 0) referent = this.referentForPerson(holder);
    }
    else if (/^(?:the|this|that)\s/i.test(written)) {
      const head = headOf(written);
      if (head) referent = [...this.referents].reverse().find((r) => r.head === head && !r.person) ?? [...this.referents].reverse().find((r) => r.head === head) ?? null;
      // "the IGP said", "the spokesperson said": the person the text last named with that office.
      if (!referent && head && (OFFICE_HEAD.test(head) || ACRONYM_HEAD.test(written.split(/\s+/).pop() ?? ''))) {
        const holder = this.officeHolderBefore(head, start, SPELLED_OFFICES[head]);
        // "The Taliban's chief spokesman" is not the BLA's spokesman named before: an office held
        // for a group the phrase names belongs to a holder of that group.
        const phraseGroup = this.groupIn(start, end);
        const candidate = holder >= 0 ? this.referentForPerson(holder) : null;
        if (candidate && !(phraseGroup && candidate.group !== phraseGroup)) referent = candidate;
      }
      // "the researcher said": the expert the text last introduced by that profession ("…, a senior research fellow at …").
      if (!referent && head && EXPERT_HEAD[head]) {
        const holder = this.officeHolderBefore(head, start, EXPERT_HEAD[head]);
        if (holder >= 0) referent = this.referentForPerson(holder);
      }
    }
    if (!referent) {
      const head = headOf(written);
      const group = this.groupIn(start, end);
      // "A former commander of the TTP who surrendered …" no longer speaks for it.
      const former = /\b(?:former|ex-|one-time|erstwhile)/i.test(written);
      referent = { name: written, person: null, entity: -1, head, plural: PLURAL_PRONOUN.test(bare) || isPlural(head), group: former ? null : group && head && GROUP_ROLE.test(head) ? group : group && /^(?:the )?\S+$/i.test(written) ? group : null };
      if (!referent.group && !former && OWN_ROLE.test(written)) referent.group = this.groupSpokenFor(start);
      this.referents.push(referent);
      this.firstWritten.set(referent, start);
    } else if (!referent.group) {
      const group = this.groupIn(start, end);
      const head = headOf(written);
      if (group && head && GROUP_ROLE.test(head)) referent.group = group;
      // A person named with a role for a group: "TTP spokesman Mohammad Khurasani", "Mohammad Khurasani, a spokesman for the TTP,".
      else if (referent.person && group && NAMED_ROLE.test(bare)) referent.group = group;
      // "spokesman Ali Dhere said", with the group in the sentence's opener or the one before.
      // "the group's spokesman, Mureed Baloch," as well: the role before the name in apposition.
      else if (referent.person && !group && (OWN_ROLE.test(written) || OWN_ROLE.test(bare.split(/,\s*/)[0]))) referent.group = this.groupSpokenFor(start);
      else if (referent.person) {
        const role = /^,\s(?:an?|the|its|their)\s[^,.;:!?"“”\n]{1,60}(?=[,.;]|$)/.exec(this.doc.text.slice(end, end + 64));
        // "…, the group’s military operations spokesman,": a role for the group the text is about, written with a possessive.
        if (role && NAMED_ROLE.test(role[0].toLowerCase())) referent.group = this.groupIn(end, end + role[0].length) ?? (OWN_ROLE.test(role[0].replace(/^,\s/, '')) ? this.groupSpokenFor(start) : null);
      }
    }
    if (!referent.plural && (referent.person || (referent.head && HUMAN_HEAD.test(referent.head)))) this.lastSingular = { referent, at: start };
    else if (!referent.plural && !referent.person && !/^it$/i.test(referent.name)) this.lastThing = { referent, at: start };
    if (!DOCUMENT_HEAD.test(referent.head ?? '')) {
      // The documents this speaker issued, named right beside the phrase ("X said in a statement …", "In a communiqué, X said …", "a communiqué signed by X").
      const sentence = this.sentenceAt(start);
      const near = sentence ? this.doc.lower.slice(Math.max(sentence.start, start - 80), start) + ' | ' + this.doc.lower.slice(end, Math.min(sentence.end, end + 40)) : '';
      for (const m of near.matchAll(ISSUED)) this.issuers.set(documentKind(m[1]), referent);
    }
    return referent;
  }

  /**
   * A document the text announces before reproducing it ("the statement … is reproduced below"): its
   * issuer when the text said who issued one, else the phrase as any speaker.
   */
  resolveDocument(text: string, start: number, end: number): Referent {
    const document = /^(?:the|this|that|its|their) (?:[\p{L}-]+ )?(statement|communiqu[eé]|release|message|letter|post)$/u.exec(tidySpeaker(text).toLowerCase());
    const kind = document ? documentKind(document[1]) : null;
    const issuer = kind ? (this.issuers.get(kind) ?? this.groupIssuing(kind, start)) : null;
    return issuer ?? this.resolve(text, start, end);
  }

  /** A referent for a speaker known without a phrase in the text (an interviewee named by a label). */
  named(name: string): Referent {
    const entity = this.people.entities.findIndex((e) => e.name === name || e.forms.includes(name));
    if (entity >= 0) return this.referentForPerson(entity);
    const existing = this.referents.find((r) => r.name === name);
    if (existing) return existing;
    // A name given by a turn label ("Sajjad Ahmed Durrani") is a person even where the text never writes it.
    const looksLikeName = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)+$/u.test(name);
    const referent: Referent = { name, person: looksLikeName ? personKey(name) : null, entity: -1, head: looksLikeName ? null : headOf(name), plural: false, group: null };
    this.referents.push(referent);
    return referent;
  }

  /**
   * The group a description by a group role speaks for, before the name it is given ("one of its
   * field commanders, who uses the name …", "a Taliban commander who goes by …"): the group the
   * description names, else, for "its" or "the group's", the group it speaks for; none for a former
   * member or a role that is no group's.
   */
  private describedGroup(description: string, at: number, head: string): string | null {
    if (!GROUP_ROLE.test(head) || /\b(?:former|ex-|one-time|erstwhile)/i.test(description)) return null;
    const named = this.groupIn(at, at + description.length);
    if (named) return named;
    return /\b(?:its|their|the (?:group|faction|movement|outfit|organi[sz]ation)['’]s)\s/i.test(description) ? this.groupSpokenFor(at) : null;
  }

  /**
   * Names descriptions the document names later; call once all phrases are resolved. The person so
   * named speaks for the group the description does ("its spokesman, who uses the name Abdullah
   * Ghaznavi, said …. “We lost three brothers,” he said."): the person's own referent, which a
   * later pronoun or an interview's turn label resolves to, takes that group.
   */
  finish(): void {
    for (const { head, entity, at, group } of this.namedDescriptions) {
      const e = this.people.entities[entity];
      let spokenFor = group;
      for (const r of this.referents) {
        if (r.person || r.head !== head) continue;
        // "A spokesman for the African Union mission said", written after the naming, is a new person.
        if ((this.firstWritten.get(r) ?? -1) > at && /^(?:an?|one|another)\s/i.test(r.name)) continue;
        r.name = e.name;
        r.person = e.key;
        r.entity = entity;
        spokenFor ??= r.group;
      }
      const person = this.personReferents.get(entity);
      if (person && !person.group && spokenFor) person.group = spokenFor;
    }
  }
}

export function speakerOf(written: string, referent: Referent): Speaker {
  return { text: tidySpeaker(written), name: referent.name, person: referent.person };
}
