/**
 * Full-text search over the passages of every claim in the corpus (BM25+ weighting, as MiniSearch
 * computes it), kept up to date document by document from the corpus index
 * (`CorpusIndex.observe`): a document's claims are added when it is analysed and dropped when it
 * changes or goes. Indexes the terms computed at analysis time (`claimTerms.ts`), never the text.
 *
 * Kept compact: one posting list per term as an Int32Array of claim slots in the order claims
 * were added, per-slot columns (the claim's id, its number of distinct terms, whether it is live),
 * and the live document frequency per term. A dropped claim's slot stays in its postings until
 * dead slots outnumber live ones; then everything is rebuilt from the live documents in the order
 * they were added, which is exactly the state those additions would have made.
 *
 * A query uses the claim's rarest terms only, while the documents containing them stay under a
 * budget of postings, so one search costs at most that many postings whatever the corpus size;
 * the common words it leaves out weigh little in BM25 anyway.
 */
import type { IndexedClaim, IndexedDocument, IndexObserver } from './corpusIndex';

/** Claims of one document that are searchable (ids are document number × this + claim index). */
const CLAIMS_PER_DOCUMENT = 4096;
/** Postings one query may touch (sum of its terms' document frequencies). */
const POSTINGS_BUDGET = 2_000;
const MAX_QUERY_TERMS = 10;
/** BM25+ parameters (MiniSearch's defaults). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface ClaimHit {
  doc: IndexedDocument;
  claim: IndexedClaim;
  /** BM25 score relative to the query claim's own score (about 0..1; 1 = as similar as itself). */
  similarity: number;
}

interface Term {
  /** Slots of the claims holding the term, in the order they were added (dead ones included). */
  postings: Int32Array;
  size: number;
  /** Live claims holding the term (its document frequency). */
  live: number;
}

export class ClaimSearch implements IndexObserver {
  private terms = new Map<string, Term>();
  /** uri -> number of the document's current analysis; number -> that analysis (in the order added). */
  private readonly numbers = new Map<string, number>();
  private readonly docs = new Map<number, IndexedDocument>();
  /** Document number -> slots of its claims. */
  private readonly slotsOf = new Map<number, number[]>();
  private nextNumber = 1;
  /** Per slot: the claim's id (document number × CLAIMS_PER_DOCUMENT + index), distinct terms, live. */
  private slotId = new Float64Array(1024);
  private slotLength = new Uint16Array(1024);
  private slotLive = new Uint8Array(1024);
  private slots = 0;
  private claims = 0;
  private dead = 0;
  /** Mean number of distinct terms of the live claims, updated as MiniSearch updates it. */
  private averageLength = 0;
  /** Scratch for queries: score and matched query terms per slot (reused). */
  private scores = new Float64Array(1024);
  private matched = new Uint8Array(1024);

  /** Number of searchable claims. */
  get size(): number {
    return this.claims;
  }

  added(doc: IndexedDocument): void {
    const number = this.nextNumber++;
    this.numbers.set(doc.uri, number);
    this.docs.set(number, doc);
    this.addClaims(number, doc);
  }

  private addClaims(number: number, doc: IndexedDocument): void {
    const slots: number[] = [];
    const n = Math.min(doc.claims.length, CLAIMS_PER_DOCUMENT);
    for (let i = 0; i < n; i++) {
      const text = doc.claims[i].terms;
      if (!text) continue;
      const words = text.split(' ');
      const distinct = new Set(words);
      const slot = this.newSlot(number * CLAIMS_PER_DOCUMENT + i, distinct.size);
      slots.push(slot);
      for (const word of distinct) {
        let term = this.terms.get(word);
        if (!term) this.terms.set(word, (term = { postings: new Int32Array(2), size: 0, live: 0 }));
        if (term.size === term.postings.length) {
          const grown = new Int32Array(term.size * 2);
          grown.set(term.postings);
          term.postings = grown;
        }
        term.postings[term.size++] = slot;
        term.live++;
      }
    }
    this.slotsOf.set(number, slots);
  }

  private newSlot(id: number, length: number): number {
    const slot = this.slots++;
    if (slot === this.slotLength.length) {
      const ids = new Float64Array(slot * 2);
      ids.set(this.slotId);
      this.slotId = ids;
      const lengths = new Uint16Array(slot * 2);
      lengths.set(this.slotLength);
      this.slotLength = lengths;
      const live = new Uint8Array(slot * 2);
      live.set(this.slotLive);
      this.slotLive = live;
    }
    this.slotId[slot] = id;
    this.slotLength[slot] = Math.min(length, 0xffff);
    this.slotLive[slot] = 1;
    this.averageLength = (this.averageLength * this.claims + length) / (this.claims + 1);
    this.claims++;
    return slot;
  }

