/**
 * People across the corpus: one identity per person, with the documents that mention them, how
 * often, and the statements they make (claims whose speaker is them), kept up to date document by
 * document from the corpus index (`CorpusIndex.observe`). Never reads text.
 *
 * **Identity.** A document's person entity (`people/people.ts`) is the person of the corpus whose
 * id is the listing's ("UN:QDi.427") when the known-people rules tie it to a listed individual
 * (`people/knownPeople.ts`, with the groups that document mentions), else its identity key
 * ("lina haidari"), so every spelling of one name in any document is one person (a name of the
 * region's most common words only is keyed as spelt: `spellingKey`). Those are document-level ids;
 * the corpus then joins the ids that are one person (`people/corpusIdentity.ts`: a second name an
 * entity carries, a listing another document ties the name to, a middle name omitted). Every query
 * answers for the person and accepts any of its ids, so an id a view holds from before a merge
 * (or after a document that made it is removed) still finds its person.
 *
 * **Queries** (what a remote store implements too; each is bounded by what it returns, or by one
 * person's own documents and statements):
 * - `idAt(uri, entity)` / `personAt(uri, line, character)` — the person of a mention;
 * - `summary(id)` — name, listing, mentions, documents, statements and the documents holding them;
 * - `top({ filter, offset, limit })` — people by statements then mentions, paged, with the total;
 * - `mentionsOf(id, { contextUri, limit })` — every mention, the context document's first;
 * - `statementsOf(id, { groupId, excludeUri, offset, limit })` — statements newest first, paged;
 * - `statementGroups(id)` — statement counts per group (null: about no group);
 * - `documentsOf(id, limit)` — documents with their mention and statement counts.
 */
import type { KnownPeople, KnownPerson } from '../gazetteer/people';
import { aliasKeys, CorpusIdentity, EntityIdentity } from '../people/corpusIdentity';
import { spellingKey } from '../people/identity';
import { commonNameOnly, KnownPeopleIndex, knownPeopleIndex, linkKnownPerson } from '../people/knownPeople';
import type { KnownPersonRule } from '../people/knownPeople';
import { Range } from '../text/positions';
import { findAt, IndexedClaim, IndexedDocument, IndexedPersonMention, IndexObserver } from './corpusIndex';
import { selectTop } from './ranking';

export interface PersonSummary {
  id: string;
  /** The fullest form the corpus uses, without titles of office. */
  name: string;
  /** The listed individual, when the identity rules tie the person to one. */
  known: KnownPerson | null;
  /** How the listing was tied (the strongest rule seen), when known. */
  knownBy: KnownPersonRule | null;
  mentions: number;
  documents: number;
  statements: number;
  statementDocuments: number;
}

export interface PersonStatement {
  uri: string;
  claim: IndexedClaim;
  /** The claim's event date, else its document's date (ISO; null when neither is known). */
  date: string | null;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

interface PersonInDocument {
  mentions: number;
  /** Indexes into the document's claims. */
  statements: number[];
}

interface PersonState {
  id: string;
  known: KnownPerson | null;
  knownBy: KnownPersonRule | null;
  /** Names (fullest form per document) and how many documents use each. */
  names: Map<string, number>;
  docs: Map<string, PersonInDocument>;
  mentions: number;
  statements: number;
  statementDocuments: number;
  /** Statements per subject group; '' for statements about no group. */
  groups: Map<string, number>;
}

interface DocumentPeopleEntry {
  doc: IndexedDocument;
  /** Person id of each of the document's entities. */
  ids: string[];
  /** Person id -> the name this document gives them. */
  names: Map<string, string>;
}

const RULE_STRENGTH: Record<KnownPersonRule, number> = { 'listed name': 3, 'listed alias': 2, 'name and group': 1 };

/** Words in a name, for choosing the fullest form. */
const wordCount = (name: string) => name.split(/\s+/).filter(Boolean).length;

export class PeopleIndex implements IndexObserver {
  private readonly known: KnownPeopleIndex;
  private readonly byDoc = new Map<string, DocumentPeopleEntry>();
  /** By document-level id. */
  private readonly persons = new Map<string, PersonState>();
  /** Which document-level ids are one person. */
  private readonly identity = new CorpusIdentity();
  /** The persons as the corpus joins them, by person id; rebuilt on the first question after a change. */
  private joined: { generation: number; persons: Map<string, PersonState> } | null = null;
  /** Bumped on every change; lets callers cache derived answers (fuzzy search over names). */
  generation = 0;

  constructor(known: KnownPeople) {
    this.known = knownPeopleIndex(known);
  }

  get count(): number {
    return this.view().size;
  }

