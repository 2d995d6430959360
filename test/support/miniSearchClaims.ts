/**
 * The claim search as it was written with MiniSearch 7 (BM25+), kept as the reference the claim
 * search's own postings must agree with (server/src/core/corpus/claimSearch.ts): the same query
 * terms, the same scores to the last bit, the same order.
 */
import MiniSearch from 'minisearch';
import type { ClaimHit } from '../../server/src/core/corpus/claimSearch';
import type { IndexedClaim, IndexedDocument, IndexObserver } from '../../server/src/core/corpus/corpusIndex';

/** Claims of one document that are searchable (ids are document number × this + claim index). */
const CLAIMS_PER_DOCUMENT = 4096;
/** Postings one query may touch (sum of its terms' document frequencies). */
const POSTINGS_BUDGET = 2_000;
const MAX_QUERY_TERMS = 10;

interface Entry {
  id: number;
  terms: string;
}

export class MiniSearchClaims implements IndexObserver {
  private search = MiniSearchClaims.create(this);
  /** uri -> number of the document's current analysis; number -> that analysis. */
  private readonly numbers = new Map<string, number>();
  private readonly docs = new Map<number, IndexedDocument>();
  private nextNumber = 1;
  /** Term -> claims containing it (for choosing query terms by rarity). */
  private readonly df = new Map<string, number>();
  private claims = 0;
  /** Terms some claims were indexed without, because they were in more claims than a query may touch. */
  private readonly incomplete = new Set<string>();

  private static create(search: MiniSearchClaims): MiniSearch<Entry> {
    return new MiniSearch<Entry>({
      fields: ['terms'],
      storeFields: [],
      idField: 'id',
      tokenize: (text) => text.split(' '),
      // When a claim is added (its terms already counted in `df`).
      processTerm: (term) => {
        if (!term) return null;
        if ((search.df.get(term) ?? 0) <= POSTINGS_BUDGET) return term;
        search.incomplete.add(term);
        return null;
      },
      searchOptions: { prefix: false, fuzzy: false, combineWith: 'OR', processTerm: (term) => term || null },
    });
  }

  /** Drops the postings of discarded claims now (MiniSearch does it in the background, or as a query meets them). */
  vacuum(): Promise<void> {
    return this.search.vacuum();
  }

  /** Number of searchable claims. */
  get size(): number {
    return this.claims;
  }

  added(doc: IndexedDocument): void {
    const number = this.nextNumber++;
    this.numbers.set(doc.uri, number);
    this.docs.set(number, doc);
    const n = Math.min(doc.claims.length, CLAIMS_PER_DOCUMENT);
    for (let i = 0; i < n; i++) {
      const terms = doc.claims[i].terms;
      if (!terms) continue;
      for (const t of terms.split(' ')) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.search.add({ id: number * CLAIMS_PER_DOCUMENT + i, terms });
      this.claims++;
    }
  }

  removed(doc: IndexedDocument): void {
    const number = this.numbers.get(doc.uri);
    if (number === undefined || this.docs.get(number) !== doc) return;
    this.numbers.delete(doc.uri);
    this.docs.delete(number);
    const n = Math.min(doc.claims.length, CLAIMS_PER_DOCUMENT);
    for (let i = 0; i < n; i++) {
      const terms = doc.claims[i].terms;
      if (!terms) continue;
      this.search.discard(number * CLAIMS_PER_DOCUMENT + i);
      for (const t of terms.split(' ')) {
        const left = (this.df.get(t) ?? 1) - 1;
        if (left > 0) this.df.set(t, left);
        else {
          // No claim has it any more: the next ones are indexed with it again.
          this.df.delete(t);
          this.incomplete.delete(t);
        }
      }
      this.claims--;
    }
  }

  cleared(): void {
    this.search = MiniSearchClaims.create(this);
    this.numbers.clear();
    this.docs.clear();
    this.df.clear();
    this.incomplete.clear();
    this.claims = 0;
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
      .map((t) => ({ t, df: this.df.get(t) ?? 0 }))
      .filter((x) => x.df >= minDf && !this.incomplete.has(x.t))
      .sort((a, b) => a.df - b.df);
    const query: string[] = [];
    let postings = 0;
    for (const { t, df } of ranked) {
      if (query.length >= MAX_QUERY_TERMS || postings + df > POSTINGS_BUDGET) break;
      query.push(t);
      postings += df;
    }
    if (query.length === 0) return [];
    let self = 0;
    const hits: { id: number; score: number }[] = [];
    for (const r of this.search.search(query.join(' '))) {
      const id = r.id as number;
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
