/**
 * The claim extractor: what a sentence asserts about a group (responsibility, casualties,
 * strength, announcements, attributed statements). Rules are lexical and sentence-local, precision first: a
 * sentence must carry a trigger for its kind (a claim verb, a counted casualty or strength figure,
 * a declaration verb, a reporting verb with a speaker) and, except for casualties, a subject group.
 * Work is linear in the text: one sentence split, cheap keyword pre-filters, bounded regexes.
 */
import type { Mention } from '../recognition/groupMatcher';
import { findAttribution, hasReportingVerb } from './attribution';
import { findDate } from './dates';
import { MeasureClass, RawFigure, findFigures } from './numbers';
import type { Claim, ClaimKind, Figure } from './model';
import { DocumentModel, buildDocument } from '../text/document';
import { DocumentPeople, findPeople } from '../people/people';

// Responsibility: active ("X claimed the attack") puts the group before the verb; passive or
// accusatory forms ("claimed by X", "officials blamed X", "a gunman linked to X") put it after.
const RESPONSIBILITY_ACTIVE = /\b(?:claim(?:ed|s|ing)? (?:responsibility|credit)|(?:(?:was|were|is|are) (?:\w+ )?responsible for)|(?:claim|own)(?:ed|s|ing)? (?:(?:the|a|an|this|that|last|its|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's) )?(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|assault|ambush|killings?|explosions?|raid|strike|massacre|shooting|suicide|kidnapping|beheading)|claim(?:ed|s)? (?:to have|it|that it)|(?:took|takes|take|accepted|accepts|owned|owns) (?:up )?(?:responsibility|credit)|carried out (?:the|a|an|this|that|last|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's) (?:[\w'’-]+ ){0,2}?(?:attacks?|bombings?|blasts?|assault|ambush|killings?|raid|strike|massacre)|said (?:it|they) (?:had )?(?:carried out|conducted|was behind|were behind|attacked)|(?:was|were|is|are) behind (?:the|a|this|that)|(?:is|was|are|were|been|being) (?:also |widely |often )?(?:blamed|held responsible) for|den(?:ied|ies|y) (?:any )?(?:responsibility|involvement|role)|distanced)\b/;
const RESPONSIBILITY_PASSIVE = /\b(?:(?:was|were|been|is|are) claimed by|claim(?:ed)? (?:on behalf of|in the name of)|blam(?:ed|es|ing|e)|accus(?:ed|es|ing|e)|attributed (?:the attack |it )?to|(?:gunm[ae]n|bombers?|attackers?|assailants?|militants?|suspects?|cells?|men|shooters?|fighters?) (?:\w+ ){0,2}?(?:linked|tied|affiliated|belonging|loyal) to|carried out by|perpetrated by|(?:work|handiwork) of|front for)\b/;
const ATTACK_VERB = /\b(?:attacked|ambushed|bombed|stormed|struck|targeted|raided|carried out|killed|kidnapped|abducted|shot)\b/;
const RESPONSIBILITY_NEGATED = /\b(?:no (?:group|one|organisation|organization)(?: has| had)?(?: immediately| yet)? claimed|(?:has|have|had|did) not (?:yet |immediately )?claimed|not (?:yet )?been claimed)\b/;
const ANNOUNCEMENT = /\b(?:announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|unveil(?:ed|s|ing)|vow(?:ed|s|ing)|proclaim(?:ed|s|ing)|pledg(?:ed|es)|threaten(?:ed|s)|name[sd]? (?:a |its )?new|appoint(?:ed|s) (?:a |its )?new|launch(?:ed|es) (?:a |its )?(?:new|campaign|offensive|operation)|called off|ended (?:a|its|the) (?:ceasefire|truce)|extended (?:a|its|the) (?:ceasefire|truce))\b/;
const CASUALTY_WORD = /\b(?:kill|dead|death|died|die[sd]?|wound|injur|hurt|martyr|lives|toll|slain|massacr)/;
const STRENGTH_WORD = /\b(?:fighters|militants|members|cadres|men|troops|strong|combatants|gunmen|insurgents|operatives|recruits|followers|soldiers|jihadists|volunteers|loyalists)\b/;
/** "In 2018, a similar attack …": a sentence opening on a past year or decade is background. */
const BACKGROUND_OPENING = /^(?:in|since|by|during|back in) (?:the )?(?:late |early |mid-)?(?:1[89]|20)\d\d(?:s)?\b/i;
/** Anaphors that stand for a group named earlier in the paragraph. */
const ANAPHOR = /\b(?:the (?:group|militants|militant group|outfit|organi[sz]ation|movement|faction|network|insurgents|jihadists|separatist group|sectarian group|branch|front)|its|their)\b/gi;
/** Background phrasing: standing facts about a group, not claims. */
const BACKGROUND_PHRASE = /\b(?:ha(?:s|ve|d) long been|(?:was|were) (?:founded|formed|established|created) (?:in|by)|emerged in)\b/i;
const QUOTE = /["“”]|(?:^|\s)['‘][A-Z]/;

interface SentenceMentions {
  /** Group id and sentence-relative offsets, in order. */
  items: { groupId: string; start: number; end: number; anaphor: boolean }[];
}

/** Strips list markers, headings and "A:" speaker tags so rules see the sentence itself. */
const NOISE_PIECE = /[-*+•>#]+\s*|\d+[.)]\s+|[A-Z][A-Za-z .()-]{0,40}?:\s+|[^\p{L}\p{N}"“'‘(]+/uy;
function leadingNoise(sentence: string): number {
  // One piece at a time (sticky regex, no nested quantifiers): linear in the prefix.
  let at = 0;
  for (;;) {
    NOISE_PIECE.lastIndex = at;
    const m = NOISE_PIECE.exec(sentence);
    if (!m || m[0].length === 0) return at;
    at += m[0].length;
  }
}

function measureName(f: RawFigure): string {
  return f.measure === 'strength' ? (f.noun === 'strong' || !f.noun ? 'fighters' : f.noun) : f.measure;
}

export function extractClaims(input: DocumentModel | string, mentions: readonly Mention[], knownPeople?: DocumentPeople): Claim[] {
  const doc = typeof input === 'string' ? buildDocument(input) : input;
  const people = knownPeople ?? findPeople(doc, mentions);
  void people;
  const text = doc.text;
  const claims: Claim[] = [];
  let mi = 0;
  let lastGroup: { groupId: string; start: number } | null = null;
  /** The story's place and target from its dateline and headline, computed on the first toll. */
  let story: StoryContext | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const span = doc.sentences[si];
    const para = doc.paragraphs[span.paragraph].start;
    const block = doc.blocks[span.block];
    /** Transcript speaker tag of the turn ("SPOKESMAN"), for turns labelled with a role in capitals. */
    const lineTag = block.role === 'turn' && block.label && /^[A-Z][A-Z]{2,}/.test(block.label.text) ? block.label.text : null;
    // Mentions inside this sentence; remember the last group before it for anaphors.
    const inside: Mention[] = [];
    while (mi < mentions.length && mentions[mi].start < span.start) lastGroup = { groupId: mentions[mi].groupId, start: mentions[mi].start }, mi++;
    let k = mi;
    while (k < mentions.length && mentions[k].start < span.end) inside.push(mentions[k++]);
    const raw = text.slice(span.start, span.end);
    const skip = leadingNoise(raw);
    const sentence = raw.slice(skip);
    const base = span.start + skip;
    if (sentence.length < 12) continue;
    const lower = sentence.toLowerCase();
    // Cheap pre-filter: a sentence with no trigger family at all is skipped before any regex work.
    const maybeResponsibility = /responsible|owned|owns|attacked|ambushed|bombed|stormed|struck|targeted|raided|kidnapped|abducted|claim|respons|credit|behind|blam|accus|linked|tied|loyal|affiliat|carried out|perpetrat|denied|deny|distanced|front for|handiwork|attributed/.test(lower);
    const maybeCasualties = CASUALTY_WORD.test(lower);
    const maybeStrength = STRENGTH_WORD.test(lower);
    const maybeAnnouncement = /announc|declar|unveil|vow|proclaim|pledg|threaten|named|appoint|launch|called off|ended|extended/.test(lower);
    const maybeStatement = hasReportingVerb(lower) || lower.includes('according to');
    if (!maybeResponsibility && !maybeCasualties && !maybeStrength && !maybeAnnouncement && !maybeStatement && !lineTag && !/^\s*[A-Z]{3,}[^:]{0,40}:/.test(raw)) continue;
    if (/\?["”’]?$/.test(sentence.trim())) continue; // questions assert nothing

    // Most recent group in the paragraph; in interviews the question line names it, so allow
    // the previous paragraph when it is close.
    const antecedent = lastGroup && (lastGroup.start >= para || span.start - lastGroup.start < 400) ? lastGroup.groupId : null;
    // Mentions inside stripped leading noise ("BLA: …" digest tags) are labels, not part of the sentence.
    const items: SentenceMentions['items'] = inside.filter((m) => m.start >= base).map((m) => ({ groupId: m.groupId, start: m.start - base, end: m.end - base, anaphor: false }));
    // "the group"/"the separatist group" may reach back past the paragraph to the last group named;
    // "its"/"their" only to a nearby one.
    const farAntecedent = lastGroup?.groupId ?? null;
    if (farAntecedent) {
      ANAPHOR.lastIndex = 0;
      for (let a = ANAPHOR.exec(sentence); a; a = ANAPHOR.exec(sentence)) {
        const possessive = /^(?:its|their)$/i.test(a[0]);
        const groupId = antecedent ?? (possessive ? null : farAntecedent);
        if (!groupId) continue;
        // "its"/"their" right after a group name belongs to that name ("ISKP claimed … its Amaq agency").
        if (/^(?:its|their)$/i.test(a[0]) && items.some((it) => !it.anaphor && it.start < a!.index)) continue;
        if (items.some((it) => it.start <= a!.index && a!.index < it.end)) continue;
        items.push({ groupId, start: a.index, end: a.index + a[0].length, anaphor: true });
      }
      // Sentence-initial "It is blamed …" / "It said …" stands for the last group too.
      if (antecedent && /^It\b/.test(sentence) && !items.some((it) => it.start === 0)) items.push({ groupId: antecedent, start: 0, end: 2, anaphor: true });
      items.sort((x, y) => x.start - y.start);
    }
    const attribution = maybeStatement || /according/.test(lower) ? findAttribution(sentence) : null;
    const outsideAttribution = (it: { start: number; end: number }) => !attribution || it.end <= attribution.start || it.start >= attribution.end;
    const figures = maybeCasualties || maybeStrength ? findFigures(sentence) : [];
    const background = BACKGROUND_OPENING.test(sentence) || BACKGROUND_PHRASE.test(sentence);
    // Transcript speaker tags ("SPOKESMAN:", "REPORTER (Reuters):") name the speaker of the line.


    let kind = null as ClaimKind | null; // assigned in closures below
    let subjects: string[] = [];
    let trigger: string | undefined;
    let claimant: string | null = attribution?.claimant ?? lineTag;
    const groupsBefore = (pos: number) => items.filter((it) => it.end <= pos);
    const groupsAfter = (pos: number) => items.filter((it) => it.start >= pos);
    const firstOf = (list: typeof items) => (list.length ? [list[0].groupId] : []);

    if (maybeResponsibility && !RESPONSIBILITY_NEGATED.test(lower)) {
      const active = RESPONSIBILITY_ACTIVE.exec(lower);
      const passive = RESPONSIBILITY_PASSIVE.exec(lower);
      const tryPassive = () => {
        if (!passive) return;
        const after = groupsAfter(passive.index);
        if (!after.length) return;
        kind = 'responsibility';
        trigger = sentence.slice(passive.index, passive.index + passive[0].length);
        // Several groups right after "blamed" are all accused ("blamed X and Y"); a distant one is context.
        subjects = after.length > 1 && after[1].start - after[0].end <= 60 ? [...new Set([after[0].groupId, after[1].groupId])] : [after[0].groupId];
        // "claimed by X": the group is its own claimant.
        if (!claimant && /claimed by|claim(?:ed)? (?:on behalf|in the name)/.test(passive[0])) claimant = sentence.slice(after[0].start, after[0].end);
        // "Officials blamed X": the accuser is the claimant when no reporting verb names one.
        if (!claimant && passive.index > 0 && /blam|accus|attributed/.test(passive[0])) {
          const who = sentence.slice(0, passive.index).replace(/\b(?:have|has|had|also|repeatedly|initially)\s*$/i, '').trim();
          if (who && who.split(/\s+/).length <= 6 && !/[,;]/.test(who)) claimant = who;
        }
      };
      const tryActive = () => {
        if (!active) return;
        const before = groupsBefore(active.index).filter(outsideAttribution);
        const chosen = before.length ? before : groupsBefore(active.index);
        if (!chosen.length) return;
        kind = 'responsibility';
        trigger = sentence.slice(active.index, active.index + active[0].length);
        subjects = firstOf(chosen);
        if (!claimant && !chosen[0].anaphor) claimant = sentence.slice(chosen[0].start, chosen[0].end);
      };
      const trySpeakingGroup = () => {
        // "Militants attacked a convoy on Sunday, the BLA said": a group reporting an attack claims it.
        const attack = ATTACK_VERB.exec(lower);
        if (!attack) return;
        const speaker = items.find((it) => !it.anaphor && it.start > attack.index && /^\s+(?:said|says|claimed|announced)\b/.test(lower.slice(it.end)));
        if (!speaker) return;
        kind = 'responsibility';
        trigger = sentence.slice(attack.index, attack.index + attack[0].length);
        subjects = [speaker.groupId];
        claimant = sentence.slice(speaker.start, speaker.end);
      };
      if (passive && (!active || passive.index < active.index)) {
        tryPassive();
        if (!kind) tryActive();
      } else {
        tryActive();
        if (!kind) tryPassive();
      }
      if (!kind) trySpeakingGroup();
    }
    const casualtyFigures = figures.filter((f) => f.measure !== 'strength');
    const strengthFigures = figures.filter((f) => f.measure === 'strength');
    if (!kind && strengthFigures.length && !background) {
      const f = strengthFigures[0];
      const before = groupsBefore(f.start).filter(outsideAttribution);
      const after = groupsAfter(f.end);
      const chosen = before.length ? [before[before.length - 1]] : after.length && /^\s*(?:of|in|for)\b/.test(lower.slice(f.end).replace(/^\s*\w+/, '')) ? [after[0]] : [];
      // Subject: the nearest group before the figure ("TTP has 5,000 fighters", "the group has…").
      if (chosen.length) {
        kind = 'strength';
        subjects = [chosen[0].groupId];
        trigger = sentence.slice(f.start, f.end);
      }
    }
    if (!kind && casualtyFigures.length && !background) {
      kind = 'casualties';
      trigger = sentence.slice(casualtyFigures[0].start, casualtyFigures[0].end);
      // Casualty claims need no named group ("a suicide bomber killed 40"). The subject is the group
      // in the counted phrase ("four Taliban fighters died", "two fighters of LeT"), else the nearest
      // group before the figure ("ISKP, which killed at least 14"), never the speaker.
      const f = casualtyFigures[0];
      const candidates = items.filter(outsideAttribution);
      const inPhrase = candidates.filter((it) => it.start >= f.end && it.start - f.end <= 30);
      const earlier = candidates.filter((it) => it.end <= f.start);
      subjects = inPhrase.length ? [inPhrase[0].groupId] : earlier.length ? [earlier[earlier.length - 1].groupId] : [];
    }
    if (!kind && maybeAnnouncement && !background) {
      const a = ANNOUNCEMENT.exec(lower);
      // "the TTP, which announced a ceasefire in June 2022, …" describes the group; the sentence asserts something else.
      if (a && !/\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$/.test(lower.slice(0, a.index))) {
        const before = groupsBefore(a.index).filter(outsideAttribution);
        if (before.length) {
          kind = 'announcement';
          trigger = sentence.slice(a.index, a.index + a[0].length);
          subjects = firstOf(before);
          if (!claimant && !before[0].anaphor) claimant = sentence.slice(before[0].start, before[0].end);
        }
      }
    }
    if (!kind && !attribution && lineTag && !background && items.length && !/\?["”’]?$/.test(sentence.trim())) {
      // A transcript line under a speaker tag is that speaker's statement when it names a group.
      kind = 'statement';
      trigger = lineTag;
      subjects = [...new Set(items.map((it) => it.groupId))].slice(0, 3);
    }
    if (!kind && attribution && !background) {
      // An attributed statement about a group: a group named or referred to outside the speaker;
      // or a group speaking through a direct quotation ("AQIS said its leader would \"…\"").
      // Quotes about no group (witnesses, officials' condolences) are not claims about groups.
      const about = items.filter(outsideAttribution);
      const speakers = items.filter((it) => !outsideAttribution(it));
      if (about.length || (speakers.length && QUOTE.test(sentence))) {
        kind = 'statement';
        trigger = attribution.claimant;
        subjects = [...new Set((about.length ? about : speakers).map((it) => it.groupId))].slice(0, 3);
      }
    }
    if (!kind) continue;
    const claimFigures: Figure[] = (kind === 'strength' ? strengthFigures : kind === 'statement' ? [] : kind === 'casualties' || kind === 'responsibility' ? casualtyFigures : figures).map((f) => ({
      measure: measureName(f),
      low: f.low,
      high: f.high,
      text: sentence.slice(f.start, f.end),
    }));
    const event = claimFigures.some((f) => f.measure === 'killed' || f.measure === 'injured') ? withStoryContext(eventKeys(sentence, items, attribution), (story ??= storyContext(text))) : undefined;
    let end = base + sentence.length;
    while (end > base && /\s/.test(text[end - 1])) end--;
    claims.push({ kind, start: base, end, subjects, claimant: claimant ? tidyClaimant(claimant) : null, figures: claimFigures, date: findDate(sentence, attribution && attribution.start > 0 ? attribution.start : sentence.length), trigger, ...(event ? { event } : {}) });
  }
  return claims;
}

const TARGETS = new Set(['hotel', 'mosque', 'airport', 'school', 'centre', 'center', 'rally', 'convoy', 'checkpoint', 'market', 'shrine', 'church', 'temple', 'embassy', 'imambargah', 'compound', 'camp', 'university', 'bus', 'train', 'wedding', 'funeral', 'prison', 'base', 'gate', 'consulate', 'ministry', 'parliament', 'stadium', 'bazaar', 'hospital', 'station', 'lines', 'post']);
const NOT_PLACES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'at', 'in', 'on', 'some', 'most', 'more', 'president', 'minister', 'officials', 'official', 'police', 'army', 'islamic', 'state', 'at', 'least', 'suicide', 'death', 'toll', 'our', 'we', 'they', 'it', 'he', 'she']);
const CAPITALISED = /\b\p{Lu}[\p{L}'’-]+/gu;
const TARGET_WORDS = /\b[a-z]+\b/g;

/** Place names (capitalised words outside group names and the speaker) and target nouns of a sentence. */
function eventKeys(sentence: string, items: readonly { start: number; end: number; anaphor: boolean }[], attribution: { start: number; end: number } | null): string[] {
  const keys = new Set<string>();
  const skip = (i: number) => items.some((it) => !it.anaphor && it.start <= i && i < it.end) || (!!attribution && attribution.start <= i && i < attribution.end);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
    if (m.index === 0 || skip(m.index)) continue;
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!NOT_PLACES.has(word)) keys.add(word);
  }
  TARGET_WORDS.lastIndex = 0;
  for (let m = TARGET_WORDS.exec(sentence); m; m = TARGET_WORDS.exec(sentence)) if (TARGETS.has(m[0])) keys.add('@' + m[0]);
  return [...keys];
}

const DATELINE = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+)*),/u;

interface StoryContext {
  /** The dateline's place ("PESHAWAR, 1 February 2023 — …"): where the story happens. */
  dateline: string | null;
  /** Places and targets of the headline ("… Peshawar mosque bombing …"). */
  headline: string[];
}

/** Incident keys a news story gives once for all its sentences; looked for in the first lines only. */
function storyContext(text: string): StoryContext {
  const lines = text.slice(0, 1200).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 4);
  const story: StoryContext = { dateline: null, headline: [] };
  if (lines.length === 0) return story;
  // A headline has no sentence-final period; a first line that reads as prose gives nothing.
  const headline = lines[0].trim();
  if (headline.length <= 200 && !/[.!]$/.test(headline)) story.headline = eventKeys(' ' + headline, [], null);
  for (const line of lines.slice(0, 3)) {
    const m = DATELINE.exec(line);
    if (m) {
      story.dateline = m[1].toLowerCase();
      break;
    }
  }
  return story;
}

/**
 * A toll sentence is about the story's place (its dateline), and takes the headline's places or
 * targets when it names none itself: "the death toll rose to 101" in a story headlined
 * "Death toll in Peshawar mosque bombing passes 100".
 */
function withStoryContext(keys: string[], story: StoryContext): string[] {
  const out = new Set(keys);
  if (story.dateline) out.add(story.dateline);
  const hasPlace = keys.some((k) => !k.startsWith('@'));
  const hasTarget = keys.some((k) => k.startsWith('@'));
  for (const k of story.headline) if (k.startsWith('@') ? !hasTarget : !hasPlace) out.add(k);
  return [...out];
}

/**
 * Whether two casualty claims can be about the same incident: they share a place and a target
 * ("Kabul" and "hotel"), or two places. Without that, tolls of different attacks are not compared.
 */
export function sameEvent(a: Claim, b: Claim): boolean {
  if (!a.event || !b.event) return false;
  let places = 0;
  let targets = 0;
  for (const k of a.event) if (b.event.includes(k)) k.startsWith('@') ? targets++ : places++;
  return (places >= 1 && targets >= 1) || places >= 2;
}

function tidyClaimant(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s"“”'‘’,]+|[\s"“”'‘’,]+$/g, '');
}

export type { MeasureClass };
