/**
 * Claims and people as the index keeps them: one class each, so every claim shares one hidden
 * class (an object spread per claim made a hidden class per claim: about 330 bytes each), ranges
 * kept as four numbers and made into objects only when asked for, and repeated values shared
 * (subject lists, claimants, speakers, figures, dates, triggers, names, and the packed terms: the
 * claims of one sentence have one passage, and reporting repeats passages across documents).
 *
 * Shared values are frozen: the index hands them out to every feature, and none may change them.
 */
import { CLAIM_KINDS, RELATION_TYPES, STATEMENT_FORMS } from '../claims/model';
import type { Claim, ClaimKind, Figure, Relation, Speaker, StatementForm } from '../claims/model';
import { packTerms, packedTermsValid, translatePackedTerms, unpackTerms } from './claimTerms';
import type { Cooccurrence } from './passages';
import { columnSpace, gathered, newColumnChunk } from './columns';
import type { PersonEntity, PersonMention } from '../people/people';
import type { LineIndex, Range } from '../text/positions';

/**
 * Canonical copies of repeated values. Only an optimisation: when the table is full it starts
 * again (values already shared stay shared; new ones are shared from then on), so it never grows
 * without bound in a long session.
 */
const MAX_SHARED = 200_000;
let strings = new Map<string, string>();
let composites = new Map<string, unknown>();
/**
 * Composites of few parts, looked up part by part in nested maps (parts are shared strings or
 * numbers, whose hashes are cached): no key string is built per value, which made loading the
 * index cache spend a tenth of its time concatenating and hashing keys.
 */
type Nested = Map<unknown, unknown>;
let nested = new Map<string, Nested>();
let nestedCount = 0;

function shareParts<T>(kind: string, parts: readonly unknown[], make: () => T): T {
  let map = nested.get(kind);
  if (!map) nested.set(kind, (map = new Map()));
  const last = parts.length - 1;
  for (let i = 0; i < last; i++) {
    let next = map.get(parts[i]) as Nested | undefined;
    if (!next) map.set(parts[i], (next = new Map()));
    map = next;
  }
  let value = map.get(parts[last]) as T | undefined;
  if (value === undefined) {
    if (nestedCount >= MAX_SHARED) {
      nested = new Map();
      nestedCount = 0;
      return shareParts(kind, parts, make);
    }
    value = make();
    map.set(parts[last], value);
    nestedCount++;
  }
  return value;
}

/**
 * Composite values of any number of parts (lists, people's forms), keyed by a string made of
 * already shared strings only: a key made from a slice of a document would keep that whole
 * document's text alive. Values of a fixed number of parts go through `shareParts`.
 */
function share<T>(key: string, make: () => T): T {
  let value = composites.get(key) as T | undefined;
  if (value === undefined) {
    if (composites.size >= MAX_SHARED) composites = new Map();
    value = make();
    composites.set(key, value);
  }
  return value;
}

/**
 * Forgets the canonical copies (values already shared stay shared): after a full indexing run
 * the tables hold mostly values no later document will repeat, and their maps cost more than a
 * few unshared copies would.
 */
export function forgetSharedValues(): void {
  claimValueNumbers = new Map();
  strings = new Map();
  composites = new Map();
  nested = new Map();
  nestedCount = 0;
}

/** A string that owns its characters (a slice of a document would keep the whole text alive), not shared. */
function ownedString(value: string): string {
  return value.length < 13 ? value : Buffer.from(value, 'utf16le').toString('utf16le');
}

/** A string that owns its characters, shared. */
export function sharedString(value: string): string;
export function sharedString(value: string | null): string | null;
export function sharedString(value: string | null | undefined): string | null | undefined;
export function sharedString(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  let owned = strings.get(value);
  if (owned === undefined) {
    if (strings.size >= MAX_SHARED) strings = new Map();
    owned = ownedString(value);
    strings.set(owned, owned);
  }
  return owned;
}

const EMPTY: readonly never[] = Object.freeze([]);

export function sharedList(values: readonly string[]): string[] {
  if (values.length === 0) return EMPTY as unknown as string[];
  if (values.length === 1) {
    const only = sharedString(values[0]);
    return shareParts('l1', [only], () => Object.freeze([only]) as string[]);
  }
  const owned = values.map((v) => sharedString(v));
  return share('l\u0000' + owned.join('\u0001'), () => Object.freeze(owned) as string[]);
}

