/**
 * What can tie two claims together besides the words of their passages, per claim, as flat integer
 * records made once when a document is indexed (and dropped when it changes or goes): the claim's
 * kind, whether it has figures or states a relation, its speaker (`speakerKey`), its subjects and
 * the places of its incident (`Claim.event` without the target words).
 *
 * Related claims (`relatedClaims.ts`) read these records to pass over, without touching the claim
 * objects, the claims of the candidate documents that no feature can tie to the claim asked about
 * (most claims of a frequent group's documents): a claim not among the search's hits is related
 * only for the same incident (which needs a shared place), comparable figures (the same kind,
 * figures or relations on both sides, a shared subject) or the same speaker on a shared subject.
 * The records only rule out; whatever they let through is scored exactly as before.
 *
 * Each document's records start with a summary of them all, so a document none of whose claims
 * can pass is passed over whole: which kinds have figures, figures of strength (anything but a
 * toll: tolls are compared only for the same incident, which needs a shared place) or relations,
 * and 64-bit Bloom filters of its places and speakers. Then the records, one after the other in
 * claim order: [kind | flags << 3, speaker, subject count, subjects…, place count, places…], each
 * string as a number of this index's tables (speaker -1: none).
 */
import { gathered, keptColumn } from './columns';
import { isToll } from '../claims/agreement';
import { CLAIM_KINDS, Claim } from '../claims/model';
import type { IndexedClaim, IndexedDocument, IndexObserver } from './corpusIndex';
import { speakerKey } from './peopleIndex';
import { StringTable } from './stringTable';

const FIGURES = 1;
const RELATION = 2;
/** A figure other than a toll (killed, injured): compared whatever the incident. */
const STRENGTH = 4;

/** Summary at the start of a document's records: [kinds with figures, with strength figures, with relations (bit per kind), places (2 words), speakers (2 words)]. */
const SUMMARY = 7;
/** Offset of a document's first claim record. */
export const FIRST_RECORD = SUMMARY;

/** Sets the Bloom filter bit of table number `n` in the two words at `at`. */
function addBit(out: number[], at: number, n: number): void {
  out[at + ((n >> 5) & 1)] |= 1 << (n & 31);
}

function hasBit(words: Int32Array, at: number, n: number): boolean {
  return (words[at + ((n >> 5) & 1)] & (1 << (n & 31))) !== 0;
}

/** Number of a claim kind (its place in `CLAIM_KINDS`; unknown kinds share the last number). */
function kindNumber(kind: string): number {
  const k = CLAIM_KINDS.indexOf(kind as Claim['kind']);
  return k < 0 ? CLAIM_KINDS.length : k;
}

/** Whether an event key of a claim's incident is a place (target words are "@mosque"). */
const isPlace = (key: string) => !key.startsWith('@');

/** Place keys of a claim's incident: its event keys that are not target words. */
function placesOf(claim: Claim): string[] {
  return claim.event ? claim.event.filter(isPlace) : [];
}

/** The records of every indexed document, kept up to date through `CorpusIndex.observe`. */
export class ClaimKeys implements IndexObserver {
  private readonly records = new Map<IndexedDocument, Int32Array>();
  /** Speaker keys, subjects and places share one table (they are only ever compared within a field). */
  private readonly strings = new StringTable();

  added(doc: IndexedDocument): void {
    const out: number[] = new Array<number>(SUMMARY).fill(0);
    for (const claim of doc.claims) {
      // A claim given only its terms (the claim search alone needs no more) has no keys.
      const subjects = claim.subjects ?? [];
      const figures = claim.figures ?? [];
      let flags = (figures.length > 0 ? FIGURES : 0) | (claim.relation ? RELATION : 0);
      for (let i = 0; i < figures.length; i++) if (!isToll(figures[i].measure)) flags |= STRENGTH;
      const kind = kindNumber(claim.kind);
      if (flags & FIGURES) out[0] |= 1 << kind;
      if (flags & STRENGTH) out[1] |= 1 << kind;
      if (flags & RELATION) out[2] |= 1 << kind;
      const key = speakerKey(doc, claim);
      const speaker = key === null ? -1 : this.strings.intern(key);
      if (speaker >= 0) addBit(out, 5, speaker);
      out.push(kind | (flags << 3), speaker, subjects.length);
      for (const s of subjects) out.push(this.strings.intern(s));
      // The places of its incident (`placesOf`, without making the list).
      const count = out.length;
      out.push(0);
      for (const p of claim.event ?? []) {
        if (!isPlace(p)) continue;
        const n = this.strings.intern(p);
        addBit(out, 3, n);
        out.push(n);
        out[count]++;
      }
    }
    // Long-lived: kept in a shared chunk (columns.ts), not a small buffer of its own.
    this.records.set(doc, keptColumn(out));
  }

  removed(doc: IndexedDocument): void {
    this.records.delete(doc);
  }

  cleared(): void {
    this.records.clear();
  }

