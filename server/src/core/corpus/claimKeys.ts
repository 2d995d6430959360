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
 * Layout of a document's records, one after the other in claim order:
 * [kind | flags << 3, speaker, subject count, subjects…, place count, places…], each string as a
 * number of this index's tables (speaker -1: none).
 */
import { CLAIM_KINDS, Claim } from '../claims/model';
import type { IndexedClaim, IndexedDocument, IndexObserver } from './corpusIndex';
import { speakerKey } from './peopleIndex';
import { StringTable } from './stringTable';

const FIGURES = 1;
const RELATION = 2;

/** Number of a claim kind (its place in `CLAIM_KINDS`; unknown kinds share the last number). */
function kindNumber(kind: string): number {
  const k = CLAIM_KINDS.indexOf(kind as Claim['kind']);
  return k < 0 ? CLAIM_KINDS.length : k;
}

/** Place keys of a claim's incident: its event keys that are not target words ("@mosque"). */
function placesOf(claim: Claim): string[] {
  return claim.event ? claim.event.filter((k) => !k.startsWith('@')) : [];
}

/** The records of every indexed document, kept up to date through `CorpusIndex.observe`. */
export class ClaimKeys implements IndexObserver {
  private readonly records = new Map<IndexedDocument, Int32Array>();
  /** Speaker keys, subjects and places share one table (they are only ever compared within a field). */
  private readonly strings = new StringTable();

  added(doc: IndexedDocument): void {
    const out: number[] = [];
    for (const claim of doc.claims) {
      // A claim given only its terms (the claim search alone needs no more) has no keys.
      const subjects = claim.subjects ?? [];
      const flags = (claim.figures?.length > 0 ? FIGURES : 0) | (claim.relation ? RELATION : 0);
      const speaker = speakerKey(doc, claim);
      out.push(kindNumber(claim.kind) | (flags << 3), speaker === null ? -1 : this.strings.intern(speaker), subjects.length);
      for (const s of subjects) out.push(this.strings.intern(s));
      const places = placesOf(claim);
      out.push(places.length);
      for (const p of places) out.push(this.strings.intern(p));
    }
    this.records.set(doc, Int32Array.from(out));
  }

  removed(doc: IndexedDocument): void {
    this.records.delete(doc);
  }

  cleared(): void {
    this.records.clear();
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

/** Whether the claim of the record at `at` has comparable figures (or a relation) of the probe's kind and, unless the probe has none, one of its subjects. */
export function mayCompare(records: Int32Array, at: number, probe: ClaimProbe): boolean {
  const head = records[at];
  if ((head & 7) !== probe.kind) return false;
  const flags = head >> 3;
  if (probe.relation ? (flags & RELATION) === 0 : !probe.figures || (flags & FIGURES) === 0) return false;
  return probe.anySubject || sharesAny(records, at + 3, records[at + 2], probe.subjects);
}

/**
 * Whether the claim of the record at `at` may be related to the probe's claim on something other
 * than the words of its passage: a shared place (the same incident), comparable figures, or the
 * same speaker on a shared subject. False means `relatedClaims` would drop it (without a similar
 * passage).
 */
export function mayRelate(records: Int32Array, at: number, probe: ClaimProbe): boolean {
  const subjects = at + 3;
  const places = subjects + records[at + 2];
  if (probe.places.length && sharesAny(records, places + 1, records[places], probe.places)) return true;
  if (probe.speaker >= 0 && records[at + 1] === probe.speaker && sharesAny(records, subjects, records[at + 2], probe.subjects)) return true;
  return mayCompare(records, at, probe);
}
