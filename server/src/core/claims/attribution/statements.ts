/**
 * Statements: the sentences a document attributes to a source, each with its speaker and form.
 * Three rule families, in order of precedence:
 *
 * 1. interview answers (answers.ts): every sentence of an answer turn is the interviewee's;
 * 2. direct quotes (quotes.ts, quoteSpeakers.ts): every sentence inside a quote, with the speaker
 *    named after, before or beside the quote, or carried over from the quote it continues;
 * 3. reported speech (reported.ts): "X said (that) …", "according to X", "X warned …", a
 *    participle ("…, saying …") after a group's action.
 *
 * Speakers are then resolved in document order (speakers.ts), so "he" and "the former commander"
 * become the person they stand for.
 */
import type { Mention } from '../../recognition/groupMatcher';
import type { DocumentPeople } from '../../people/people';
import type { DocumentModel } from '../../text/document';
import type { Speaker, StatementForm } from '../model';
import { anonymousInterviewee, intervieweeGroup, roleSpeaker } from './answers';
import { nameWords } from '../../people/identity';
import { ROLE_LABEL } from '../../text/interview';
import { firstEndingAfter } from '../../text/positions';
import { FIRST_PERSON, hasCue } from './cues';
import { Quote, findQuotes } from './quotes';
import { SpeakerPhrase, speakerAfterQuote, speakerBeforeQuote, speakerInFollowingSentence, speakerInPrecedingSentence } from './quoteSpeakers';
import { findAttribution } from './reported';
import { Referent, SpeakerResolver, speakerOf } from './speakers';

export interface Statement {
  /** Index of the sentence in the document model. */
  sentence: number;
  form: StatementForm;
  speaker: Speaker;
  /** Where the speaker phrase is written in this sentence (document offsets), if it is. */
  speakerSpan: { start: number; end: number } | null;
  /** The group the speaker speaks for ("TTP spokesman"), for "we"/"our" in what they say. */
  speakerGroup: string | null;
  /** The speaker is the sentence's own subject ("The BLA claimed …, saying …"), not a reporting frame. */
  speakerIsSubject: boolean;
}

/**
 * Where a quote's speaker comes from: a phrase in the text, the quote it continues, or the
 * statement just before it ("Marchetti said … . “That is unusual.”"), known once that is resolved.
 */
type QuoteSource = { phrase: SpeakerPhrase; document?: boolean } | { from: number } | { after: number } | null;

interface Draft {
  form: StatementForm;
  phrase?: SpeakerPhrase;
  quote?: number;
  answer?: boolean;
  subject?: boolean;
  /** Carries the speaker of an earlier sentence (a listed finding): its phrase is not written here. */
  inherited?: boolean;
}

