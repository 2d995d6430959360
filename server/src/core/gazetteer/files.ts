/**
 * Loading gazetteers from disk: the built-in one shipped with the extension and a workspace one
 * written by the analyst. A broken workspace file is reported, never fatal.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Gazetteer, GazetteerProblem, ParsedGazetteer, mergeGazetteers, parseGazetteer } from './gazetteer';

export const BUILTIN_ORIGIN = 'builtin';

/** Finds `server/data/gazetteer.json` from the running bundle or compiled sources. */
export function builtinGazetteerPath(): string {
  const override = process.env.SOURCE_LENS_BUILTIN_GAZETTEER;
  if (override) return override;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'server', 'data', 'gazetteer.json');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.join(__dirname, '..', 'server', 'data', 'gazetteer.json');
}

let builtinCache: { path: string; gazetteer: Gazetteer } | undefined;

/** The built-in gazetteer (read once per process). Throws only if the shipped data is missing or broken. */
export function loadBuiltinGazetteer(file = builtinGazetteerPath()): Gazetteer {
  if (builtinCache?.path === file) return builtinCache.gazetteer;
  const parsed = parseGazetteer(JSON.parse(fs.readFileSync(file, 'utf8')), BUILTIN_ORIGIN);
  builtinCache = { path: file, gazetteer: parsed.gazetteer };
  return parsed.gazetteer;
}

export interface WorkspaceGazetteer {
  file: string;
  parsed: ParsedGazetteer | null;
  /** Parse error of the whole file (bad JSON), with the UTF-16 offset when known. */
  error: GazetteerProblem | null;
  text: string;
}

/** Reads a workspace gazetteer file; null when the file does not exist. */
export function readWorkspaceGazetteer(file: string, text?: string): WorkspaceGazetteer | null {
  let content = text;
  if (content === undefined) {
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  }
  return parseWorkspaceGazetteerText(file, content);
}

export function parseWorkspaceGazetteerText(file: string, content: string): WorkspaceGazetteer {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { file, parsed: null, error: { path: '', message: `Not valid JSON: ${(error as Error).message}` }, text };
  }
  return { file, parsed: parseGazetteer(data, file), error: null, text };
}

/** The gazetteer in force: built-in merged with every workspace gazetteer that parsed. */
export function combineGazetteers(builtin: Gazetteer, workspace: readonly (WorkspaceGazetteer | null)[]): Gazetteer {
  let result = builtin;
  for (const w of workspace) if (w?.parsed) result = mergeGazetteers(result, w.parsed);
  return result;
}

/** The 0-based line of `"id": "<id>"` in a gazetteer JSON text, or 0. */
export function lineOfGroupId(text: string, id: string): number {
  const escaped = id.replace(/[^a-z0-9-]/g, '');
  const match = new RegExp(`"id"\\s*:\\s*"${escaped}"`).exec(text);
  if (!match) return 0;
  let line = 0;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
