/**
 * People across the corpus: which document-level person ids (`corpus/peopleIndex.ts` `personIdOf`:
 * a listing's id, else the name's identity key) are one person. A document names a person in the
 * forms it uses; the corpus joins what no one document can:
 *
 * - **a second name** an entity carries in one document ("Ali Dhere, whose real name is Ali Mohamud
 *   Rage"): every document's "Ali Dhere" and "Ali Mohamud Rage" are one person. The other name must
 *   have two words or more and one that is not among the region's most common names;
 * - **a listing** that one document's rules tie a name to ("Shekau" beside Boko Haram is the listed
 *   Abubakar Shekau): the same name in a document that names only ISWAP is that listed person too,
 *   when the name is tied to one listing only across the corpus and is not made of common words
 *   only (those are tied by their document's groups, which another document need not share);
 * - **one name transliterated two ways** ("Ali Mohamud Raage" and "Ali Mohamud Rage", "Cabdi" and
 *   "Abdi"): names of two words or more whose words have the same transliteration skeletons
 *   (`identity.ts` `nameSkeleton`), one of them not among the region's most common names;
 * - **a middle name omitted** ("Babagana Zulum" for "Babagana Umara Zulum"): a name of two words
 *   joins the one longer name in the corpus whose first and last words are its own, when it has a
 *   word that is not among the region's most common names, no other longer name (no second
 *   person after the merges above) fits, and the longer name is written in two documents or more.
 *   Two brothers "Modu Lawan Bukar" and "Modu Kachalla Bukar" leave "Modu Bukar" alone; "Muhammad
 *   Khan" joins nobody; and a name met once ("Hodan Abdi Farah", an analyst quoted in one story)
 *   does not take in a shorter one met elsewhere ("Hodan Farah", a radio presenter): people whose
 *   names reporters shorten are the ones they name again and again, and a Somali name drops its
 *   last word, not its middle one, so a short name and a long one met once each are as likely two
 *   people as one.
 *
 * Two listed people are never joined. The person of a set of ids is its listing when it has one,
 * else its longest key (the first in order among equally long ones), so the answer depends on
 * which documents are in the corpus, never on the order they came in. Adding a document can join
 * two people and removing one can part them: callers keep document-level ids and ask `resolve` for
 * the person, which accepts any id of the set (an id a view holds from before a merge still
 * finds its person). Recomputed on the first question after a change, in one pass over the ids.
 */
import { nameSkeleton, personKey } from './identity';
import { commonNameOnly, commonNameWord } from './knownPeople';

/** One entity of a document, as the corpus sees it. */
export interface EntityIdentity {
  /** Its document-level person id: a listing's id, or a key. */
  id: string;
  /** Its identity key (`identity.ts` `personKey`). */
  key: string;
  /** Whether `id` is a listing's (else a key: the identity key, or the spelling key of a common name). */
  listed: boolean;
  /** Identity keys of the other full names the document gives it (see `aliasKeys`). */
  aliases: readonly string[];
}

/**
 * The identity keys of the other full names a document gives one entity: its forms of two words
 * or more whose words are not all in its own name ("Ali Mohamud Rage" for "Ali Dhere"; not "Ali
 * Dhere" for "Sheikh Ali Dhere"), with a word that is not among the region's most common names.
 */
export function aliasKeys(entity: { key: string; forms: readonly string[] }): string[] {
  const own = new Set(entity.key.split(' '));
  const out: string[] = [];
  for (const form of entity.forms) {
    const key = personKey(form);
    if (key === entity.key || out.includes(key)) continue;
    const words = key.split(' ');
    if (words.length < 2 || words.every((w) => own.has(w)) || words.every(commonNameWord)) continue;
    out.push(key);
  }
  return out;
}

/** Words that are never a name's first or last word for the middle-name rule. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'ould', 'abu', 'umm', 'ag']);

const bump = <K>(map: Map<K, number>, key: K, by: number) => {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
};

/** What the rules read of an identity key, worked out once per key. */
interface KeyShape {
  /** Its transliteration skeleton: '' for one word or common words only. */
  skeleton: string;
  /** "first last" for a key of three words or more (not particles): '' otherwise. */
  ends: string;
  /** A two-word key the middle-name rule may join (not particles, a word not among the most common). */
  short: boolean;
}