/** Where statements are: the article's own text (a headline or standfirst summarises; it attributes nothing). */
const STATEMENT_ROLES = new Set(['body', 'list-item', 'turn']);
/** A digest item's tag: symbols, an optional bold, a short capitalised label and a colon; or a bold place and date closed by a full stop ("**Boulkessi, 8 June.**"). */
const DIGEST_TAG = /^[^\p{L}\p{N}"“]{0,8}(?:(?:\*\*|__)?\p{Lu}[\p{L}\p{N} .&/()'’-]{0,40}:(?:\*\*|__)?|(?:\*\*|__)\p{Lu}[^*_\n:]{0,60}?[.:](?:\*\*|__))\s+/u;
/** Only handles, hashtags and links: a tweet's tail, not a sentence. */
const NO_WORDS = /^(?:[@#][\p{L}\p{N}_]+|https?:\/\/\S+|[^\p{L}\p{N}])*$/u;
/** What may stand before a group that opens its clause: an article and lower-case modifiers ("The banned", "the outlawed"). */
const LEAD_MODIFIERS = /^[^\p{L}\p{N}]{0,4}(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;
/** "ISKP claimed the attack, saying …": the sentence's subject says what follows. */
const SAYING = /,\s+(?:saying|adding|insisting|warning|claiming|calling on|urging)\b/;

/**
 * A list item opening on its source and a colon, as roundups of posts and reactions write them:
 * "• Police: the attackers belonged to …", "• Hawa Abdi Nur, a nurse at the district hospital: 19
 * wounded …", "• Rashid Abdi (on X): “…”". The label is a source when it names a person, a role or an
 * institution that speaks ("Police", "A farmer in Afgooye town", "Governor of …"), or carries the
 * medium in parentheses ("(post on X, 05:12)", "(via Radio Andalus)"); a place or topic tag
 * ("**Karachi:**", "Analysis:") is none, nor is a label before a fragment (a link's title, a figure).
 */
const ITEM_LABEL = /^(?:\*\*|__)?(\p{Lu}(?:[^:\n"“”*()]|\([^()\n"“”]{0,40}\)){1,90}?)(?:\*\*|__)?:\s+(?=\S)/u;
const LABEL_MEDIUM = /\([^()]*\b(?:via|post|posted|on X|Twitter|Telegram|Facebook|WhatsApp|statement|radio|video|audio|message|tweet|tweeted)\b[^()]*\)\s*$/i;
const LABEL_ROLE = /\b(?:police|army|military|ministry|government|governor|spokes(?:man|woman|person)|officials?|officers?|commanders?|ministers?|analysts?|researchers?|experts?|residents?|elders?|villagers?|survivors?|witness(?:es)?|doctors?|nurses?|farmers?|traders?|shopkeepers?|teachers?|students?|drivers?|sources?|chief|mayor|president|prosecutors?|judges?|lawyers?|relatives?|mother|father|brother|sister|widow|soldiers?|troops|imam|cleric)\b/i;
const LABEL_NAME = /^\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|al|bin|ul|ud)){1,4}$/u;
/** An item made of sentences: it ends on a terminator (a closing quote or bracket may follow). */
const ENDS_SENTENCE = /[.!?]["”’)]*\s*$/;

function itemSource(doc: DocumentModel, blockIndex: number, people: DocumentPeople): SpeakerPhrase | null {
  const block = doc.blocks[blockIndex];
  if (block.role !== 'list-item') return null;
  // Cheap gate: a colon within the first hundred characters of the item.
  const colon = doc.text.indexOf(':', block.contentStart);
  if (colon < 0 || colon - block.contentStart > 100) return null;
  const item = doc.text.slice(block.contentStart, block.end);
  const m = ITEM_LABEL.exec(item);
  if (!m || !ENDS_SENTENCE.test(item)) return null;
  const label = m[1];
  const labelStart = block.contentStart + m[0].indexOf(label);
  const base = label.replace(/\s*\([^()]*\)\s*$/, '');
  const person = people.mentions.find((p) => p.start >= labelStart && p.end <= labelStart + base.length);
  const medium = LABEL_MEDIUM.test(label);
  if (!person && !medium && !LABEL_ROLE.test(base)) return null;
  // "Governor of Lower Shabelle, Mohamed Ibrahim Barre": the name in apposition is the speaker.
  let text = base;
  let start = labelStart;
  if (person) {
    text = doc.text.slice(person.start, person.end);
    start = person.start;
  } else {
    let offset = 0;
    for (const part of base.split(', ')) {
      if (LABEL_NAME.test(part) && !LABEL_ROLE.test(part)) {
        text = part;
        start = labelStart + offset;
        break;
      }
      offset += part.length + 2;
    }
  }
  return { text, start, end: start + text.length };
}

/**
 * A paragraph announcing the text set off below it: "Sahel Wire translated the statement …; the main
 * passages are reproduced below", "Excerpts from the communiqué follow", "The letter reads as
 * follows". The document it names ("the statement") speaks the set-off paragraphs.
 */
const ANNOUNCES_BELOW = /\b(?:reproduced|excerpted|printed|quoted|translated|given|set out|published|appear|appears)\s+(?:in full\s+|in part\s+)?below\b|\b(?:below|here)\s+(?:is|are)\s+(?:the|our|an?|its|excerpts|extracts|passages)\b|\b(?:excerpts|extracts|passages)\s+(?:from\s+[^.;]{1,60}\s+)?follow\b|\bas follows\b/i;
const ANNOUNCED_DOCUMENT = /\b(?:the|its|their|this|that)\s+(?:(?:[\p{L}-]+\s+){0,2}?)(?:statement|communiqu[eé]|message|letter|claim|declaration|video|audio message|pamphlet|leaflet|note)\b/iu;

function announcedDocument(doc: DocumentModel, quoteBlock: number): SpeakerPhrase | null {
  const block = doc.blocks[quoteBlock];
  const previous = doc.blocks[quoteBlock - 1];
  if (!block.setOff || !previous || previous.role !== 'body' || previous.setOff || previous.paragraph !== block.paragraph - 1) return null;
  const intro = doc.text.slice(previous.contentStart, previous.end);
  // Cheap gate: the announcing words are rare.
  if (!/\b(?:below|follows?|here)\b/i.test(intro) || !ANNOUNCES_BELOW.test(intro)) return null;
  const m = ANNOUNCED_DOCUMENT.exec(intro);
  if (!m) return null;
  const start = previous.contentStart + m.index;
  return { text: m[0], start, end: start + m[0].length };
}

/** A heading over a page's summary: "Summary", "Key points", "At a glance". */
const SUMMARY_HEADING = /^(?:\*\*|__|#+\s*)?(?:summary|key points|key facts|highlights|in brief|at a glance|key events)(?:\*\*|__)?:?$/i;

/**
 * The blocks right under a summary heading (the rest of its paragraph, or the next one): like a standfirst, they summarise what
 * the page reports ("Police say seven personnel … are dead") and attribute nothing themselves.
 */
function summaryBlocks(doc: DocumentModel): Set<number> {
  const found = new Set<number>();
  doc.blocks.forEach((b, i) => {
    // Cheap gate: a short first line.
    const lineEnd = doc.text.indexOf('\n', b.contentStart);
    const first = lineEnd < 0 || lineEnd > b.end ? b.end : lineEnd;
    if (first - b.contentStart > 16 || !SUMMARY_HEADING.test(doc.text.slice(b.contentStart, first).trim())) return;
    // "Summary" on the first line of its block: the block is the summary.
    if (first < b.end) {
      found.add(i);
      return;
    }
    // The lines under it in its own paragraph, or else the paragraph after it.
    const under = doc.blocks[i + 1]?.paragraph === b.paragraph ? b.paragraph : b.paragraph + 1;
    for (let j = i + 1; j < doc.blocks.length && doc.blocks[j].paragraph === under; j++) found.add(j);
  });
  return found;
}

function shift(p: SpeakerPhrase, by: number): SpeakerPhrase {
  return { text: p.text, start: p.start + by, end: p.end + by };
}

/** Index of the first sentence ending after `offset`. */
const sentenceAt = (doc: DocumentModel, offset: number): number => firstEndingAfter(doc.sentences, offset);

/** A line introducing a list of findings ("Key findings:", "The report says:"), at the end of a block. */
const INTRODUCES_LIST = /\b(?:findings|conclusions|recommendations|says|said|notes|states|found|according)\b[^:]{0,40}:\s*$/i;

/**
 * Whether the block `start`..`end` ends in a line introducing a list. Only a block ending in a colon
 * can, so the pattern runs on those alone: it is asked once per sentence, and run on every
 * paragraph it cost a scan of the whole paragraph each time.
 */
function introducesList(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && /\s/.test(text[last])) last--;
  return last >= start && text[last] === ':' && INTRODUCES_LIST.test(text.slice(start, end));
}


/**
 * The speaker of each quote: named around it, in a neighbouring sentence, or carried over.
 * Neighbouring sentences that only name a quote's source are added to `frames`: they attribute, they
 * are not statements themselves.
 */
function quoteSources(doc: DocumentModel, quotes: readonly Quote[], frames: Set<number>, people: DocumentPeople): QuoteSource[] {
  const { text, sentences } = doc;
  const sources: QuoteSource[] = [];
  quotes.forEach((q, qi) => {
    const first = sentenceAt(doc, q.start);
    let last = sentenceAt(doc, q.end - 1);
    if (last >= sentences.length) last = sentences.length - 1;
    let source: QuoteSource = null;
    if (first < sentences.length) {
      const closing = sentences[last];
      const tail = text.slice(q.end, closing.end);
      const after = q.setOff ? null : speakerAfterQuote(tail);
      if (after) source = { phrase: shift(after, q.end) };
      const opening = sentences[first];
      if (!source && q.start > opening.start) {
        const head = text.slice(opening.start, q.start);
        const before = speakerBeforeQuote(head);
        if (before) source = { phrase: shift(before, opening.start) };
        // A quote inside reported speech: "A spokesman told reporters that the government “did not know” … and that it “will not …”".
        const reported = before || !hasCue(doc.lower.slice(opening.start, q.start)) ? null : findAttribution(head);
        if (reported && !FIRST_PERSON.test(reported.claimant)) source = { phrase: { text: reported.claimant, start: opening.start + reported.start, end: opening.start + reported.end } };
      }
      // A set-off paragraph under "the statement … is reproduced below": the statement speaks it.
      if (!source && q.setOff && q.start === doc.blocks[q.block].contentStart) {
        const announced = announcedDocument(doc, q.block);
        if (announced) source = { phrase: announced, document: true };
      }
      // "• Rashid Abdi (on X): “…”": a quote right after a list item's source label.
      if (!source && doc.blocks[q.block].role === 'list-item' && ITEM_LABEL.test(text.slice(doc.blocks[q.block].contentStart, q.start).trimEnd() + ' x')) {
        const label = itemSource(doc, q.block, people);
        if (label && text.slice(label.end, q.start).replace(/^\s*(?:\([^()]*\))?\s*(?:\*\*|__)?:\s*$/, '') === '') source = { phrase: label };
      }
      if (!source && first > 0 && sentences[first - 1].end <= q.start) {
        const previous = sentences[first - 1];
        const intro = speakerInPrecedingSentence(text.slice(previous.start, previous.end));
        if (intro && previous.paragraph >= opening.paragraph - 1) {
          source = { phrase: shift(intro, previous.start) };
          frames.add(first - 1);
        }
      }
      if (!source && last + 1 < sentences.length) {
        const next = sentences[last + 1];
        if (next.paragraph <= sentences[last].paragraph + 1) {
          const named = speakerInFollowingSentence(text.slice(next.start, next.end));
          if (named) {
            source = { phrase: shift(named, next.start) };
            frames.add(last + 1);
          }
        }
      }
      if (!source && qi > 0) {
        // Carried over: a continuation paragraph, a later quote in the same paragraph, or a
        // paragraph that is only a quote right after a paragraph ending in a quote.
        const previous = quotes[qi - 1];
        const prevPara = doc.blocks[previous.block].paragraph;
        const para = doc.blocks[q.block].paragraph;
        const opensParagraph = text.slice(doc.blocks[q.block].contentStart, q.start).trim() === '';
        const previousEndsParagraph = text.slice(previous.end, doc.paragraphs[prevPara].end).trim().length < 120;
        // Items of a list share a paragraph but not a source.
        const sameUnit = doc.blocks[q.block].role !== 'list-item' || previous.block === q.block;
        if (sameUnit && (q.continues || prevPara === para || (opensParagraph && para === prevPara + 1 && previousEndsParagraph))) source = sources[qi - 1] ? { from: qi - 1 } : null;
      }
      if (!source && first > 0) {
        // The sentence before, in the same paragraph or ending the previous one, may be a statement
        // whose speaker goes on in the quote: "Marchetti said the branches moved first. “That is unusual.”"
        const para = doc.blocks[q.block].paragraph;
        const before = sentences[first - 1];
        const opensParagraph = text.slice(doc.blocks[q.block].contentStart, q.start).trim() === '';
        const sameUnit = doc.blocks[q.block].role !== 'list-item' || before.block === sentences[first].block;
        if (sameUnit && (before.paragraph === para || (opensParagraph && before.paragraph === para - 1))) source = { after: first - 1 };
      }
    }
    sources.push(source);
  });
  // A quote continued into the next paragraph is attributed where it ends: earlier parts take that speaker.
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    const own = sources[qi];
    const next = sources[qi + 1];
    if ((!own || 'after' in own) && quotes[qi + 1].continues && next && !('from' in next && next.from === qi)) sources[qi] = { from: qi + 1 };
  }
  return sources;
}

/**
 * The person a label that no turn spells out stands for: initials ("ZM") or a surname in capitals
 * ("MUJAHID") of someone the document names in full (usually in the standfirst).
 */
function personForLabel(people: DocumentPeople, label: string): string | null {
  const bare = label.replace(/\./g, '');
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(bare)) return null;
  const found = people.entities.filter((e) => {
    const words = nameWords(e.name).filter((w) => !/^(?:al|el|bin|ibn|ul|ud|de|van|von)$/i.test(w));
    if (words.length < 2) return false;
    if (/^\p{Lu}{2,4}$/u.test(bare) && words.map((w) => w[0].toUpperCase()).join('') === bare) return true;
    return words[words.length - 1].toLowerCase() === bare.toLowerCase();
  });
  return found.length === 1 ? found[0].name : null;
}