  /**
   * Every document-level id of the person of `id`, the person's own first: what the shared
   * archive keys its rows by (one id for almost everyone).
   */
  members(id: string): string[] {
    return this.identity.members(id);
  }

  /** The person of a document-level id (the id itself when the corpus joins it to no other). */
  resolve(id: string): string {
    return this.identity.resolve(id);
  }

  /** The persons by person id: document-level states, merged where the corpus joins ids. */
  private view(): Map<string, PersonState> {
    if (this.joined?.generation === this.generation) return this.joined.persons;
    const persons = new Map<string, PersonState>();
    const parts = new Map<string, PersonState[]>();
    for (const [id, state] of this.persons) {
      const person = this.identity.resolve(id);
      if (person === id && !parts.has(id)) {
        persons.set(id, state);
        continue;
      }
      let list = parts.get(person);
      if (!list) {
        parts.set(person, (list = []));
        const own = persons.get(person);
        if (own) list.push(own);
      }
      list.push(state);
    }
    for (const [person, list] of parts) persons.set(person, list.length === 1 && list[0].id === person ? list[0] : this.merged(person, list));
    this.joined = { generation: this.generation, persons };
    return persons;
  }

  /** One person's state from the states of its document-level ids. */
  private merged(id: string, parts: readonly PersonState[]): PersonState {
    const known = this.known.byId.get(id) ?? parts.find((p) => p.known)?.known ?? null;
    const out: PersonState = { id, known, knownBy: null, names: new Map(), docs: new Map(), mentions: 0, statements: 0, statementDocuments: 0, groups: new Map() };
    for (const p of parts) {
      if (p.knownBy && (!out.knownBy || RULE_STRENGTH[p.knownBy] > RULE_STRENGTH[out.knownBy])) out.knownBy = p.knownBy;
      for (const [name, n] of p.names) out.names.set(name, (out.names.get(name) ?? 0) + n);
      for (const [g, n] of p.groups) out.groups.set(g, (out.groups.get(g) ?? 0) + n);
      for (const [uri, counts] of p.docs) {
        const there = out.docs.get(uri);
        out.docs.set(uri, there ? { mentions: there.mentions + counts.mentions, statements: [...there.statements, ...counts.statements].sort((a, b) => a - b) } : counts);
      }
      out.mentions += p.mentions;
      out.statements += p.statements;
    }
    for (const counts of out.docs.values()) if (counts.statements.length) out.statementDocuments++;
    return out;
  }

  // --- maintenance (IndexObserver) -------------------------------------------------------------

  added(doc: IndexedDocument): void {
    const people = doc.people;
    if (!people || (people.entities.length === 0 && !doc.claims.some((c) => c.speaker?.person))) return;
    const { ids, names, rules, byKey } = documentPersonIds(this.known, doc);
    const inDoc = new Map<string, PersonInDocument>();
    const entry = (id: string) => {
      let e = inDoc.get(id);
      if (!e) inDoc.set(id, (e = { mentions: 0, statements: [] }));
      return e;
    };
    for (const m of people.mentions) {
      const id = ids[m.entity];
      if (id) entry(id).mentions++;
    }
    doc.claims.forEach((claim, i) => {
      const id = speakerIdOf(doc, claim, byKey);
      if (!id) return;
      if (!names.has(id)) names.set(id, claim.speaker?.name ?? id);
      entry(id).statements.push(i);
    });
    if (inDoc.size === 0) return;
    // Statement lists as long as they are (a list grown by push keeps room for 17).
    for (const e of inDoc.values()) if (e.statements.length) e.statements = e.statements.slice();
    // How a listing was tied is kept per person (the strongest rule), not per document.
    this.byDoc.set(doc.uri, { doc, ids, names });
    this.identity.set(doc.uri, entityIdentities(this.known, doc, ids));
    for (const [id, counts] of inDoc) {
      let person = this.persons.get(id);
      if (!person) {
        const known = this.known.byId.get(id) ?? null;
        person = { id, known, knownBy: null, names: new Map(), docs: new Map(), mentions: 0, statements: 0, statementDocuments: 0, groups: new Map() };
        this.persons.set(id, person);
      }
      person.docs.set(doc.uri, counts);
      person.mentions += counts.mentions;
      person.statements += counts.statements.length;
      if (counts.statements.length) person.statementDocuments++;
      const name = names.get(id)!;
      person.names.set(name, (person.names.get(name) ?? 0) + 1);
      const rule = rules.get(id);
      if (rule && (!person.knownBy || RULE_STRENGTH[rule] > RULE_STRENGTH[person.knownBy])) person.knownBy = rule;
      for (const i of counts.statements) for (const g of subjectsOrNone(doc.claims[i])) person.groups.set(g, (person.groups.get(g) ?? 0) + 1);
    }
    this.generation++;
  }