  removed(doc: IndexedDocument): void {
    const number = this.numbers.get(doc.uri);
    if (number === undefined || this.docs.get(number) !== doc) return;
    this.numbers.delete(doc.uri);
    this.docs.delete(number);
    for (const slot of this.slotsOf.get(number) ?? []) {
      this.slotLive[slot] = 0;
      const length = this.slotLength[slot];
      this.averageLength = this.claims === 1 ? 0 : (this.averageLength * this.claims - length) / (this.claims - 1);
      this.claims--;
      this.dead++;
      for (const word of new Set(doc.claims[this.slotId[slot] % CLAIMS_PER_DOCUMENT].terms!.split(' '))) {
        const term = this.terms.get(word)!;
        term.live--;
      }
    }
    this.slotsOf.delete(number);
    if (this.dead > 1024 && this.dead > this.claims) this.rebuild();
  }

  cleared(): void {
    this.numbers.clear();
    this.docs.clear();
    this.reset();
  }

  private reset(): void {
    this.terms = new Map();
    this.slotsOf.clear();
    this.slotId = new Float64Array(1024);
    this.slotLength = new Uint16Array(1024);
    this.slotLive = new Uint8Array(1024);
    this.slots = 0;
    this.claims = 0;
    this.dead = 0;
    this.averageLength = 0;
  }

  /** Drops the dead slots: the live documents' claims again, in the order they were added. */
  private rebuild(): void {
    this.reset();
    for (const [number, doc] of this.docs) this.addClaims(number, doc);
  }

  /**
   * Claims whose passages share the rarest terms of `claim`'s (of the document `uri`), most
   * similar first, at most `limit`, the claim's own document left out.
   */
  similar(uri: string, claim: IndexedClaim, limit: number): ClaimHit[] {
    if (!claim.terms || limit <= 0) return [];
    const own = this.numbers.get(uri);
    const ownDoc = own === undefined ? undefined : this.docs.get(own);
    const ownIndex = ownDoc ? ownDoc.claims.indexOf(claim) : -1;
    const ownId = own !== undefined && ownIndex >= 0 && ownIndex < CLAIMS_PER_DOCUMENT ? own * CLAIMS_PER_DOCUMENT + ownIndex : -1;
    // A term only the claim itself has finds nothing else.
    const minDf = ownId >= 0 ? 2 : 1;
    const ranked = claim.terms
      .split(' ')
      .map((t) => ({ t, df: this.terms.get(t)?.live ?? 0 }))
      .filter((x) => x.df >= minDf)
      .sort((a, b) => a.df - b.df);
    const query: string[] = [];
    let postings = 0;
    for (const { t, df } of ranked) {
      if (query.length >= MAX_QUERY_TERMS || postings + df > POSTINGS_BUDGET) break;
      if (!query.includes(t)) query.push(t);
      postings += df;
    }
    if (query.length === 0) return [];
    // BM25+ per term and claim, summed over the query terms, times the number of terms matched;
    // claims in the order a term first reached them (the order ties keep).
    if (this.scores.length < this.slots) {
      this.scores = new Float64Array(this.slotLength.length);
      this.matched = new Uint8Array(this.slotLength.length);
    }
    const touched: number[] = [];
    for (const word of query) {
      const term = this.terms.get(word);
      if (!term || term.live === 0) continue;
      const idf = Math.log(1 + (this.claims - term.live + 0.5) / (term.live + 0.5));
      for (let p = 0; p < term.size; p++) {
        const slot = term.postings[p];
        if (!this.slotLive[slot]) continue;
        // A claim's terms are distinct (claimTerms.ts), so a term's frequency in it is 1.
        const score = idf * (D + (K + 1) / (1 + K * (1 - B + (B * this.slotLength[slot]) / this.averageLength)));
        if (this.matched[slot] === 0) touched.push(slot);
        this.scores[slot] += score;
        this.matched[slot]++;
      }
    }
    const results = touched.map((slot) => ({ slot, score: this.scores[slot] * this.matched[slot] }));
    for (const slot of touched) {
      this.scores[slot] = 0;
      this.matched[slot] = 0;
    }
    results.sort((a, b) => b.score - a.score);
    let self = 0;
    const hits: { id: number; score: number }[] = [];
    for (const r of results) {
      const id = this.slotId[r.slot];
      if (id === ownId) self = r.score;
      else if (Math.floor(id / CLAIMS_PER_DOCUMENT) !== own) hits.push({ id, score: r.score });
    }
    // Without its own entry (not indexed yet), the best hit stands in as the scale.
    const scale = self || hits[0]?.score || 1;
    const out: ClaimHit[] = [];
    for (const h of hits) {
      if (out.length >= limit) break;
      const doc = this.docs.get(Math.floor(h.id / CLAIMS_PER_DOCUMENT));
      const c = doc?.claims[h.id % CLAIMS_PER_DOCUMENT];
      if (doc && c) out.push({ doc, claim: c, similarity: Math.min(1, h.score / scale) });
    }
    return out;
  }
}