/** The one group the headline names, if it names exactly one. */
function headlineGroup(doc: DocumentModel, mentions: readonly Mention[]): string | null {
  const ids = new Set<string>();
  for (const b of doc.blocks) {
    if (b.role !== 'headline') continue;
    for (const m of mentions) if (m.start >= b.start && m.end <= b.end) ids.add(m.groupId);
  }
  return ids.size === 1 ? [...ids][0] : null;
}

export function findStatements(doc: DocumentModel, mentions: readonly Mention[], people: DocumentPeople): (Statement | undefined)[] {
  const { text, sentences } = doc;
  const drafts: (Draft | undefined)[] = new Array(sentences.length);
  // 1. Interview answers.
  if (doc.interview) {
    sentences.forEach((s, i) => {
      const turn = doc.sentenceTurn[i];
      if (turn < 0 || doc.interview!.turns[turn].question) return;
      // A turn played inside a clip ("(BEGIN VIDEO CLIP)" before it) is a recording: quoted, not answered.
      const before = doc.blocks[doc.interview!.turns[turn].block - 1];
      const clip = !!before && before.role === 'chrome' && /^\((?:BEGIN|START)\b/i.test(text.slice(before.start, before.end).trim());
      drafts[i] = { form: clip ? 'quote' : 'answer', answer: true };
    });
  }
  const summary = summaryBlocks(doc);
  // 2. Direct quotes (not quoted phrases).
  const quotes = findQuotes(doc).filter((q) => !q.phrase);
  const frames = new Set<number>();
  const sources = quoteSources(doc, quotes, frames, people);
  quotes.forEach((q, qi) => {
    if (!sources[qi]) return;
    for (let i = sentenceAt(doc, q.start); i < sentences.length && sentences[i].start < q.end; i++) {
      if (drafts[i] || !STATEMENT_ROLES.has(doc.blocks[sentences[i].block].role) || summary.has(sentences[i].block) || NO_WORDS.test(text.slice(sentences[i].start, sentences[i].end))) continue;
      const s = sentences[i];
      // "X said its leader would \"…\"": a quote inside reported speech reads as reported.
      const head = text.slice(s.start, Math.max(s.start, q.start));
      const form: StatementForm = head.trim() === '' || /[:,]\s*$/.test(head) || q.start < s.start ? 'quote' : 'reported';
      drafts[i] = { form, quote: qi };
    }
  });
  // 3. Reported speech in the remaining sentences of body text.
  sentences.forEach((s, i) => {
    if (drafts[i] || frames.has(i)) return;
    const block = doc.blocks[s.block];
    if (!STATEMENT_ROLES.has(block.role) || summary.has(s.block)) return;
    // Questions are not statements; a presenter's or correspondent's narration reports speech as an article does.
    if (doc.sentenceTurn[i] >= 0 && !doc.interview!.turns[doc.sentenceTurn[i]].narration) return;
    const lower = doc.lower.slice(s.start, s.end);
    // "• A farmer in Afgooye town: the fighting lasted …": the item's first sentence is its label's, unless it names its own source.
    const label = block.role === 'list-item' && s.start <= block.contentStart + 1 ? itemSource(doc, s.block, people) : null;
    if (label && !/\?["”’)]?\s*$/.test(lower)) {
      const skipped = DIGEST_TAG.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
      const own = hasCue(lower) ? findAttribution(text.slice(s.start + skipped, s.end)) : null;
      drafts[i] = own && !FIRST_PERSON.test(own.claimant)
        ? { form: 'reported', phrase: { text: own.claimant, start: s.start + skipped + own.start, end: s.start + skipped + own.end } }
        : { form: 'reported', phrase: label };
      return;
    }
    if (!(hasCue(lower) || SAYING.test(lower)) || /\?["”’)]?\s*$/.test(lower)) return;
    // A digest item's tag ("**Karachi:**", "🔴 TTP:", a paragraph's "**Chitral (28 November):**") is not part of the sentence.
    const tagged = block.role === 'list-item' || (block.role === 'body' && s.start <= block.contentStart + 2 && text.charCodeAt(s.start) === 42);
    const skip = tagged ? (DIGEST_TAG.exec(text.slice(s.start, s.end))?.[0].length ?? 0) : 0;
    const sentence = text.slice(s.start + skip, s.end);
    const found = findAttribution(sentence);
    if (found && !FIRST_PERSON.test(found.claimant)) {
      drafts[i] = { form: 'reported', phrase: { text: found.claimant, start: s.start + skip + found.start, end: s.start + skip + found.end } };
      return;
    }
    const saying = SAYING.exec(sentence);
    if (saying) {
      // The subject before the first verb: a group named at the start ("The BLA claimed …, saying …"),
      // also after an article and modifiers ("The banned Tehreek-i-Taliban Pakistan (TTP) claimed …, saying …").
      const subject = mentions.find((m) => m.start >= s.start + skip && m.start <= s.start + skip + 40 && LEAD_MODIFIERS.test(text.slice(s.start + skip, m.start)));
      if (subject) {
        // The name keeps its abbreviation in parentheses: "Tehrik-e-Taliban (TTP) claimed …".
        const end = subject.end + (/^\s*\([\p{Lu}\p{N}-]{2,12}\)/u.exec(text.slice(subject.end, subject.end + 16))?.[0].length ?? 0);
        drafts[i] = { form: 'reported', phrase: { text: text.slice(subject.start, end), start: subject.start, end }, subject: true };
      }
    }
  });

  // 4. Findings listed under a line that introduces them ("Key findings:") after a source's
  // statement are that source's: every item of the list is reported.
  let lastSource: { sentence: number; block: number } | null = null;
  let introduced = false;
  sentences.forEach((s, i) => {
    const block = doc.blocks[s.block];
    const d = drafts[i];
    if (d && !d.answer && (d.phrase || d.quote !== undefined)) lastSource = { sentence: i, block: s.block };
    if (block.role === 'heading' || (block.role === 'body' && !d)) {
      introduced = introducesList(text, block.contentStart, block.end);
      return;
    }
    if (block.role !== 'list-item') {
      introduced = false;
      return;
    }
    if (!introduced || d || !lastSource) return;
    const source = drafts[lastSource.sentence]!;
    drafts[i] = { form: 'reported', ...(source.phrase ? { phrase: source.phrase } : { quote: source.quote }) , inherited: true };
  });

  // Resolution in document order.
  const resolver = new SpeakerResolver(doc, people, mentions, quotes);
  const quoteReferents: (Referent | undefined)[] = new Array(quotes.length);
  const quotePhrases: (SpeakerPhrase | undefined)[] = new Array(quotes.length);
  const interviewee = anonymousInterviewee(doc, people);
  // "A:" answers: named at the top, or a placeholder named once a closing line reports the interview.
  const answerReferent: Referent = interviewee ? resolver.named(interviewee) : { name: 'the interviewee', person: null, entity: -1, head: 'interviewee', plural: false, group: null };
  // "a Jaish al-Adl field commander speaks": the one who answers speaks for the group the top of the piece makes them a member of.
  if (!answerReferent.group) answerReferent.group = intervieweeGroup(doc, mentions);
  // Other answers: the turn's speaker, a name ("Jane Doe" for "JD") or a role ("the moderator").
  const turnReferents = new Map<string, Referent>();
  const answerer = (i: number): Referent => {
    const speaker = doc.interview!.turns[doc.sentenceTurn[i]].speaker;
    if (/^A\.?$/.test(speaker)) return answerReferent;
    let r = turnReferents.get(speaker);
    if (!r) turnReferents.set(speaker, (r = resolver.named(ROLE_LABEL.test(speaker) ? roleSpeaker(doc, speaker) : (personForLabel(people, speaker) ?? speaker))));
    return r;
  };
  /** Per sentence: its speaker, the phrase naming it there, or the turn label it answers under. */
  const resolved: { referent: Referent; phrase: SpeakerPhrase | null; label?: string }[] = new Array(sentences.length);
  const resolving = new Set<number>();
  const quoteReferent = (qi: number): { referent: Referent; phrase: SpeakerPhrase | null } | null => {
    const cached = quoteReferents[qi];
    // Quotes that carry each other's speaker in a ring name nobody: no statement rather than a loop.
    if (!cached && resolving.has(qi)) return null;
    resolving.add(qi);
    if (cached) return { referent: cached, phrase: quotePhrases[qi] ?? null };
    const source = sources[qi]!;
    if ('after' in source) {
      const before = resolved[source.after];
      if (!before) return null;
      quoteReferents[qi] = before.referent;
      return { referent: before.referent, phrase: null };
    }
    if ('from' in source) {
      const inherited = quoteReferent(source.from);
      if (!inherited) return null;
      quoteReferents[qi] = inherited.referent;
      return { referent: inherited.referent, phrase: null };
    }
    const referent = source.document ? resolver.resolveDocument(source.phrase.text, source.phrase.start, source.phrase.end) : resolver.resolve(source.phrase.text, source.phrase.start, source.phrase.end);
    quoteReferents[qi] = referent;
    quotePhrases[qi] = source.phrase;
    return { referent, phrase: source.phrase };
  };
  for (let i = 0; i < sentences.length; i++) {
    const d = drafts[i];
    if (!d) continue;
    if (d.answer) resolved[i] = { referent: answerer(i), phrase: null, label: doc.interview!.turns[doc.sentenceTurn[i]].label };
    else if (d.quote !== undefined) {
      const r = quoteReferent(d.quote);
      if (r) resolved[i] = r;
    }
    else if (d.inherited) {
      const from = resolved.slice(0, i).reverse().find((r) => r);
      if (from) resolved[i] = { referent: from.referent, phrase: null };
    } else if (d.phrase) resolved[i] = { referent: resolver.resolve(d.phrase.text, d.phrase.start, d.phrase.end), phrase: d.phrase };
  }
  if (!interviewee && doc.interview?.anonymousAnswers) {
    // "The commander, who gave his name as Qari Hamid, said in an interview …": the interviewee.
    for (let i = 0; i < sentences.length; i++) {
      const r = resolved[i];
      if (!r || drafts[i]!.answer || !/\binterview/.test(doc.lower.slice(sentences[i].start, sentences[i].end))) continue;
      if (r.referent.person || r.referent.head) {
        Object.assign(answerReferent, { ...r.referent, name: r.referent.name });
        break;
      }
    }
  }
  resolver.finish();
  // A group's commander or spokesman answering in an interview about one group speaks for it.
  for (const r of doc.interview ? [answerReferent, ...turnReferents.values()] : []) {
    if (!r.group && r.head && /^(?:spokes(?:man|woman|person)|commander|leader|member|fighter|emir|deputy|representative)$/.test(r.head)) r.group = headlineGroup(doc, mentions);
  }
  if (!interviewee && doc.interview?.anonymousAnswers) {
    // The placeholder copied a description that the document named later: copy the name too.
    const named = resolved.find((r, i) => r && !drafts[i]!.answer && r.referent.head && r.referent.head === answerReferent.head && r.referent.person);
    if (named) Object.assign(answerReferent, { name: named.referent.name, person: named.referent.person, entity: named.referent.entity });
  }
  return resolved.map((r, i) => {
    if (!r) return undefined;
    const written = r.phrase ? r.phrase.text : r.label && !/^A\.?$/.test(r.label) ? r.label : r.referent.name;
    return {
      sentence: i,
      form: drafts[i]!.form,
      speaker: speakerOf(written, r.referent),
      speakerSpan: r.phrase ? { start: r.phrase.start, end: r.phrase.end } : null,
      speakerGroup: r.referent.group,
      speakerIsSubject: !!drafts[i]!.subject,
    };
  });
}