  removed(doc: IndexedDocument): void {
    const entry = this.byDoc.get(doc.uri);
    if (!entry || entry.doc !== doc) return;
    this.byDoc.delete(doc.uri);
    this.identity.remove(doc.uri);
    for (const [id, name] of entry.names) {
      const person = this.persons.get(id);
      const counts = person?.docs.get(doc.uri);
      if (!person || !counts) continue;
      person.docs.delete(doc.uri);
      if (person.docs.size === 0) {
        this.persons.delete(id);
        continue;
      }
      person.mentions -= counts.mentions;
      person.statements -= counts.statements.length;
      if (counts.statements.length) person.statementDocuments--;
      const left = (person.names.get(name) ?? 1) - 1;
      if (left > 0) person.names.set(name, left);
      else person.names.delete(name);
      for (const i of counts.statements) {
        for (const g of subjectsOrNone(doc.claims[i])) {
          const n = (person.groups.get(g) ?? 1) - 1;
          if (n > 0) person.groups.set(g, n);
          else person.groups.delete(g);
        }
      }
      // The strongest rule is not recounted on removal: it is only shown as "how the listing was tied".
    }
    this.generation++;
  }

  cleared(): void {
    this.byDoc.clear();
    this.persons.clear();
    this.identity.clear();
    this.generation++;
  }

  // --- queries ---------------------------------------------------------------------------------

  /** The person id of a document's entity. */
  idAt(uri: string, entity: number): string | undefined {
    const id = this.byDoc.get(uri)?.ids[entity];
    return id === undefined ? undefined : this.identity.resolve(id);
  }

  /** The person mention at an LSP position, with the person's id. */
  personAt(uri: string, line: number, character: number): { id: string; mention: IndexedPersonMention } | undefined {
    const entry = this.byDoc.get(uri);
    const mentions = entry?.doc.people?.mentions;
    if (!entry || !mentions) return undefined;
    const mention = findAt(mentions, line, character);
    const id = mention ? entry.ids[mention.entity] : undefined;
    return mention && id ? { id: this.identity.resolve(id), mention } : undefined;
  }

  has(id: string): boolean {
    return this.view().has(this.identity.resolve(id));
  }

  /** The listed individual with this person id (also for people only the shared archive names). */
  knownPerson(id: string): KnownPerson | null {
    return this.known.byId.get(id) ?? this.known.byId.get(this.identity.resolve(id)) ?? null;
  }

  /** The look-up structure of the known people (for `personIdOf`). */
  get knownIndex(): KnownPeopleIndex {
    return this.known;
  }

  /** Every person id (for fuzzy search over names; one pass). */
  ids(): IterableIterator<string> {
    return this.view().keys();
  }

  /** A person's state by any of its ids. */
  private person(id: string): PersonState | undefined {
    return this.view().get(this.identity.resolve(id));
  }

  /** Whether a document's entity id is the person `person` (a person id). */
  private isPerson(localId: string | undefined, person: string): boolean {
    return localId !== undefined && (localId === person || this.identity.resolve(localId) === person);
  }

  summary(id: string): PersonSummary | undefined {
    const p = this.person(id);
    if (!p) return undefined;
    return {
      id: p.id,
      name: displayNameOf(p),
      known: p.known,
      knownBy: p.known ? p.knownBy : null,
      mentions: p.mentions,
      documents: p.docs.size,
      statements: p.statements,
      statementDocuments: p.statementDocuments,
    };
  }

  /**
   * People by statements, then mentions, then name; `filter` keeps those whose name (or listed
   * name) contains it, case-insensitively. One pass over the people; sorted only the page asked for.
   */
  top(options: { filter?: string; offset?: number; limit: number }): Paged<PersonSummary> {
    const needle = (options.filter ?? '').trim().toLowerCase();
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const wanted = offset + Math.max(0, Math.floor(options.limit));
    const matching: PersonState[] = [];
    for (const p of this.view().values()) {
      if (needle && ![...p.names.keys(), p.known?.name ?? ''].some((n) => n.toLowerCase().includes(needle))) continue;
      matching.push(p);
    }
    const better = (a: PersonState, b: PersonState) =>
      a.statements > b.statements || (a.statements === b.statements && (a.mentions > b.mentions || (a.mentions === b.mentions && displayNameOf(a) < displayNameOf(b))));
    const page = selectTop(matching, wanted, better).slice(offset);
    return { items: page.map((p) => this.summary(p.id)!), total: matching.length };
  }