function sharedFigure(f: Figure): Figure {
  const measure = sharedString(f.measure);
  const text = sharedString(f.text);
  return shareParts('f', [measure, f.low, f.high, text], () => Object.freeze({ measure, low: f.low, high: f.high, text }));
}

/** A claim's figures: one shared list for a single figure (most claims with figures have one). */
function sharedFigures(figures: readonly Figure[]): Figure[] {
  if (figures.length === 0) return EMPTY as unknown as Figure[];
  if (figures.length === 1) {
    const only = sharedFigure(figures[0]);
    return shareParts('f1', [only], () => Object.freeze([only]) as Figure[]);
  }
  return Object.freeze(figures.map(sharedFigure)) as Figure[];
}

function sharedSpeaker(speaker: Speaker | undefined): Speaker | undefined {
  if (!speaker) return undefined;
  const text = sharedString(speaker.text);
  const name = sharedString(speaker.name);
  const person = sharedString(speaker.person);
  return shareParts('p', [text, name, person], () => Object.freeze({ text, name, person }));
}

function sharedRelation(relation: Relation | undefined): Relation | undefined {
  if (!relation) return undefined;
  const from = sharedString(relation.from);
  const to = sharedString(relation.to);
  const { type, directed, polarity, hedged } = relation;
  return shareParts('r', [type, from, to, polarity, hedged], () => Object.freeze({ type, from, to, directed, polarity, hedged }));
}