  /**
   * Gathers every document's records into one buffer, each keeping a view of its part (after a full
   * run, with the index's columns: the chunks they were made in are then given back whole).
   */
  gather(): void {
    const docs = [...this.records.keys()];
    const views = gathered([...this.records.values()]);
    docs.forEach((doc, i) => this.records.set(doc, views[i]));
  }

  /** The records of an indexed document (undefined for one not indexed, or since replaced). */
  of(doc: IndexedDocument): Int32Array | undefined {
    return this.records.get(doc);
  }

  /** Number of documents with records (for tests). */
  get size(): number {
    return this.records.size;
  }

  /** What the records of other claims are tested against, for `claim` of `doc`. */
  probe(claim: IndexedClaim, speaker: string | null): ClaimProbe {
    const known = (values: readonly string[]) => Int32Array.from(values.map((v) => this.strings.find(v)).filter((n) => n >= 0));
    return {
      kind: kindNumber(claim.kind),
      relation: !!claim.relation,
      figures: claim.figures.length > 0,
      strength: claim.figures.some((f) => !isToll(f.measure)),
      anySubject: claim.subjects.length === 0,
      subjects: known(claim.subjects),
      // Unknown to the table: no other claim has it.
      speaker: speaker ? this.strings.find(speaker) : -1,
      places: known(placesOf(claim)),
    };
  }
}

/** A claim as its records would say, to test other claims' records against. */
export interface ClaimProbe {
  kind: number;
  relation: boolean;
  figures: boolean;
  /** Whether the claim has a figure other than a toll. */
  strength: boolean;
  /** Whether the claim has no subjects (then any subject will do for comparable figures). */
  anySubject: boolean;
  subjects: Int32Array;
  /** -1: none (or one no other claim has). */
  speaker: number;
  places: Int32Array;
}

/** Offset of the record after the one at `at`. */
export function nextRecord(records: Int32Array, at: number): number {
  const places = at + 3 + records[at + 2];
  return places + 1 + records[places];
}

function sharesAny(records: Int32Array, from: number, count: number, values: Int32Array): boolean {
  for (let i = from; i < from + count; i++) for (let j = 0; j < values.length; j++) if (records[i] === values[j]) return true;
  return false;
}

/**
 * Whether the claim of the record at `at` has figures (or a relation) of the probe's kind that can
 * be compared with the probe's, and, unless the probe has none, one of its subjects. Tolls are
 * compared only for the same incident, which needs a shared place: two claims whose only common
 * measures are tolls and that share no place cannot compare.
 */
export function mayCompare(records: Int32Array, at: number, probe: ClaimProbe): boolean {
  const head = records[at];
  if ((head & 7) !== probe.kind) return false;
  const flags = head >> 3;
  if (probe.relation) {
    if ((flags & RELATION) === 0) return false;
  } else {
    if (!probe.figures || (flags & FIGURES) === 0) return false;
    if (!(probe.strength && flags & STRENGTH) && !sharesPlace(records, at, probe)) return false;
  }
  return probe.anySubject || sharesAny(records, at + 3, records[at + 2], probe.subjects);
}

function sharesPlace(records: Int32Array, at: number, probe: ClaimProbe): boolean {
  if (probe.places.length === 0) return false;
  const places = at + 3 + records[at + 2];
  return sharesAny(records, places + 1, records[places], probe.places);
}

function mayHavePlace(records: Int32Array, probe: ClaimProbe): boolean {
  for (let j = 0; j < probe.places.length; j++) if (hasBit(records, 3, probe.places[j])) return true;
  return false;
}

/** Whether any claim of a document (its records) may pass `mayCompare`: false rules out every one. */
export function documentMayCompare(records: Int32Array, probe: ClaimProbe): boolean {
  const bit = 1 << probe.kind;
  if (probe.relation) return (records[2] & bit) !== 0;
  if (!probe.figures || (records[0] & bit) === 0) return false;
  return (probe.strength && (records[1] & bit) !== 0) || mayHavePlace(records, probe);
}

/** Whether any claim of a document (its records) may pass `mayRelate`: false rules out every one. */
export function documentMayRelate(records: Int32Array, probe: ClaimProbe): boolean {
  if (mayHavePlace(records, probe)) return true;
  if (probe.speaker >= 0 && hasBit(records, 5, probe.speaker)) return true;
  return documentMayCompare(records, probe);
}

/**
 * Whether the claim of the record at `at` may be related to the probe's claim on something other
 * than the words of its passage: a shared place (the same incident), comparable figures, or the
 * same speaker on a shared subject. False means `relatedClaims` would drop it (without a similar
 * passage).
 */
export function mayRelate(records: Int32Array, at: number, probe: ClaimProbe): boolean {
  const subjects = at + 3;
  if (sharesPlace(records, at, probe)) return true;
  if (probe.speaker >= 0 && records[at + 1] === probe.speaker && sharesAny(records, subjects, records[at + 2], probe.subjects)) return true;
  return mayCompare(records, at, probe);
}