  /**
   * Every mention of a person, the context document's first, then the others by uri; at most
   * `limit` (0 = all).
   */
  mentionsOf(id: string, options: { contextUri?: string | null; limit?: number } = {}): { uri: string; range: Range }[] {
    const person = this.person(id);
    if (!person) return [];
    const cap = options.limit && options.limit > 0 ? options.limit : Infinity;
    const out: { uri: string; range: Range }[] = [];
    const context = options.contextUri && person.docs.has(options.contextUri) ? [options.contextUri] : [];
    const others = [...person.docs.keys()].filter((u) => u !== options.contextUri).sort();
    for (const uri of [...context, ...others]) {
      const entry = this.byDoc.get(uri);
      for (const m of entry?.doc.people?.mentions ?? []) {
        if (out.length >= cap) return out;
        if (this.isPerson(entry!.ids[m.entity], person.id)) out.push({ uri, range: m.range });
      }
    }
    return out;
  }

  /** Every document naming or quoting the person (one pass over their own documents). */
  documentUris(id: string): string[] {
    return [...(this.person(id)?.docs.keys() ?? [])];
  }

  /** The person's mentions in one document (document highlight). */
  mentionsIn(uri: string, id: string): IndexedPersonMention[] {
    const entry = this.byDoc.get(uri);
    const person = this.identity.resolve(id);
    return (entry?.doc.people?.mentions ?? []).filter((m) => this.isPerson(entry!.ids[m.entity], person));
  }

  /**
   * The person's statements, newest first (undated last), paged. `groupId` keeps statements about
   * that group (null: about no group); `excludeUri` leaves one document out (the one being read).
   */
  statementsOf(id: string, options: { groupId?: string | null; excludeUri?: string | null; aboutGroups?: boolean; offset?: number; limit: number }): Paged<PersonStatement> {
    const person = this.person(id);
    if (!person) return { items: [], total: 0 };
    const all: PersonStatement[] = [];
    for (const [uri, counts] of person.docs) {
      if (uri === options.excludeUri || counts.statements.length === 0) continue;
      const doc = this.byDoc.get(uri)?.doc;
      if (!doc) continue;
      for (const i of counts.statements) {
        const claim = doc.claims[i];
        if (!claim) continue;
        if (options.aboutGroups && claim.subjects.length === 0) continue;
        if (options.groupId !== undefined && (options.groupId === null ? claim.subjects.length > 0 : !claim.subjects.includes(options.groupId))) continue;
        all.push({ uri, claim, date: claim.isoDate ?? doc.date ?? null });
      }
    }
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const newer = (a: PersonStatement, b: PersonStatement) =>
      a.date !== b.date ? (a.date ?? '') > (b.date ?? '') : a.uri !== b.uri ? a.uri < b.uri : a.claim.start < b.claim.start;
    return { items: selectTop(all, offset + Math.max(0, options.limit), newer).slice(offset), total: all.length };
  }

  /** Statement counts per group, most first; `groupId` null for statements about no group (last). */
  statementGroups(id: string): { groupId: string | null; statements: number }[] {
    const person = this.person(id);
    if (!person) return [];
    return [...person.groups]
      .map(([g, statements]) => ({ groupId: g === '' ? null : g, statements }))
      .sort((a, b) => (a.groupId === null ? 1 : 0) - (b.groupId === null ? 1 : 0) || b.statements - a.statements || String(a.groupId).localeCompare(String(b.groupId)));
  }

  /** Documents mentioning or quoting the person, most mentions first, at most `limit`. */
  documentsOf(id: string, limit: number): { uri: string; mentions: number; statements: number }[] {
    const person = this.person(id);
    if (!person) return [];
    const docs = [...person.docs].map(([uri, c]) => ({ uri, mentions: c.mentions, statements: c.statements.length }));
    return selectTop(docs, limit, (a, b) => a.mentions + a.statements > b.mentions + b.statements || (a.mentions + a.statements === b.mentions + b.statements && a.uri < b.uri));
  }

  /** Names to search a person by: the corpus's forms, and the listed name and aliases. */
  searchNames(id: string): string[] {
    const p = this.person(id);
    if (!p) return [];
    return [...new Set([...p.names.keys(), ...(p.known ? [p.known.name, ...p.known.aliases] : [])])];
  }