function rangeOf(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/**
 * The fields most claims leave empty: the date as written, the resolved date (null: none;
 * undefined: not resolved), the incident's keys and the relation. Claims with none of them share one
 * object; the others share one per distinct combination (their parts are shared values).
 */
interface RareFields {
  readonly date: string | null;
  readonly isoDate: string | null | undefined;
  readonly event: string[] | undefined;
  readonly relation: Relation | undefined;
}

const NO_RARE_FIELDS: RareFields = Object.freeze({ date: null, isoDate: null, event: undefined, relation: undefined });

function rareFields(date: string | null, isoDate: string | null | undefined, event: string[] | undefined, relation: Relation | undefined): RareFields {
  if (date === null && isoDate === null && event === undefined && relation === undefined) return NO_RARE_FIELDS;
  return shareParts('x', [date, isoDate, event, relation], () => Object.freeze({ date, isoDate, event, relation }));
}

/**
 * A claim as features read it: every field of `Claim` (absent ones undefined), and its range. The
 * index does not keep these objects: a document keeps its claims as columns (`ClaimColumns`) and
 * makes the objects when a feature asks for them. Sixteen fields: the four most claims leave empty
 * are read through one (`RareFields`).
 */
export class StoredClaim {
  /**
   * The list this claim was made in (claims made from columns): holding one claim holds its
   * document's list, so the document hands out the same objects while any of them is held (features
   * key maps by claim).
   */
  readonly #owner: readonly StoredClaim[] | undefined;

  constructor(
    readonly kind: ClaimKind,
    readonly start: number,
    readonly end: number,
    readonly subjects: string[],
    readonly claimant: string | null,
    readonly figures: Figure[],
    private readonly rare: RareFields,
    readonly speaker: Speaker | undefined,
    readonly form: StatementForm | undefined,
    readonly statementSubjects: string[] | undefined,
    readonly trigger: string | undefined,
    /** The passage's content words, packed (`packTerms`; the claim search reads the numbers): read the words as `terms`. */
    readonly packedTerms: string | undefined,
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
    owner?: readonly StoredClaim[],
  ) {
    this.#owner = owner;
  }

  /** The shared object holding the date, resolved date, incident keys and relation (the claim columns keep it). */
  get rareFields(): unknown {
    return this.rare;
  }

  get date(): string | null {
    return this.rare.date;
  }

  get isoDate(): string | null | undefined {
    return this.rare.isoDate;
  }

  get event(): string[] | undefined {
    return this.rare.event;
  }

  /** Kind 'relation' only. */
  get relation(): Relation | undefined {
    return this.rare.relation;
  }

  /** LSP range of the claim (a fresh object). */
  get range(): Range {
    return rangeOf(this.startLine, this.startCharacter, this.endLine, this.endCharacter);
  }

  /** The passage's content words, space-separated, for the claim search (corpus/claimTerms.ts). */
  get terms(): string | undefined {
    return this.packedTerms === undefined ? undefined : unpackTerms(this.packedTerms);
  }
}

/**
 * The values claim columns refer to (subject lists, claimants, figure lists, speakers, statement
 * subjects, triggers, packed terms, rare fields), numbered for the whole process: every one is a
 * shared value already (above), so a claim keeps eight numbers instead of eight references, and
 * the table holds each value once. Numbers are given while documents are stored (`claimValueNumbers`
 * finds a value already numbered; it is emptied with the other sharing tables) and renumbered to
 * those still in use after a full indexing run (`renumberClaimValues`), so values of documents
 * since replaced or removed do not stay.
 */
let claimValues: unknown[] = [];
let claimValueNumbers = new Map<unknown, number>();
/** Every document's columns (weakly): the renumbering rewrites them all. */
let allColumns = new Set<WeakRef<ClaimColumns>>();
let liveColumns = 0;

function claimValueNumber(value: unknown): number {
  let n = claimValueNumbers.get(value);
  if (n === undefined) {
    n = claimValues.length;
    claimValues.push(value);
    claimValueNumbers.set(value, n);
  }
  return n;
}

/**
 * A document's claims as columns: per claim, seven numbers (kind and form, offsets, range) and
 * the numbers of its eight values in the process's table (`claimValues`), in one Int32Array: 60
 * bytes a claim instead of a 152-byte object and its place in a list. `claims()` makes the
 * objects on demand.
 */
export class ClaimColumns {
  /** The objects last made, while anything holds them (features key maps by claim object). */
  #made: WeakRef<StoredClaim[]> | undefined;

  /** The columns; after a full indexing run, a view of the one buffer all documents' columns were gathered in (`renumberClaimValues`). */
  constructor(public data: Int32Array) {}

  get length(): number {
    return this.data.length / STRIDE;
  }

  /** The claims as objects, in document order: the same list (and objects) while any of it is held. */
  claims(): StoredClaim[] {
    let list = this.#made?.deref();
    if (list && this.#complete) return list;
    const n = this.length;
    if (n === 0) return [];
    if (!list) this.#made = new WeakRef((list = new Array<StoredClaim>(n)));
    for (let i = 0; i < n; i++) if (list[i] === undefined) list[i] = makeClaim(this.data, i, list);
    this.#complete = true;
    return list;
  }

  /** The i-th claim as an object (the one `claims()` holds at i), made alone if the list is not. */
  claimAt(i: number): StoredClaim {
    let list = this.#made?.deref();
    if (!list) {
      this.#made = new WeakRef((list = new Array<StoredClaim>(this.length)));
      this.#complete = false;
    }
    return (list[i] ??= makeClaim(this.data, i, list));
  }

  /** The i-th claim if its object is made and held, else undefined (a claim a feature holds is one of these). */
  madeAt(i: number): StoredClaim | undefined {
    return this.#made?.deref()?.[i];
  }

  /** Whether the list `#made` holds has every claim made. */
  #complete = false;
}

/** Int32s per claim: kind and form, start, end, start line and character, end line and character, then the value numbers. */
const NUMBER_FIELDS = 7;
const VALUE_FIELDS = 8;
const STRIDE = NUMBER_FIELDS + VALUE_FIELDS;

const NO_CLAIM_COLUMNS = new ClaimColumns(new Int32Array(0));

/** The columns of a document's claims (claims not made by this module are stored first). */
export function packClaims(claims: readonly (Claim & { range: Range; terms?: string })[]): ClaimColumns {
  const n = claims.length;
  if (n === 0) return NO_CLAIM_COLUMNS;
  const data = columnSpace(n * STRIDE);
  for (let i = 0; i < n; i++) {
    const x = claims[i];
    const c = x instanceof StoredClaim ? x : fromClaimFields(claimFields(x));
    const o = i * STRIDE;
    const kind = CLAIM_KINDS.indexOf(c.kind);
    const form = c.form === undefined ? 0 : STATEMENT_FORMS.indexOf(c.form) + 1;
    if (kind < 0 || form < 0) throw new Error('bad claim');
    data[o] = (kind << 8) | form;
    data[o + 1] = c.start;
    data[o + 2] = c.end;
    data[o + 3] = c.startLine;
    data[o + 4] = c.startCharacter;
    data[o + 5] = c.endLine;
    data[o + 6] = c.endCharacter;
    data[o + 7] = claimValueNumber(c.subjects);
    data[o + 8] = claimValueNumber(c.claimant);
    data[o + 9] = claimValueNumber(c.figures);
    data[o + 10] = claimValueNumber(c.speaker);
    data[o + 11] = claimValueNumber(c.statementSubjects);
    data[o + 12] = claimValueNumber(c.trigger);
    data[o + 13] = claimValueNumber(c.packedTerms);
    data[o + 14] = claimValueNumber(c.rareFields);
  }
  const columns = new ClaimColumns(data);
  // Columns of documents since dropped are forgotten once they outnumber the last count of live ones.
  if (allColumns.size > 2 * liveColumns + 1000) {
    for (const ref of allColumns) if (!ref.deref()) allColumns.delete(ref);
    liveColumns = allColumns.size;
  }
  allColumns.add(new WeakRef(columns));
  return columns;
}

/**
 * Renumbers the claim values to those the live documents use (values of documents replaced or
 * removed since the last renumbering go), and gathers every document's columns into one buffer,
 * each document keeping a view of its part. Run after a full indexing run: the columns were made
 * one small buffer per document among the analysis's short-lived allocations, which then stay as
 * islands in the allocator's arenas; one large buffer is mapped on its own, and the small ones are
 * freed together. Returns the number of Int32s gathered.
 */
export function renumberClaimValues(): number {
  const renumbered = new Int32Array(claimValues.length).fill(-1);
  const kept: unknown[] = [];
  const live: ClaimColumns[] = [];
  const refs = new Set<WeakRef<ClaimColumns>>();
  for (const ref of allColumns) {
    const columns = ref.deref();
    if (!columns) continue;
    live.push(columns);
    refs.add(ref);
  }
  const views = gathered(live.map((columns) => columns.data));
  let total = 0;
  live.forEach((columns, j) => {
    const d = views[j];
    for (let o = NUMBER_FIELDS; o < d.length; o += STRIDE) {
      for (let k = 0; k < VALUE_FIELDS; k++) {
        const old = d[o + k];
        let n = renumbered[old];
        if (n < 0) {
          n = renumbered[old] = kept.length;
          kept.push(claimValues[old]);
        }
        d[o + k] = n;
      }
    }
    columns.data = d;
    total += d.length;
  });
  claimValues = kept;
  claimValueNumbers = new Map();
  newColumnChunk();
  allColumns = refs;
  liveColumns = refs.size;
  return total;
}

/** Claim objects made from columns since the process started (benchmarks read it through `sourceLens/memoryUsage`). */
export let claimObjectsMade = 0;

function makeClaim(d: Int32Array, i: number, list: StoredClaim[]): StoredClaim {
  claimObjectsMade++;
  const values = claimValues;
  const o = i * STRIDE;
  const form = d[o] & 0xff;
  return new StoredClaim(
    CLAIM_KINDS[d[o] >> 8],
    d[o + 1],
    d[o + 2],
    values[d[o + 7]] as string[],
    values[d[o + 8]] as string | null,
    values[d[o + 9]] as Figure[],
    values[d[o + 14]] as RareFields,
    values[d[o + 10]] as Speaker | undefined,
    form === 0 ? undefined : STATEMENT_FORMS[form - 1],
    values[d[o + 11]] as string[] | undefined,
    values[d[o + 12]] as string | undefined,
    values[d[o + 13]] as string | undefined,
    d[o + 3],
    d[o + 4],
    d[o + 5],
    d[o + 6],
    list,
  );
}

/** The stored form of an extracted claim. */
export function storeClaim(c: Claim, lines: LineIndex, terms?: string): StoredClaim {
  const start = lines.positionAt(c.start);
  const end = lines.positionAt(c.end);
  return new StoredClaim(
    c.kind,
    c.start,
    c.end,
    sharedList(c.subjects),
    sharedString(c.claimant),
    sharedFigures(c.figures),
    rareFields(sharedString(c.date), sharedString(c.isoDate), c.event ? sharedList(c.event) : undefined, sharedRelation(c.relation)),
    sharedSpeaker(c.speaker),
    c.form,
    c.statementSubjects ? sharedList(c.statementSubjects) : undefined,
    c.trigger === undefined ? undefined : sharedString(c.trigger),
    terms === undefined ? undefined : sharedString(packTerms(terms)),
    start.line,
    start.character,
    end.line,
    end.character,
  );
}

/**
 * A claim as one array of plain values: the fields in constructor order. Its terms are words (to
 * another thread, whose term numbers differ), or with `packed` the packed form in this process's
 * numbers (the index cache, which writes the term table beside them). `fromClaimFields` checks what
 * it is given, so a damaged cache cannot make a broken claim.
 */
export function claimFields(c: Claim & { range: Range; terms?: string; packedTerms?: string }, packed = false): unknown[] {
  const r = c.range;
  // isoDate may be null (no date) or absent (not resolved): absent is written as 0. Figures are
  // [measure, low, high, text] with an open bound ("more than N": Infinity) as a string, so the
  // fields are plain JSON (parsed without a reviver, which is several times slower).
  const figures = c.figures.map((f) => [f.measure, openBound(f.low), openBound(f.high), f.text]);
  const fields: unknown[] = [c.kind, c.start, c.end, c.subjects, c.claimant, figures, c.date, c.isoDate === undefined ? 0 : c.isoDate, c.speaker ?? null, c.form ?? null, c.statementSubjects ?? null, c.event ?? null, c.trigger ?? null, packed ? packedTermsField(c) : c.terms ?? null, r.start.line, r.start.character, r.end.line, r.end.character];
  // A relation adds its fields at the end: [type, from, to, directed, polarity, hedged].
  if (c.relation) fields.push([c.relation.type, c.relation.from, c.relation.to, c.relation.directed, c.relation.polarity, c.relation.hedged]);
  return fields;
}

function packedTermsField(c: { terms?: string; packedTerms?: string }): string | null {
  if (c instanceof StoredClaim) return c.packedTerms ?? null;
  return c.terms === undefined ? null : packTerms(c.terms);
}

/**
 * How a writer numbered claim terms: `map` gives this process's number for each of the writer's
 * (its table's length bounds the numbers a claim may hold); `same` when every one is unchanged, so
 * packed forms are kept as they are.
 */
export interface TermNumbering {
  map: ArrayLike<number>;
  same: boolean;
}

/** The stored terms of a claim's fields: words (no `numbering`), or a packed form in the writer's numbers. */
function termsFromField(terms: string, numbering: TermNumbering | undefined): string {
  if (numbering === undefined) return packTerms(terms);
  if (numbering.same) {
    if (!packedTermsValid(terms, numbering.map.length)) throw new Error('bad claim terms');
    return terms;
  }
  return translatePackedTerms(terms, numbering.map);
}

function fromRelationFields(f: unknown): Relation | undefined {
  if (f === undefined) return undefined;
  const [type, from, to, directed, polarity, hedged] = Array.isArray(f) ? f : [];
  if (!(RELATION_TYPES as readonly unknown[]).includes(type) || typeof from !== 'string' || typeof to !== 'string' || typeof directed !== 'boolean' || (polarity !== 'asserted' && polarity !== 'denied') || typeof hedged !== 'boolean') throw new Error('bad relation');
  return sharedRelation({ type, from, to, directed, polarity, hedged } as Relation);
}

const openBound = (n: number): number | string => (Number.isFinite(n) ? n : String(n));
const fromBound = (v: unknown): number => (typeof v === 'number' ? v : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : NaN);

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function fromClaimFields(f: unknown[], numbering?: TermNumbering): StoredClaim {
  const [kindField, start, end, subjects, claimant, figures, date, isoDate, speaker, formField, statementSubjects, event, trigger, terms, sl, sc, el, ec, relation] = f;
  // The model's own strings: one copy of each kind and form, not one per claim read from the cache.
  const kind = CLAIM_KINDS.find((k) => k === kindField);
  const form = formField === null ? null : STATEMENT_FORMS.find((k) => k === formField);
  if (kind === undefined || form === undefined || !isNumber(start) || !isNumber(end) || !isStringList(subjects) || !isStringOrNull(claimant) || !Array.isArray(figures) || !isStringOrNull(date) || !(isoDate === 0 || isStringOrNull(isoDate)) || !isStringOrNull(trigger) || !isStringOrNull(terms) || !(statementSubjects === null || isStringList(statementSubjects)) || !(event === null || isStringList(event)) || ![sl, sc, el, ec].every(isNumber)) {
    throw new Error('bad claim');
  }
  const figureList: Figure[] = (figures as unknown[]).map((fig) => {
    if (!Array.isArray(fig)) throw new Error('bad figure');
    const [measure, low, high, text] = fig;
    const f = { measure, low: fromBound(low), high: fromBound(high), text };
    if (typeof f.measure !== 'string' || Number.isNaN(f.low) || Number.isNaN(f.high) || typeof f.text !== 'string') throw new Error('bad figure');
    return f as Figure;
  });
  const sp = speaker as Speaker | null;
  if (sp !== null && (typeof sp !== 'object' || typeof sp.text !== 'string' || typeof sp.name !== 'string' || !isStringOrNull(sp.person))) throw new Error('bad speaker');
  return new StoredClaim(
    kind,
    start,
    end,
    sharedList(subjects),
    sharedString(claimant),
    sharedFigures(figureList),
    rareFields(sharedString(date), isoDate === 0 ? undefined : sharedString(isoDate as string | null), event === null ? undefined : sharedList(event), fromRelationFields(relation)),
    sharedSpeaker(sp ?? undefined),
    form ?? undefined,
    statementSubjects === null ? undefined : sharedList(statementSubjects),
    trigger === null ? undefined : sharedString(trigger),
    terms === null ? undefined : sharedString(termsFromField(terms as string, numbering)),
    sl as number,
    sc as number,
    el as number,
    ec as number,
  );
}

/** A person mention in the index: offsets, the name as written (shared), its entity, its range. */
export class StoredPersonMention {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly entity: number,
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return rangeOf(this.startLine, this.startCharacter, this.endLine, this.endCharacter);
  }
}

export function storePersonMention(p: PersonMention, lines: LineIndex): StoredPersonMention {
  const start = lines.positionAt(p.start);
  const end = lines.positionAt(p.end);
  return new StoredPersonMention(p.start, p.end, sharedString(p.text), p.entity, start.line, start.character, end.line, end.character);
}

export function personMentionFields(p: PersonMention & { range: Range }): unknown[] {
  const r = p.range;
  return [p.start, p.end, p.text, p.entity, r.start.line, r.start.character, r.end.line, r.end.character];
}

export function fromPersonMentionFields(f: unknown[]): StoredPersonMention {
  const [start, end, text, entity, sl, sc, el, ec] = f;
  if (typeof text !== 'string' || ![start, end, entity, sl, sc, el, ec].every(isNumber)) throw new Error('bad person mention');
  return new StoredPersonMention(start as number, end as number, sharedString(text), entity as number, sl as number, sc as number, el as number, ec as number);
}

export function storeEntity(e: PersonEntity): PersonEntity {
  if (typeof e?.name !== 'string' || typeof e.key !== 'string' || !isStringList(e.forms)) throw new Error('bad person');
  const name = sharedString(e.name);
  const key = sharedString(e.key);
  const forms = sharedList(e.forms);
  return share(`e\u0000${name}\u0001${key}\u0001${forms.join('\u0001')}`, () => Object.freeze({ name, key, forms }));
}

/** A document's co-occurring pairs as the index keeps them: node ids shared, each pair frozen. */
export function storeCooccurrences(pairs: readonly Cooccurrence[]): readonly Cooccurrence[] {
  if (pairs.length === 0) return EMPTY;
  return Object.freeze(pairs.map((p) => Object.freeze({ a: sharedString(p.a), b: sharedString(p.b), count: p.count, spans: Object.freeze(p.spans.slice()) as number[] })));
}

/** Co-occurring pairs as plain values ([a, b, count, spans] each), and back, checked. */
export function cooccurrenceFields(pairs: readonly Cooccurrence[]): [string, string, number, number[]][] {
  return pairs.map((p) => [p.a, p.b, p.count, p.spans]);
}

export function fromCooccurrenceFields(fields: unknown): readonly Cooccurrence[] {
  if (!Array.isArray(fields)) throw new Error('bad co-occurrences');
  return storeCooccurrences(
    fields.map((f) => {
      const [a, b, count, spans] = Array.isArray(f) ? f : [];
      if (typeof a !== 'string' || typeof b !== 'string' || !isNumber(count) || !Array.isArray(spans) || !spans.every(isNumber)) throw new Error('bad co-occurrence');
      return { a, b, count, spans };
    }),
  );
}