function shapeOf(key: string): KeyShape {
  const words = key.split(' ');
  const common = words.every(commonNameWord);
  const first = words[0];
  const last = words[words.length - 1];
  return {
    skeleton: words.length < 2 || common ? '' : words.map(nameSkeleton).join(' '),
    ends: words.length >= 3 && !PARTICLES.has(first) && !PARTICLES.has(last) ? `${first} ${last}` : '',
    short: words.length === 2 && first !== last && !PARTICLES.has(first) && !PARTICLES.has(last) && !common,
  };
}

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V): Set<V> => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
  return set;
};
const drop = <K, V>(map: Map<K, Set<V>>, key: K, value: V): Set<V> | undefined => {
  const set = map.get(key);
  if (!set) return undefined;
  set.delete(value);
  if (set.size === 0) map.delete(key);
  return set;
};

export class CorpusIdentity {
  private readonly byDoc = new Map<string, readonly EntityIdentity[]>();
  /** Identity key -> document-level id -> entities. */
  private readonly keyIds = new Map<string, Map<string, number>>();
  /** Document-level id -> entities. */
  private readonly idCount = new Map<string, number>();
  /** Identity key -> documents naming it. */
  private readonly keyDocs = new Map<string, number>();
  /** Listings' ids -> entities. */
  private readonly listedCount = new Map<string, number>();
  /** "id\u0000alias key" -> entities. */
  private readonly aliasPairs = new Map<string, number>();
  // Kept as keys come and go, so a question after a change costs what the candidates cost, not the corpus.
  private readonly shapes = new Map<string, KeyShape>();
  /** Skeleton -> keys; and the skeletons two keys or more share. */
  private readonly bySkeleton = new Map<string, Set<string>>();
  private readonly sharedSkeletons = new Set<string>();
  /** "first last" -> longer keys; and the two-word keys some longer key fits. */
  private readonly longer = new Map<string, Set<string>>();
  private readonly shorts = new Set<string>();
  private readonly fitted = new Set<string>();
  /** Keys tied to a listing in some document and unlinked in another. */
  private readonly linkedKeys = new Set<string>();
  /** id -> the person's id; only ids joined to another appear. */
  private resolved: Map<string, string> | null = new Map();
  /** The person's id -> its document-level ids, for persons of two ids or more. */
  private groups = new Map<string, string[]>();

  /** Sets one document's entities (replacing what it had). */
  set(uri: string, entities: readonly EntityIdentity[]): void {
    this.remove(uri);
    if (entities.length === 0) return;
    this.byDoc.set(uri, entities);
    this.count(entities, 1);
  }

  remove(uri: string): void {
    const old = this.byDoc.get(uri);
    if (!old) return;
    this.byDoc.delete(uri);
    this.count(old, -1);
  }

  clear(): void {
    for (const map of [this.byDoc, this.keyIds, this.idCount, this.keyDocs, this.listedCount, this.aliasPairs, this.shapes, this.bySkeleton, this.longer]) map.clear();
    for (const set of [this.sharedSkeletons, this.shorts, this.fitted, this.linkedKeys]) set.clear();
    this.resolved = new Map();
    this.groups = new Map();
  }

  /** The person of a document-level id (itself when nothing joins it). */
  resolve(id: string): string {
    return this.joined().get(id) ?? id;
  }

  /** Every document-level id of the person of `id` (in the corpus now), the person's own first. */
  members(id: string): string[] {
    const person = this.resolve(id);
    this.joined();
    return this.groups.get(person) ?? [person];
  }

  private count(entities: readonly EntityIdentity[], by: number): void {
    for (const e of entities) {
      bump(this.idCount, e.id, by);
      if (e.listed) bump(this.listedCount, e.id, by);
      let ids = this.keyIds.get(e.key);
      if (!ids) {
        this.keyIds.set(e.key, (ids = new Map()));
        this.keyAdded(e.key);
      }
      bump(ids, e.id, by);
      if (ids.size === 0) {
        this.keyIds.delete(e.key);
        this.keyRemoved(e.key);
      } else if (ids.size >= 2 && [...ids.keys()].some((id) => this.listedCount.has(id))) this.linkedKeys.add(e.key);
      else this.linkedKeys.delete(e.key);
      for (const alias of e.aliases) bump(this.aliasPairs, `${e.id}\u0000${alias}`, by);
    }
    for (const key of new Set(entities.map((e) => e.key))) bump(this.keyDocs, key, by);
    this.resolved = null;
  }

  private keyAdded(key: string): void {
    const shape = shapeOf(key);
    this.shapes.set(key, shape);
    if (shape.skeleton && add(this.bySkeleton, shape.skeleton, key).size >= 2) this.sharedSkeletons.add(shape.skeleton);
    if (shape.ends) {
      add(this.longer, shape.ends, key);
      if (this.shorts.has(shape.ends)) this.fitted.add(shape.ends);
    }
    if (shape.short) {
      this.shorts.add(key);
      if (this.longer.has(key)) this.fitted.add(key);
    }
  }