  /** The name a document gives a person (its fullest form there). */
  nameIn(uri: string, id: string): string | undefined {
    const names = this.byDoc.get(uri)?.names;
    if (!names) return undefined;
    const own = names.get(id);
    if (own !== undefined) return own;
    const person = this.identity.resolve(id);
    let best: string | undefined;
    for (const [local, name] of names) if (this.isPerson(local, person) && (!best || wordCount(name) > wordCount(best))) best = name;
    return best;
  }
}

/** The fullest name the corpus uses; among equally full ones, the most used. */
function displayNameOf(p: PersonState): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of p.names) {
    const better = wordCount(name) > wordCount(best) || (wordCount(name) === wordCount(best) && (count > bestCount || (count === bestCount && name < best)));
    if (better) {
      best = name;
      bestCount = count;
    }
  }
  return best || p.known?.name || p.id;
}

function subjectsOrNone(claim: IndexedClaim | undefined): string[] {
  if (!claim) return [];
  return claim.subjects.length ? claim.subjects : [''];
}

/** A document's people as the corpus knows them: one person id per entity, and the name and listing rule per id. */
export interface DocumentPersonIds {
  /** Person id of each of the document's entities. */
  ids: string[];
  /** Person id -> the name this document gives them (its fullest form there). */
  names: Map<string, string>;
  /** Person id -> how the listing was tied, for listed people. */
  rules: Map<string, KnownPersonRule>;
  /** Entity identity key -> person id. */
  byKey: Map<string, string>;
}

/**
 * **The** person id of a document's entity, for the editor's index and the shared archive alike:
 * the listing's id ("UN:QDi.427") when the known-people rules tie the entity's name to a listed
 * individual, given the groups the document mentions; else the name's identity key. One function,
 * so a person keyed in the archive is the same person the editor lists.
 */
export function personIdOf(known: KnownPeopleIndex, name: string, key: string, documentGroups: ReadonlySet<string>): { id: string; rule: KnownPersonRule | null } {
  const link = linkKnownPerson(known, name, documentGroups);
  if (link) return { id: link.person.id, rule: link.rule };
  // A name of the region's most common words only is one person across documents as spelt.
  return { id: (commonNameOnly(key) && spellingKey(name)) || key, rule: null };
}

/** A document's entities as the corpus identity step reads them (`people/corpusIdentity.ts`). */
export function entityIdentities(known: KnownPeopleIndex, doc: IndexedDocument, ids: readonly string[]): EntityIdentity[] {
  return (doc.people?.entities ?? []).map((entity, i) => ({ id: ids[i], key: entity.key, listed: known.byId.has(ids[i]), aliases: aliasKeys(entity) }));
}

/** Person ids of every entity of a document (`personIdOf` with the document's groups). */
export function documentPersonIds(known: KnownPeopleIndex, doc: IndexedDocument): DocumentPersonIds {
  const groups = new Set(doc.groupCounts.keys());
  const ids: string[] = [];
  const names = new Map<string, string>();
  const rules = new Map<string, KnownPersonRule>();
  const byKey = new Map<string, string>();
  for (const entity of doc.people?.entities ?? []) {
    const { id, rule } = personIdOf(known, entity.name, entity.key, groups);
    ids.push(id);
    byKey.set(entity.key, id);
    const previous = names.get(id);
    if (!previous || wordCount(entity.name) > wordCount(previous)) names.set(id, entity.name);
    if (rule && (!rules.has(id) || RULE_STRENGTH[rule] > RULE_STRENGTH[rules.get(id)!])) rules.set(id, rule);
  }
  return { ids, names, rules, byKey };
}

/** The person id of who says a claim (null: no named person), given the document's `byKey`. */
export function speakerIdOf(doc: IndexedDocument, claim: IndexedClaim, byKey: ReadonlyMap<string, string>): string | null {
  const key = speakerKey(doc, claim);
  return key ? (byKey.get(key) ?? key) : null;
}

/**
 * The identity key of the person who says a claim: its speaker's, or — for analyses made before
 * speakers were resolved — the person named inside the claim as its claimant ("…, Menon said").
 */
export function speakerKey(doc: IndexedDocument, claim: IndexedClaim): string | null {
  if (claim.speaker) return claim.speaker.person;
  const claimant = claim.claimant?.trim();
  const people = doc.people;
  if (!claimant || !people) return null;
  for (const m of people.mentions) {
    if (m.start >= claim.end) break;
    if (m.start < claim.start || m.end > claim.end) continue;
    // The claimant is the name or ends with it ("police chief Asif Khan"), without a string made per mention.
    const name = m.text;
    const at = claimant.length - name.length;
    if (at === 0 ? claimant === name : at > 0 && claimant.charCodeAt(at - 1) === 32 && claimant.endsWith(name)) return people.entities[m.entity]?.key ?? null;
  }
  return null;
}
