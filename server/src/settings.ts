/**
 * Settings from the client, checked field by field: a wrong type falls back to the default for
 * that field instead of breaking the server.
 */
import { DEFAULT_SETTINGS, Settings } from './protocol';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : fallback;
}

function number(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function section(raw: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = raw[key];
  return isObject(value) ? value : {};
}

export function readSettings(raw: unknown): Settings {
  const r = isObject(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  const corpus = section(r, 'corpus');
  const gazetteer = section(r, 'gazetteer');
  const hover = section(r, 'hover');
  const references = section(r, 'references');
  const highlight = section(r, 'highlight');
  const diagnostics = section(r, 'diagnostics');
  const sharedIndex = section(r, 'sharedIndex');
  return {
    corpus: {
      include: stringList(corpus.include, d.corpus.include),
      exclude: stringList(corpus.exclude, d.corpus.exclude),
      maxFileSizeMB: number(corpus.maxFileSizeMB, d.corpus.maxFileSizeMB, 0.01, 4096),
    },
    gazetteer: { path: typeof gazetteer.path === 'string' && gazetteer.path.trim() ? gazetteer.path.trim() : d.gazetteer.path },
    hover: { maxCrossReferences: number(hover.maxCrossReferences, d.hover.maxCrossReferences, 0, 50) },
    references: { maxResults: Math.floor(number(references.maxResults, d.references.maxResults, 0, 10_000_000)) },
    highlight: { groups: bool(highlight.groups, d.highlight.groups), claims: bool(highlight.claims, d.highlight.claims) },
    diagnostics: { conflictingFigures: bool(diagnostics.conflictingFigures, d.diagnostics.conflictingFigures) },
    sharedIndex: {
      url: typeof sharedIndex.url === 'string' ? sharedIndex.url.trim() : d.sharedIndex.url,
      timeoutMs: Math.floor(number(sharedIndex.timeoutMs, d.sharedIndex.timeoutMs, 100, 60_000)),
    },
  };
}
