/**
 * Information diagnostics "Possible mention of <group>" on near misses (see core/nearMiss.ts).
 * The diagnostic carries what the quick fixes need in `data`, so code actions do not re-scan.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { GroupMatcher } from '../core/recognition/groupMatcher';
import { NearMissIndex, findNearMisses, normalizeName } from '../core/recognition/nearMiss';
import { LineIndex } from '../core/text/positions';
import { FeatureContext } from './context';

export const NEAR_MISS_CODE = 'near-miss';

export interface NearMissData {
  groupId: string;
  groupName: string;
  text: string;
}

let cached: { matcher: GroupMatcher; index: NearMissIndex } | undefined;

/** One fuzzy index per matcher: rebuilt only when the gazetteer changes. */
function nearMissIndex(matcher: GroupMatcher): NearMissIndex {
  if (cached?.matcher !== matcher) cached = { matcher, index: new NearMissIndex(matcher) };
  return cached.index;
}

/** Names dismissed with "Ignore this name": the `ignoredNames` arrays of the workspace gazetteers. */
export function ignoredNames(context: FeatureContext): Set<string> {
  const names = new Set<string>();
  for (const w of context.workspace.workspaceGazetteers.values()) {
    let data: unknown;
    try {
      data = JSON.parse(w.text);
    } catch {
      continue; // an invalid file: nothing is ignored from it until it is fixed
    }
    const list = (data as { ignoredNames?: unknown })?.ignoredNames;
    if (Array.isArray(list)) for (const n of list) if (typeof n === 'string') names.add(normalizeName(n));
  }
  return names;
}

export function nearMissDiagnostics(context: FeatureContext, uri: string): Diagnostic[] {
  const text = context.workspace.read(uri);
  if (text === undefined) return [];
  const misses = findNearMisses(text, nearMissIndex(context.workspace.matcher), ignoredNames(context));
  if (misses.length === 0) return [];
  const lines = new LineIndex(text);
  return misses.map((m) => ({
    range: lines.rangeOf(m.start, m.end),
    severity: DiagnosticSeverity.Information,
    source: 'Source Lens',
    code: NEAR_MISS_CODE,
    message: `Possible mention of ${m.groupName} (resembles "${m.alias}")`,
    data: { groupId: m.groupId, groupName: m.groupName, text: m.text } satisfies NearMissData,
  }));
}
