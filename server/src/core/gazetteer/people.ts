/**
 * Known people: individuals on the official lists (`server/data/people.json`, built by
 * `scripts/build-people.mjs` from the UN Security Council Consolidated List), each linked to the
 * gazetteer groups their listing names, with the role it gives. Everyone else a document speaks of
 * is recognised from the text (`core/people/`); a recognised name is tied to a known person only
 * by the people module's identity rules, never by this list alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface KnownPersonGroup {
  /** Gazetteer group id. */
  id: string;
  /** What the listing says the person is to the group ("Founder of Jaish-i-Mohammed"). */
  role: string;
  /** The list's entity reference the link was made from ("QDe.019"); null when the regime itself implies it. */
  reference: string | null;
}

export interface KnownPerson {
  /** "UN:QDi.422". */
  id: string;
  /** Full name as listed, in display case. */
  name: string;
  /** Good-quality a.k.a.s of two words or more. */
  aliases: string[];
  /** Honorifics the listing records ("Maulavi", "Mullah"). */
  titles: string[];
  /** Posts the listing records ("Deputy Minister of Defence under the Taliban regime"). */
  designations: string[];
  groups: KnownPersonGroup[];
  /** The first informative sentence of the listing's narrative, or null. */
  summary: string | null;
  /** The listing says the person is (reportedly) deceased. */
  deceased: boolean;
  listing: { authority: string; list: string; reference: string; listedOn: string | null };
}

export interface KnownPeople {
  people: KnownPerson[];
  /** Where the list came from, for hovers and the provenance notes. */
  sources: string[];
}

export const EMPTY_KNOWN_PEOPLE: KnownPeople = { people: [], sources: [] };

/** Finds `server/data/people.json` from the running bundle or compiled sources. */
export function builtinPeoplePath(): string {
  const override = process.env.SOURCE_LENS_BUILTIN_PEOPLE;
  if (override) return override;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'server', 'data', 'people.json');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.join(__dirname, '..', 'server', 'data', 'people.json');
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);

/** Tolerant reading: entries without an id or a name are left out, missing fields get defaults. */
export function parseKnownPeople(data: unknown): KnownPeople {
  const root = (data ?? {}) as { people?: unknown; sources?: unknown };
  const people: KnownPerson[] = [];
  for (const raw of Array.isArray(root.people) ? root.people : []) {
    const p = (raw ?? {}) as Record<string, unknown>;
    if (typeof p.id !== 'string' || typeof p.name !== 'string' || !p.name.trim()) continue;
    const listing = (p.listing ?? {}) as Record<string, unknown>;
    people.push({
      id: p.id,
      name: p.name.trim(),
      aliases: strings(p.aliases),
      titles: strings(p.titles),
      designations: strings(p.designations),
      groups: (Array.isArray(p.groups) ? p.groups : [])
        .map((g) => (g ?? {}) as Record<string, unknown>)
        .filter((g) => typeof g.id === 'string')
        .map((g) => ({ id: g.id as string, role: typeof g.role === 'string' ? g.role : '', reference: typeof g.reference === 'string' ? g.reference : null })),
      summary: typeof p.summary === 'string' ? p.summary : null,
      deceased: p.deceased === true,
      listing: {
        authority: typeof listing.authority === 'string' ? listing.authority : '',
        list: typeof listing.list === 'string' ? listing.list : '',
        reference: typeof listing.reference === 'string' ? listing.reference : p.id,
        listedOn: typeof listing.listedOn === 'string' ? listing.listedOn : null,
      },
    });
  }
  return { people, sources: strings(root.sources) };
}

let builtinCache: { path: string; people: KnownPeople } | undefined;

/** The built-in list (read once per process). A missing or broken file gives an empty list and the reason. */
export function loadKnownPeople(file = builtinPeoplePath()): { people: KnownPeople; problem: string | null } {
  if (builtinCache?.path === file) return { people: builtinCache.people, problem: null };
  try {
    const people = parseKnownPeople(JSON.parse(fs.readFileSync(file, 'utf8')));
    builtinCache = { path: file, people };
    return { people, problem: null };
  } catch (error) {
    return { people: EMPTY_KNOWN_PEOPLE, problem: `the list of known people (${file}) could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
