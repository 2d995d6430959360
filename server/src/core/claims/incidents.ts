/**
 * Which casualty claims are about the same incident: the place names and kind of target a toll
 * sentence gives, completed by the story's dateline place and its headline's places and targets.
 * Tolls of different attacks are never compared with each other.
 */
import type { DocumentModel } from '../text/document';
import type { Claim } from './model';

const TARGETS = new Set(['hotel', 'mosque', 'airport', 'school', 'centre', 'center', 'rally', 'convoy', 'checkpoint', 'market', 'shrine', 'church', 'temple', 'embassy', 'imambargah', 'compound', 'camp', 'university', 'bus', 'train', 'wedding', 'funeral', 'prison', 'base', 'gate', 'consulate', 'ministry', 'parliament', 'stadium', 'bazaar', 'hospital', 'station', 'lines', 'post']);
const NOT_PLACES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'at', 'in', 'on', 'some', 'most', 'more', 'president', 'minister', 'officials', 'official', 'police', 'army', 'islamic', 'state', 'at', 'least', 'suicide', 'death', 'toll', 'our', 'we', 'they', 'it', 'he', 'she']);
const CAPITALISED = /\b\p{Lu}[\p{L}'’-]+/gu;
const TARGET_WORDS = /\b[a-z]+\b/g;

/** Place names (capitalised words outside group names and the speaker) and target nouns of a sentence. */
export function eventKeys(sentence: string, items: readonly { start: number; end: number; anaphor: boolean }[], attribution: { start: number; end: number } | null): string[] {
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

export interface StoryContext {
  /** The dateline's place ("PESHAWAR, 1 February 2023 — …"): where the story happens. */
  dateline: string | null;
  /** Places and targets of the headline ("… Peshawar mosque bombing …"). */
  headline: string[];
}

/** Incident keys a news story gives once for all its sentences: its dateline's place and its headline's. */
export function storyContext(doc: DocumentModel): StoryContext {
  const headline = doc.blocks.find((b) => b.role === 'headline');
  const text = headline ? doc.text.slice(headline.contentStart, headline.end).trim() : '';
  return {
    dateline: doc.dateline ? doc.dateline.place.toLowerCase() : null,
    headline: text && text.length <= 200 && !/[.!]$/.test(text) ? eventKeys(' ' + text, [], null) : [],
  };
}

/**
 * A toll sentence is about the story's place (its dateline), and takes the headline's places or
 * targets when it names none itself: "the death toll rose to 101" in a story headlined
 * "Death toll in Peshawar mosque bombing passes 100".
 */
export function withStoryContext(keys: string[], story: StoryContext): string[] {
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

