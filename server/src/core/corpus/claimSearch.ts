/**
 * Full-text search over the passages of every claim in the corpus (BM25+ weighting, as MiniSearch
 * computes it), kept up to date document by document from the corpus index
 * (`CorpusIndex.observe`): a document's claims are added when it is analysed and removed when it
 * changes or goes. Indexes the terms computed at analysis time (`claimTerms.ts`), never the text.
 *
 * A query uses the claim's rarest terms only, while the documents containing them stay under a
 * budget of postings, so one search costs at most that many postings whatever the corpus size;
 * the common words it leaves out weigh little in BM25 anyway.
 *
 * A term in more claims than that budget can never be queried, so the index keeps no postings for
 * it beyond the budget: in a large corpus most postings are of such common terms. Scores do not
 * change: a claim's length counts all its terms, and every term a query can use has all its
 * postings. A term that went over the budget stays out of queries even if edits bring it back
 * under (its postings are incomplete).
 *
 * Terms are the process-wide term numbers the claims keep (`claimTerms.ts`, `packTerms`): adding a
 * document reads its claims' numbers, never a word, so the search is rebuilt at every start from
 * the index cache's numbers in a fraction of a second. Per term (indexed by its number) a document
 * frequency and typed-array postings (claim ids ascending, the claim's length, the term's count in
 * the claim only where some claim repeats it); a query scores them into flat arrays. The scores are MiniSearch's (7.x, which
 * this index replaced) to the last bit: the same BM25+ formula and parameters, the same running
 * average of claim lengths, the sum over the query's terms in their order times the number of
 * terms matched, ties in the order claims were first matched. One difference, deliberate: a
 * removed claim leaves every term's document frequency at once, where MiniSearch counted it until
 * its background vacuum (or a query of that term) dropped its postings.
 */
import { ClaimKeys } from './claimKeys';
import { decodeTerms, packTerms } from './claimTerms';
import { gathered, lengthened } from './columns';
import { StoredClaim } from './storedClaims';
import type { IndexedClaim, IndexedDocument, IndexObserver } from './corpusIndex';

/** Claims of one document that are searchable (ids are document number × this + claim index). */
const CLAIMS_PER_DOCUMENT = 4096;
/** Postings one query may touch (sum of its terms' document frequencies). */
const POSTINGS_BUDGET = 2_000;
const MAX_QUERY_TERMS = 10;
/** BM25+ parameters (MiniSearch's defaults): term frequency saturation, length normalisation, the lower bound of a matching term's weight. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Counts and lengths are small (a passage has at most 48 distinct terms): kept in 16 bits, capped there. */
const MAX_SMALL = 0xffff;

/**
 * One term's postings: claim ids ascending (claims are added in id order), with each claim's length
 * and the term's count in each. A claim's terms are distinct (`claimTerms.ts`), so counts are kept
 * only once some claim has the term twice (a claim given terms by hand): until then every count is 1.
 */
class TermPostings {
  ids = new Int32Array(2);
  lengths = new Uint16Array(2);
  counts: Uint16Array<ArrayBuffer> | null = null;
  size = 0;

  count(j: number): number {
    return this.counts === null ? 1 : this.counts[j];
  }

  /** One occurrence of the term in claim `id` (the newest claim, or the last one added). */
  add(id: number, length: number): void {
    const n = this.size;
    if (n > 0 && this.ids[n - 1] === id) {
      if (this.counts === null) {
        this.counts = new Uint16Array(this.ids.length);
        this.counts.fill(1, 0, n);
      }
      if (this.counts[n - 1] < MAX_SMALL) this.counts[n - 1]++;
      return;
    }
    if (n === this.ids.length) {
      this.ids = lengthened(this.ids, n * 2);
      this.lengths = lengthened(this.lengths, n * 2);
      if (this.counts !== null) this.counts = lengthened(this.counts, n * 2);
    }
    this.ids[n] = id;
    if (this.counts !== null) this.counts[n] = 1;
    this.lengths[n] = Math.min(length, MAX_SMALL);
    this.size = n + 1;
  }

  remove(id: number): void {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const v = this.ids[mid];
      if (v === id) {
        this.ids.copyWithin(mid, mid + 1, this.size);
        this.counts?.copyWithin(mid, mid + 1, this.size);
        this.lengths.copyWithin(mid, mid + 1, this.size);
        this.size--;
        return;
      }
      if (v < id) low = mid + 1;
      else high = mid - 1;
    }
  }
}

/** The packed terms of a claim (`claimTerms.ts`): the stored claim's own, else its words packed. */
function packedTermsOf(claim: IndexedClaim): string {
  if (claim instanceof StoredClaim) return claim.packedTerms ?? '';
  return claim.terms ? packTerms(claim.terms) : '';
}