  private keyRemoved(key: string): void {
    const shape = this.shapes.get(key);
    if (!shape) return;
    this.shapes.delete(key);
    this.linkedKeys.delete(key);
    if (shape.skeleton && (drop(this.bySkeleton, shape.skeleton, key)?.size ?? 0) < 2) this.sharedSkeletons.delete(shape.skeleton);
    if (shape.ends && !drop(this.longer, shape.ends, key)?.size) this.fitted.delete(shape.ends);
    if (shape.short) {
      this.shorts.delete(key);
      this.fitted.delete(key);
    }
  }

  private joined(): Map<string, string> {
    if (!this.resolved) this.recompute();
    return this.resolved!;
  }

  /** Joins ids into persons: only the ids some rule joins take part (most ids are their own person). */
  private recompute(): void {
    const parent = new Map<string, string>();
    /** The listing a set holds, by its root. */
    const listing = new Map<string, string>();
    const listed = this.listedCount;
    const find = (x: string): string => {
      let root = x;
      for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
      for (let y = x; y !== root; ) {
        const next = parent.get(y)!;
        parent.set(y, root);
        y = next;
      }
      return root;
    };
    const node = (x: string) => {
      if (!parent.has(x)) {
        parent.set(x, x);
        if (listed.has(x)) listing.set(x, x);
      }
    };
    const union = (a: string, b: string): void => {
      node(a);
      node(b);
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return;
      const la = listing.get(ra);
      const lb = listing.get(rb);
      // Two listed people are two people, whatever the names say.
      if (la !== undefined && lb !== undefined && la !== lb) return;
      parent.set(rb, ra);
      if (la === undefined && lb !== undefined) listing.set(ra, lb);
    };
    // Joins are applied in a fixed order, so the corpus decides, not the order documents came in.
    const joins: [string, string][] = [];
    const apply = () => {
      joins.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      for (const [a, b] of joins) union(a, b);
      joins.length = 0;
    };
    // A listing one document ties a name to: the same key, unlinked elsewhere, is that listing.
    for (const key of this.linkedKeys) {
      // A name of common words only was tied to the listing by its document's groups: not elsewhere.
      if (commonNameOnly(key)) continue;
      const ids = this.keyIds.get(key)!;
      const listings = [...ids.keys()].filter((id) => listed.has(id));
      if (listings.length === 1) for (const id of ids.keys()) if (id !== listings[0]) joins.push([listings[0], id]);
    }
    // A second name an entity carries.
    for (const pair of this.aliasPairs.keys()) {
      const [id, alias] = pair.split('\u0000');
      const aliasIds = this.keyIds.get(alias);
      if (!aliasIds) continue;
      for (const other of aliasIds.keys()) if (other !== id) joins.push([id, other]);
    }
    // One name transliterated two ways.
    for (const skeleton of this.sharedSkeletons) {
      const keys = [...this.bySkeleton.get(skeleton)!].sort();
      const first = this.keyIds.get(keys[0])!.keys().next().value as string;
      for (const key of keys) for (const id of this.keyIds.get(key)!.keys()) if (id !== first) joins.push([first, id]);
    }
    apply();
    // A middle name omitted: decided on the persons the joins above made.
    for (const key of this.fitted) {
      const candidates = [...this.longer.get(key)!].sort();
      if (!candidates.some((c) => (this.keyDocs.get(c) ?? 0) >= 2)) continue;
      const persons = new Set<string>();
      let first = '';
      for (const c of candidates) {
        for (const id of this.keyIds.get(c)!.keys()) {
          persons.add(find(id));
          first ||= id;
        }
      }
      if (persons.size !== 1) continue;
      for (const id of this.keyIds.get(key)!.keys()) joins.push([first, id]);
    }
    apply();
    // The person of each set: its listing, else its longest key, the first in order among equals.
    const members = new Map<string, string[]>();
    for (const id of parent.keys()) {
      if (!this.idCount.has(id)) continue;
      const root = find(id);
      let list = members.get(root);
      if (!list) members.set(root, (list = []));
      list.push(id);
    }
    const resolved = new Map<string, string>();
    const groups = new Map<string, string[]>();
    for (const [root, list] of members) {
      if (list.length < 2) continue;
      const person = listing.get(root) ?? list.reduce((best, id) => (better(id, best) ? id : best));
      list.sort((a, b) => (a === person ? -1 : b === person ? 1 : a < b ? -1 : a > b ? 1 : 0));
      groups.set(person, list);
      for (const id of list) if (id !== person) resolved.set(id, person);
    }
    this.resolved = resolved;
    this.groups = groups;
  }
}

const words = (key: string) => key.split(' ').length;
const better = (a: string, b: string) => words(a) > words(b) || (words(a) === words(b) && a < b);
