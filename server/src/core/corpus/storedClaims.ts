/**
 * Claims and people as the index keeps them: one class each, so every claim shares one hidden
 * class (an object spread per claim made a hidden class per claim: about 330 bytes each), ranges
 * kept as four numbers and made into objects only when asked for, and repeated values shared
 * (subject lists, claimants, speakers, figures, dates, triggers, names).
 *
 * Shared values are frozen: the index hands them out to every feature, and none may change them.
 */
import type { Claim, ClaimKind, Figure, Speaker, StatementForm } from '../claims/model';
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
 * Composite values, keyed by a string made of already shared strings only: a key made from a
 * slice of a document would keep that whole document's text alive.
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
  const owned = values.map((v) => sharedString(v));
  return share('l\u0000' + owned.join('\u0001'), () => Object.freeze(owned) as string[]);
}

function sharedFigures(figures: readonly Figure[]): Figure[] {
  if (figures.length === 0) return EMPTY as unknown as Figure[];
  return figures.map((f) => {
    const measure = sharedString(f.measure);
    const text = sharedString(f.text);
    return share(`f\u0000${measure}\u0001${f.low}\u0001${f.high}\u0001${text}`, () => Object.freeze({ measure, low: f.low, high: f.high, text }));
  });
}

function sharedSpeaker(speaker: Speaker | undefined): Speaker | undefined {
  if (!speaker) return undefined;
  const text = sharedString(speaker.text);
  const name = sharedString(speaker.name);
  const person = sharedString(speaker.person);
  return share(`p\u0000${text}\u0001${name}\u0001${person ?? '\u0002'}`, () => Object.freeze({ text, name, person }));
}

function rangeOf(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** A claim in the index: every field of `Claim` (absent ones undefined), and its range. */
export class StoredClaim {
  constructor(
    readonly kind: ClaimKind,
    readonly start: number,
    readonly end: number,
    readonly subjects: string[],
    readonly claimant: string | null,
    readonly figures: Figure[],
    readonly date: string | null,
    readonly isoDate: string | null | undefined,
    readonly speaker: Speaker | undefined,
    readonly form: StatementForm | undefined,
    readonly statementSubjects: string[] | undefined,
    readonly event: string[] | undefined,
    readonly trigger: string | undefined,
    /** The passage's content words, for the claim search (corpus/claimTerms.ts). */
    readonly terms: string | undefined,
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
  ) {}

  /** LSP range of the claim (a fresh object). */
  get range(): Range {
    return rangeOf(this.startLine, this.startCharacter, this.endLine, this.endCharacter);
  }
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
    sharedString(c.date),
    sharedString(c.isoDate),
    sharedSpeaker(c.speaker),
    c.form,
    c.statementSubjects ? sharedList(c.statementSubjects) : undefined,
    c.event ? sharedList(c.event) : undefined,
    c.trigger === undefined ? undefined : sharedString(c.trigger),
    terms === undefined ? undefined : ownedString(terms),
    start.line,
    start.character,
    end.line,
    end.character,
  );
}

/**
 * A claim as one array of plain values (for the index cache): the fields in constructor order.
 * `fromClaimFields` checks what it is given, so a damaged cache cannot make a broken claim.
 */
export function claimFields(c: Claim & { range: Range; terms?: string }): unknown[] {
  const r = c.range;
  // isoDate may be null (no date) or absent (not resolved): absent is written as 0. Figures are
  // [measure, low, high, text] with an open bound ("more than N": Infinity) as a string, so the
  // fields are plain JSON (parsed without a reviver, which is several times slower).
  const figures = c.figures.map((f) => [f.measure, openBound(f.low), openBound(f.high), f.text]);
  return [c.kind, c.start, c.end, c.subjects, c.claimant, figures, c.date, c.isoDate === undefined ? 0 : c.isoDate, c.speaker ?? null, c.form ?? null, c.statementSubjects ?? null, c.event ?? null, c.trigger ?? null, c.terms ?? null, r.start.line, r.start.character, r.end.line, r.end.character];
}

const openBound = (n: number): number | string => (Number.isFinite(n) ? n : String(n));
const fromBound = (v: unknown): number => (typeof v === 'number' ? v : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : NaN);

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function fromClaimFields(f: unknown[]): StoredClaim {
  const [kind, start, end, subjects, claimant, figures, date, isoDate, speaker, form, statementSubjects, event, trigger, terms, sl, sc, el, ec] = f;
  if (typeof kind !== 'string' || !isNumber(start) || !isNumber(end) || !isStringList(subjects) || !isStringOrNull(claimant) || !Array.isArray(figures) || !isStringOrNull(date) || !(isoDate === 0 || isStringOrNull(isoDate)) || !isStringOrNull(form) || !isStringOrNull(trigger) || !isStringOrNull(terms) || !(statementSubjects === null || isStringList(statementSubjects)) || !(event === null || isStringList(event)) || ![sl, sc, el, ec].every(isNumber)) {
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
    kind as ClaimKind,
    start,
    end,
    sharedList(subjects),
    sharedString(claimant),
    sharedFigures(figureList),
    sharedString(date),
    isoDate === 0 ? undefined : sharedString(isoDate as string | null),
    sharedSpeaker(sp ?? undefined),
    (form ?? undefined) as StatementForm | undefined,
    statementSubjects === null ? undefined : sharedList(statementSubjects),
    event === null ? undefined : sharedList(event),
    trigger === null ? undefined : sharedString(trigger),
    terms === null ? undefined : ownedString(terms as string),
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