/**
 * The claims one query matched, in the order first matched, with their running scores and the
 * number of query terms each has. Typed arrays kept from one query to the next (a query empties the
 * table's places), so scoring allocates nothing once they are large enough.
 */
class Matches {
  size = 0;
  ids = new Int32Array(64);
  sums = new Float64Array(64);
  matched = new Int32Array(64);
  /** Room for the caller's selection among the matches (slots and their scores). */
  picked = new Int32Array(64);
  pickedScores = new Float64Array(64);
  /** Open addressing: ids (0: an empty place; ids are positive) and their slots, at least twice as many places as ids. */
  private keys = new Int32Array(128);
  private slots = new Int32Array(128);

  /** Empties the table for a query touching at most `postings` postings. */
  reset(postings: number): void {
    this.size = 0;
    if (postings <= this.ids.length) {
      this.keys.fill(0);
      return;
    }
    let capacity = this.ids.length;
    while (capacity < postings) capacity *= 2;
    this.ids = new Int32Array(capacity);
    this.sums = new Float64Array(capacity);
    this.matched = new Int32Array(capacity);
    this.picked = new Int32Array(capacity);
    this.pickedScores = new Float64Array(capacity);
    this.keys = new Int32Array(capacity * 2);
    this.slots = new Int32Array(capacity * 2);
  }

  add(id: number, score: number, first: boolean): void {
    const mask = this.keys.length - 1;
    let at = Math.imul(id, 0x9e3779b1) & mask;
    while (this.keys[at] !== 0 && this.keys[at] !== id) at = (at + 1) & mask;
    if (this.keys[at] === 0) {
      this.keys[at] = id;
      this.slots[at] = this.size;
      this.ids[this.size] = id;
      this.sums[this.size] = score;
      this.matched[this.size] = first ? 1 : 0;
      this.size++;
    } else {
      const slot = this.slots[at];
      this.sums[slot] = this.sums[slot] + score;
      if (first) this.matched[slot]++;
    }
  }
}

export interface ClaimHit {
  doc: IndexedDocument;
  claim: IndexedClaim;
  /** BM25 score relative to the query claim's own score (about 0..1; 1 = as similar as itself). */
  similarity: number;
}

/** `length` doubled until it holds `size`. */
function capacityFor(size: number, length: number): number {
  let capacity = Math.max(1, length) * 2;
  while (capacity < size) capacity *= 2;
  return capacity;
}

export class ClaimSearch implements IndexObserver {
  /**
   * Everything per term is indexed by the term's process-wide number (`termNumbers`): its postings
   * (none for a term that never had a claim under the budget), the number of claims containing it
   * (for choosing query terms by rarity), and whether some claims were indexed without it because it
   * was in more claims than a query may touch.
   */
  private postings: (TermPostings | undefined)[] = [];
  private df = new Int32Array(1024);
  private incomplete = new Uint8Array(1024);
  /** Average length (distinct terms) of the searchable claims, kept as MiniSearch kept it. */
  private averageLength = 0;
  /** uri -> number of the document's current analysis; number -> that analysis. */
  private readonly numbers = new Map<string, number>();
  private readonly docs = new Map<number, IndexedDocument>();
  private nextNumber = 1;
  private claims = 0;
  /** A claim's term numbers while it is added or removed, and a stamp per term to count distinct ones. */
  private scratch = new Int32Array(64);
  private stamps = new Int32Array(1024);
  private stamp = 0;
  /** What else can tie claims together (kind, figures, speaker, subjects, places), per document, for related claims. */
  readonly keys = new ClaimKeys();
  /** What a query matched (`score`), reused by the next query. */
  private readonly matches = new Matches();
  /**
   * The last answer of `similar`, until the index changes: the claims of one sentence (a statement
   * and the casualty claim it carries) have the same passage, so one hover asks the same question
   * once per claim.
   */
  private lastAnswer: { uri: string; terms: string; indexed: boolean; limit: number; hits: readonly ClaimHit[] } | null = null;

  /** Number of searchable claims. */
  get size(): number {
    return this.claims;
  }

  /**
   * Room for term numbers below `size` in the per-term arrays. Each grows on its own: `cleared`
   * starts the counts afresh while the stamps keep their size (a rebuild of the index).
   */
  private reserve(size: number): void {
    if (size > this.df.length) {
      this.df = lengthened(this.df, capacityFor(size, this.df.length));
      this.incomplete = lengthened(this.incomplete, this.df.length);
    }
    if (size > this.stamps.length) this.stamps = lengthened(this.stamps, capacityFor(size, this.stamps.length));
  }

