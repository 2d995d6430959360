/**
 * The gazetteer: known groups and their names. Parsing never throws on bad data; problems come
 * back as `GazetteerProblem`s with a JSON path so callers can report them and keep going.
 */

export interface Designation {
  authority: string;
  list?: string;
  reference?: string;
  listedOn?: string | null;
}

export interface AliasSpec {
  text: string;
  caseSensitive?: boolean;
}

export interface GroupEntry {
  id: string;
  name: string;
  aliases: AliasSpec[];
  description?: string;
  parent?: string | null;
  designations: Designation[];
  sources: string[];
  /** Where the entry was defined: 'builtin' or the workspace gazetteer's file path/URI. */
  origin: string;
}

export interface Gazetteer {
  groups: GroupEntry[];
  spellingVariants: string[][];
}

export interface GazetteerProblem {
  path: string;
  message: string;
}

export interface ParsedGazetteer {
  gazetteer: Gazetteer;
  problems: GazetteerProblem[];
  /** Workspace-only directives, by group id. */
  removals: Map<string, string[]>;
  disabled: Set<string>;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const GROUP_FIELDS = new Set(['id', 'name', 'aliases', 'description', 'parent', 'designations', 'sources', 'notes', 'removeAliases', 'disabled']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses gazetteer JSON data (already JSON.parse'd). Invalid groups are skipped, never fatal. */
export function parseGazetteer(data: unknown, origin: string): ParsedGazetteer {
  const problems: GazetteerProblem[] = [];
  const groups: GroupEntry[] = [];
  const removals = new Map<string, string[]>();
  const disabled = new Set<string>();
  const spellingVariants: string[][] = [];
  if (!isObject(data)) {
    problems.push({ path: '', message: 'The gazetteer must be a JSON object with a "groups" array.' });
    return { gazetteer: { groups, spellingVariants }, problems, removals, disabled };
  }
  if (data.spellingVariants !== undefined) {
    if (!Array.isArray(data.spellingVariants)) problems.push({ path: 'spellingVariants', message: '"spellingVariants" must be an array of arrays of words.' });
    else
      data.spellingVariants.forEach((set, i) => {
        if (Array.isArray(set) && set.every((w) => typeof w === 'string' && w.trim() !== '')) spellingVariants.push(set.map((w) => w.trim()));
        else problems.push({ path: `spellingVariants[${i}]`, message: 'Each spelling-variant set must be an array of non-empty words.' });
      });
  }
  if (!Array.isArray(data.groups)) {
    problems.push({ path: 'groups', message: 'The gazetteer needs a "groups" array.' });
    return { gazetteer: { groups, spellingVariants }, problems, removals, disabled };
  }
  data.groups.forEach((raw, index) => {
    const path = `groups[${index}]`;
    if (!isObject(raw)) {
      problems.push({ path, message: 'A group must be an object.' });
      return;
    }
    for (const key of Object.keys(raw)) {
      if (!GROUP_FIELDS.has(key)) problems.push({ path: `${path}.${key}`, message: `Unknown field "${key}".` });
    }
    const id = typeof raw.id === 'string' ? raw.id.trim() : '';
    if (!ID_PATTERN.test(id)) {
      problems.push({ path: `${path}.id`, message: 'A group needs an "id" of lowercase letters, digits and "-".' });
      return;
    }
    if (raw.disabled === true) disabled.add(id);
    if (Array.isArray(raw.removeAliases)) removals.set(id, raw.removeAliases.filter((a): a is string => typeof a === 'string'));
    const name = typeof raw.name === 'string' ? raw.name.trim() : '';
    const aliases: AliasSpec[] = [];
    if (raw.aliases !== undefined && !Array.isArray(raw.aliases)) problems.push({ path: `${path}.aliases`, message: '"aliases" must be an array.' });
    (Array.isArray(raw.aliases) ? raw.aliases : []).forEach((alias, i) => {
      if (typeof alias === 'string' && alias.trim() !== '') aliases.push({ text: alias.trim() });
      else if (isObject(alias) && typeof alias.text === 'string' && alias.text.trim() !== '') {
        aliases.push({ text: alias.text.trim(), caseSensitive: typeof alias.caseSensitive === 'boolean' ? alias.caseSensitive : undefined });
      } else problems.push({ path: `${path}.aliases[${i}]`, message: 'An alias must be a non-empty string or {"text", "caseSensitive"}.' });
    });
    const designations: Designation[] = [];
    if (Array.isArray(raw.designations)) {
      for (const d of raw.designations) {
        if (isObject(d) && typeof d.authority === 'string') {
          designations.push({
            authority: d.authority,
            list: typeof d.list === 'string' ? d.list : undefined,
            reference: typeof d.reference === 'string' ? d.reference : undefined,
            listedOn: typeof d.listedOn === 'string' ? d.listedOn : null,
          });
        }
      }
    }
    groups.push({
      id,
      name,
      aliases,
      description: typeof raw.description === 'string' ? raw.description : undefined,
      parent: typeof raw.parent === 'string' ? raw.parent : null,
      designations,
      sources: Array.isArray(raw.sources) ? raw.sources.filter((s): s is string => typeof s === 'string') : [],
      origin,
    });
  });
  return { gazetteer: { groups, spellingVariants }, problems, removals, disabled };
}

/**
 * Merges a workspace gazetteer over the built-in one: new ids are added, known ids take the
 * workspace's fields and gain its aliases, `removeAliases` and `disabled` prune built-in data.
 */
export function mergeGazetteers(base: Gazetteer, overlay: ParsedGazetteer): Gazetteer {
  const byId = new Map<string, GroupEntry>();
  for (const group of base.groups) byId.set(group.id, { ...group, aliases: [...group.aliases] });
  for (const group of overlay.gazetteer.groups) {
    const existing = byId.get(group.id);
    if (!existing) {
      if (group.name !== '') byId.set(group.id, group);
      continue;
    }
    const seen = new Set(existing.aliases.map((a) => a.text.toLowerCase()));
    const aliases = [...existing.aliases];
    for (const alias of group.aliases) {
      if (!seen.has(alias.text.toLowerCase())) aliases.push(alias);
    }
    byId.set(group.id, {
      ...existing,
      name: group.name || existing.name,
      aliases,
      description: group.description ?? existing.description,
      parent: group.parent ?? existing.parent,
      designations: group.designations.length > 0 ? group.designations : existing.designations,
      origin: group.origin,
    });
  }
  for (const [id, removed] of overlay.removals) {
    const entry = byId.get(id);
    if (!entry) continue;
    const drop = new Set(removed.map((r) => r.toLowerCase()));
    entry.aliases = entry.aliases.filter((a) => !drop.has(a.text.toLowerCase()));
  }
  for (const id of overlay.disabled) byId.delete(id);
  return {
    groups: [...byId.values()],
    spellingVariants: [...base.spellingVariants, ...overlay.gazetteer.spellingVariants],
  };
}

/** All names a group is matched under: its canonical name first, then its aliases. */
export function namesOf(group: GroupEntry): AliasSpec[] {
  const names: AliasSpec[] = [];
  const seen = new Set<string>();
  for (const alias of [{ text: group.name }, ...group.aliases]) {
    const key = alias.text;
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(alias);
  }
  return names;
}

/** Decides case handling: acronyms ("TTP", "LeT", "IS-K") and names of up to three letters are case-sensitive. */
export function isCaseSensitiveName(text: string): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const letters = words.join('').length;
  if (letters <= 3) return true;
  return words.some((w) => (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}
