/**
 * Semantic checks of a workspace gazetteer's JSON text, with exact ranges: duplicate ids, an
 * alias claimed by two groups (in the file, or by a different built-in group), empty aliases,
 * aliases too short or too common to match safely, unknown fields, and the structural problems
 * parseGazetteer reports. A small tolerant JSON scanner maps JSON paths to offsets, so a file
 * with a syntax error still gets the problems found before the error.
 */
import { Gazetteer, namesOf, parseGazetteer } from './gazetteer';
import { isCaseSensitiveName } from './gazetteer';

export interface LintProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning' | 'information';
  code: string;
}

export interface JsonSpan {
  keyStart?: number;
  keyEnd?: number;
  start: number;
  end: number;
}

/** Words too common in news prose to be a group's name on their own. */
const COMMON_WORDS = new Set(
  'the a an and or of in on at to for by with from is it as be are was were he she they we you this that these those army police government state group front party movement people forces force militants fighters rebels council committee union league brigade brigades battalion network organisation organization jihad mujahideen islamic national liberation revolutionary democratic popular new free united holy army'.split(' '),
);

/**
 * Scans JSON text and records the span of every value by path (`groups[0].aliases[1]`) and of
 * every object key. Stops quietly at the first syntax error: what was scanned stays usable.
 */
export function scanJsonPaths(text: string): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /[\s\uFEFF]/.test(text[i])) i++;
  };
  const fail = (): never => {
    throw new Error('syntax');
  };
  const string = (): void => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
  };
  const value = (path: string, key?: { start: number; end: number }): void => {
    ws();
    const start = i;
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          const keyStart = i;
          string();
          const name = JSON.parse(text.slice(keyStart, i)) as string;
          ws();
          if (text[i] !== ':') fail();
          i++;
          value(path ? `${path}.${name}` : name, { start: keyStart, end: i - 1 });
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail();
        }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(`${path}[${n}]`);
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail();
        }
    } else if (ch === '"') string();
    else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!m) fail();
      i += m![0].length;
    }
    spans.set(path, { start, end: i, keyStart: key?.start, keyEnd: key?.end });
  };
  try {
    value('');
  } catch {
    // Keep what was scanned.
  }
  return spans;
}

/** Comparison form of a name: case, punctuation and spacing do not matter. */
function nameKey(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Lints a workspace gazetteer text against the built-in gazetteer. */
export function lintGazetteer(text: string, builtin: Gazetteer): LintProblem[] {
  const problems: LintProblem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offset = text.length - body.length;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const pos = at ? Math.min(Number(at[1]) + offset, text.length) : text.length;
    problems.push({ start: Math.max(0, pos - 1), end: Math.min(text.length, pos + 1), severity: 'error', code: 'json', message: `Not valid JSON (${message}). Until it is fixed, the last valid version of this gazetteer stays in force.` });
    return problems;
  }
  const spans = scanJsonPaths(text);
  const rangeOf = (path: string, key = false): { start: number; end: number } => {
    let p = path;
    for (;;) {
      const span = spans.get(p);
      if (span) return key && span.keyStart !== undefined ? { start: span.keyStart, end: span.keyEnd! } : { start: span.start, end: span.end };
      if (!p) return { start: 0, end: 0 };
      p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    }
  };
  const parsed = parseGazetteer(data, 'workspace');
  for (const problem of parsed.problems) {
    const unknown = /^Unknown field/.test(problem.message);
    problems.push({ ...rangeOf(problem.path, unknown), severity: unknown ? 'warning' : 'error', code: unknown ? 'unknown-field' : 'invalid', message: problem.message });
  }
  const top = data as Record<string, unknown>;
  for (const key of Object.keys(top ?? {})) {
    if (!['$schema', 'version', 'about', 'generatedBy', 'sources', 'spellingVariants', 'ignoredNames', 'groups'].includes(key)) {
      problems.push({ ...rangeOf(key, true), severity: 'warning', code: 'unknown-field', message: `Unknown field "${key}".` });
    }
  }
  // Names of the built-in groups, to find aliases claimed by another group.
  const builtinOwner = new Map<string, string>();
  for (const g of builtin.groups) for (const n of namesOf(g)) if (!builtinOwner.has(nameKey(n.text))) builtinOwner.set(nameKey(n.text), g.id);
  const fileOwner = new Map<string, string>();
  const firstIdAt = new Map<string, number>();
  const groups = Array.isArray(top.groups) ? top.groups : [];
  groups.forEach((raw: unknown, gi: number) => {
    if (!raw || typeof raw !== 'object') return;
    const g = raw as Record<string, unknown>;
    const id = typeof g.id === 'string' ? g.id.trim() : '';
    if (id) {
      if (firstIdAt.has(id)) problems.push({ ...rangeOf(`groups[${gi}].id`), severity: 'warning', code: 'duplicate-id', message: `Duplicate id "${id}" (also groups[${firstIdAt.get(id)}]); the entries are merged in order.` });
      else firstIdAt.set(id, gi);
    }
    const names: { text: string; path: string; caseSensitive?: boolean }[] = [];
    if (typeof g.name === 'string') names.push({ text: g.name, path: `groups[${gi}].name` });
    if (Array.isArray(g.aliases))
      g.aliases.forEach((a: unknown, ai: number) => {
        const path = `groups[${gi}].aliases[${ai}]`;
        if (typeof a === 'string') names.push({ text: a, path });
        else if (a && typeof a === 'object' && typeof (a as { text?: unknown }).text === 'string') {
          const cs = (a as { caseSensitive?: unknown }).caseSensitive;
          names.push({ text: (a as { text: string }).text, path, caseSensitive: typeof cs === 'boolean' ? cs : undefined });
        }
      });
    for (const n of names) {
      const key = nameKey(n.text);
      const range = rangeOf(n.path);
      if (!key) continue; // empty: reported by parseGazetteer
      const letters = key.replace(/[^\p{L}]/gu, '').length;
      const caseSensitive = n.caseSensitive ?? isCaseSensitiveName(n.text.trim());
      if (letters < 2) problems.push({ ...range, severity: 'warning', code: 'too-short', message: `"${n.text}" is too short to match safely.` });
      else if (COMMON_WORDS.has(key) && !caseSensitive) problems.push({ ...range, severity: 'warning', code: 'common-word', message: `"${n.text}" is a common word: it would match ordinary prose. Use a longer name, or {"text": "${n.text}", "caseSensitive": true}.` });
      const otherInFile = fileOwner.get(key);
      if (otherInFile && otherInFile !== id) problems.push({ ...range, severity: 'warning', code: 'alias-conflict', message: `"${n.text}" is also a name of "${otherInFile}" in this file; the first group keeps it.` });
      else if (!otherInFile) fileOwner.set(key, id);
      const builtinGroup = builtinOwner.get(key);
      if (builtinGroup && builtinGroup !== id && !parsed.disabled.has(builtinGroup) && !(parsed.removals.get(builtinGroup) ?? []).some((r) => nameKey(r) === key)) {
        problems.push({ ...range, severity: 'warning', code: 'alias-conflict', message: `"${n.text}" is already a name of the built-in group "${builtinGroup}"; remove it there with "removeAliases" or drop it here.` });
      }
    }
  });
  return problems;
}