  /** The term numbers of claim `claim` into `this.scratch`; returns how many, and how many distinct. */
  private termsOf(claim: IndexedClaim): { count: number; distinct: number } {
    const packed = packedTermsOf(claim);
    if (!packed) return { count: 0, distinct: 0 };
    const { count, numbers } = decodeTerms(packed, this.scratch);
    this.scratch = numbers;
    let top = 0;
    for (let k = 0; k < count; k++) if (numbers[k] >= top) top = numbers[k] + 1;
    this.reserve(top);
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    let distinct = 0;
    for (let k = 0; k < count; k++) {
      if (this.stamps[numbers[k]] !== this.stamp) {
        this.stamps[numbers[k]] = this.stamp;
        distinct++;
      }
    }
    return { count, distinct };
  }

  added(doc: IndexedDocument): void {
    this.lastAnswer = null;
    this.keys.added(doc);
    const number = this.nextNumber++;
    this.numbers.set(doc.uri, number);
    this.docs.set(number, doc);
    const claims = doc.claims;
    const n = Math.min(claims.length, CLAIMS_PER_DOCUMENT);
    for (let i = 0; i < n; i++) {
      const { count, distinct: length } = this.termsOf(claims[i]);
      if (count === 0) continue;
      const tokens = this.scratch;
      const df = this.df;
      for (let k = 0; k < count; k++) df[tokens[k]]++;
      const id = number * CLAIMS_PER_DOCUMENT + i;
      this.averageLength = (this.averageLength * this.claims + length) / (this.claims + 1);
      this.claims++;
      for (let k = 0; k < count; k++) {
        const t = tokens[k];
        if (df[t] > POSTINGS_BUDGET) {
          this.incomplete[t] = 1;
          continue;
        }
        let posting = this.postings[t];
        if (!posting) {
          while (this.postings.length < t) this.postings.push(undefined);
          this.postings[t] = posting = new TermPostings();
        }
        posting.add(id, length);
      }
    }
  }

  removed(doc: IndexedDocument): void {
    this.lastAnswer = null;
    this.keys.removed(doc);
    const number = this.numbers.get(doc.uri);
    if (number === undefined || this.docs.get(number) !== doc) return;
    this.numbers.delete(doc.uri);
    this.docs.delete(number);
    const claims = doc.claims;
    const n = Math.min(claims.length, CLAIMS_PER_DOCUMENT);
    for (let i = 0; i < n; i++) {
      const { count, distinct: length } = this.termsOf(claims[i]);
      if (count === 0) continue;
      const tokens = this.scratch;
      const id = number * CLAIMS_PER_DOCUMENT + i;
      this.averageLength = this.claims === 1 ? 0 : (this.averageLength * this.claims - length) / (this.claims - 1);
      for (let k = 0; k < count; k++) {
        const t = tokens[k];
        const posting = this.postings[t];
        if (posting) {
          posting.remove(id);
          if (posting.size === 0) this.postings[t] = undefined;
        }
        if (this.df[t] > 1) this.df[t]--;
        else {
          // No claim has it any more: the next ones are indexed with it again.
          this.df[t] = 0;
          this.incomplete[t] = 0;
        }
      }
      this.claims--;
    }
  }

  /**
   * Cuts every term's postings to their length (they grow by doubling: about a quarter of their
   * memory is room), once a full indexing run has stored its documents; a later edit grows them again.
   */
  trim(): void {
    // Cut to length into one buffer per column, each posting keeping a view of its part (as the
    // index's columns, corpusIndex.ts gatherColumns): one large buffer is mapped on its own, where
    // thousands of small ones allocated last would stay at the top of the allocator's arena.
    this.keys.gather();
    const postings = this.postings.filter((p): p is TermPostings => p !== undefined);
    const ids = gathered(postings.map((p) => p.ids.subarray(0, p.size)));
    const lengths = gathered(postings.map((p) => p.lengths.subarray(0, p.size)));
    postings.forEach((p, i) => {
      p.ids = ids[i];
      p.lengths = lengths[i];
    });
    const counted = postings.filter((p) => p.counts !== null);
    const counts = gathered(counted.map((p) => p.counts!.subarray(0, p.size)));
    counted.forEach((p, i) => (p.counts = counts[i]));
  }

  cleared(): void {
    this.lastAnswer = null;
    this.keys.cleared();
    this.postings = [];
    this.averageLength = 0;
    this.numbers.clear();
    this.docs.clear();
    this.df = new Int32Array(1024);
    this.incomplete = new Uint8Array(1024);
    this.claims = 0;
  }

