/**
 * Diagnostics for workspace gazetteer files: the lint problems of core/gazetteerLint.ts, plus a
 * note when the file on disk is invalid and the last good version is still in force.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { lintGazetteer } from '../core/gazetteer/lint';
import { LineIndex } from '../core/text/positions';
import { FeatureContext } from './context';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information };

/** Diagnostics for one gazetteer file, from the editor's text when open, else the last read text. */
export function gazetteerDiagnostics(context: FeatureContext, file: string, openText?: string): Diagnostic[] {
  const loaded = context.workspace.workspaceGazetteers.get(file);
  const text = openText ?? loaded?.text;
  if (text === undefined) return [];
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = lintGazetteer(text, context.workspace.builtin).map((p) => ({
    range: lines.rangeOf(p.start, p.end),
    severity: SEVERITY[p.severity],
    source: 'Source Lens',
    code: p.code,
    message: p.message,
  }));
  // The saved file failed to load while the editor's text may already be fixed: say what is in force.
  if (loaded?.error && openText !== undefined && !diagnostics.some((d) => d.code === 'json')) {
    diagnostics.push({
      range: lines.rangeOf(0, 0),
      severity: DiagnosticSeverity.Information,
      source: 'Source Lens',
      code: 'not-loaded',
      message: `The saved file could not be loaded (${loaded.error.message}); ${loaded.parsed ? 'the last valid version' : 'the built-in gazetteer only'} is in force until it is saved valid.`,
    });
  }
  return diagnostics;
}
