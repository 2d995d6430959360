/**
 * Markdown for hovers. Corpus text and workspace gazetteer text are untrusted: everything taken
 * from them goes through `escapeMarkdown`, which makes every ASCII punctuation character literal,
 * so links, images, HTML, code spans and autolinks in a document render as plain text. Links are
 * only ever built here, from URIs and command ids the server itself chose.
 */
import { Commands } from '../protocol';
import { FeatureContext } from './context';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Renders untrusted text literally in Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(ASCII_PUNCTUATION, (ch) => '\\' + ch);
}

/** A link target that opens `uri` at a 0-based line/character. */
export function openLocationTarget(context: FeatureContext, uri: string, line: number, character: number): string {
  if (context.client.commandLinks) {
    return `command:${Commands.openPassage}?${encodeURIComponent(JSON.stringify([uri, line, character]))}`;
  }
  // Other editors: a plain file link with a line fragment (understood by most).
  return `${uri}#L${line + 1}`;
}

export function groupReferencesTarget(context: FeatureContext, groupId: string, uri: string, line: number, character: number): string | null {
  if (!context.client.commandLinks) return null;
  return `command:${Commands.showGroupReferences}?${encodeURIComponent(JSON.stringify([groupId, uri, line, character]))}`;
}

/** The graph view centred on a group; only for a group id the gazetteer knows, and only where command links work. */
export function centreGraphTarget(context: FeatureContext, groupId: string): string | null {
  if (!context.client.commandLinks || !context.workspace.matcher.group(groupId)) return null;
  return `command:${Commands.showGraph}?${encodeURIComponent(JSON.stringify([groupId]))}`;
}

/** "N more…" of a person hover: the person's statements about groups in the peek view. */
export function personStatementsTarget(context: FeatureContext, personId: string, uri: string, line: number, character: number): string | null {
  if (!context.client.commandLinks) return null;
  return `command:${Commands.showPersonStatements}?${encodeURIComponent(JSON.stringify([personId, uri, line, character]))}`;
}

/** A Markdown link whose label is escaped and whose target is one the server built. */
export function link(label: string, target: string): string {
  return `[${escapeMarkdown(label)}](${target.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

/** A file's short display name from its URI. */
export function displayName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  if (!last.includes('%')) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