  /**
   * Claims whose passages share the rarest terms of `claim`'s (of the document `uri`), most
   * similar first, at most `limit`, the claim's own document left out.
   */
  similar(uri: string, claim: IndexedClaim, limit: number): ClaimHit[] {
    const terms = limit > 0 ? packedTermsOf(claim) : '';
    if (!terms) return [];
    const own = this.numbers.get(uri);
    const ownDoc = own === undefined ? undefined : this.docs.get(own);
    const ownIndex = ownDoc ? ownDoc.claims.indexOf(claim) : -1;
    const ownId = own !== undefined && ownIndex >= 0 && ownIndex < CLAIMS_PER_DOCUMENT ? own * CLAIMS_PER_DOCUMENT + ownIndex : -1;
    // The hits leave the whole document out and the claim's own score depends on its terms alone:
    // another claim of the same passage gets the same answer.
    const last = this.lastAnswer;
    if (last && last.uri === uri && last.terms === terms && last.indexed === ownId >= 0 && last.limit === limit) return last.hits.slice();
    // A term only the claim itself has finds nothing else.
    const minDf = ownId >= 0 ? 2 : 1;
    const { count, numbers } = decodeTerms(terms, new Int32Array(64));
    const ranked: { t: number; df: number }[] = [];
    for (let k = 0; k < count; k++) {
      const t = numbers[k];
      const df = t < this.df.length ? this.df[t] : 0;
      if (df >= minDf && this.incomplete[t] === 0) ranked.push({ t, df });
    }
    ranked.sort((a, b) => a.df - b.df);
    const query: number[] = [];
    let postings = 0;
    for (const { t, df } of ranked) {
      if (query.length >= MAX_QUERY_TERMS || postings + df > POSTINGS_BUDGET) break;
      query.push(t);
      postings += df;
    }
    if (query.length === 0) return [];
    const hits = this.best(query, own, ownId, limit);
    this.lastAnswer = { uri, terms, indexed: ownId >= 0, limit, hits };
    return hits.slice();
  }

  /** The `limit` best claims for `query` outside document `own`, scaled by the score of claim `ownId`. */
  private best(query: readonly number[], own: number | undefined, ownId: number, limit: number): ClaimHit[] {
    const { ids, sums: scores, size: n, picked: kept, pickedScores: keptScores } = this.score(query);
    let self = 0;
    let m = 0;
    for (let slot = 0; slot < n; slot++) {
      const id = ids[slot];
      if (id === ownId) self = scores[slot];
      else if (Math.floor(id / CLAIMS_PER_DOCUMENT) !== own) {
        kept[m] = slot;
        keptScores[m++] = scores[slot];
      }
    }
    // Only the best `limit` are returned: the limit-th best score (a numeric sort finds it) bounds
    // the claims ordered, instead of every claim matched.
    const cut = m > limit ? keptScores.subarray(0, m).sort()[m - limit] : -Infinity;
    const hits: number[] = [];
    for (let i = 0; i < m; i++) if (scores[kept[i]] >= cut) hits.push(kept[i]);
    // Best first; equal scores in the order the claims were first matched.
    hits.sort((a, b) => scores[b] - scores[a] || a - b);
    // Without its own entry (not indexed yet), the best hit stands in as the scale.
    const scale = self || (hits.length ? scores[hits[0]] : 0) || 1;
    const out: ClaimHit[] = [];
    for (const slot of hits) {
      if (out.length >= limit) break;
      const id = ids[slot];
      const doc = this.docs.get(Math.floor(id / CLAIMS_PER_DOCUMENT));
      // One claim made, not the document's list.
      const c = doc?.claimAt(id % CLAIMS_PER_DOCUMENT);
      if (doc && c) out.push({ doc, claim: c, similarity: Math.min(1, scores[slot] / scale) });
    }
    return out;
  }

  /**
   * BM25+ of every claim with one of the `query` terms: the sum of its terms' scores, in query
   * order, times the number of distinct query terms it has; claims in the order first matched
   * (`this.matches`, valid until the next query).
   */
  private score(query: readonly number[]): Matches {
    const total = this.claims;
    const average = this.averageLength;
    let postings = 0;
    for (const term of query) postings += this.postings[term]?.size ?? 0;
    const m = this.matches;
    m.reset(postings);
    for (let q = 0; q < query.length; q++) {
      const posting = this.postings[query[q]];
      if (!posting) continue;
      // A term the query repeats adds its score again, not to the count of terms matched.
      const first = query.indexOf(query[q]) === q;
      const n = posting.size;
      const idf = Math.log(1 + (total - n + 0.5) / (n + 0.5));
      for (let j = 0; j < n; j++) {
        const tf = posting.count(j);
        m.add(posting.ids[j], idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * posting.lengths[j]) / average))), first);
      }
    }
    for (let i = 0; i < m.size; i++) m.sums[i] *= m.matched[i] || 1;
    return m;
  }
}
