/**
 * Where a group is defined: its entry in a workspace gazetteer file, or the built-in entry,
 * rendered as a read-only Markdown document (VS Code) or located in the shipped JSON (others).
 */
import * as fs from 'node:fs';
import { Location } from 'vscode-languageserver';
import { GroupEntry } from '../core/gazetteer/gazetteer';
import { BUILTIN_ORIGIN, builtinGazetteerPath, lineOfGroupId } from '../core/gazetteer/files';
import { pathToUri } from '../corpusWorkspace';
import { GAZETTEER_SCHEME } from '../protocol';
import { FeatureContext } from './context';
import { describeDesignations } from './groupHover';

let builtinText: string | undefined;

function fileLocation(filePath: string, text: string, id: string): Location {
  const line = lineOfGroupId(text, id);
  return { uri: pathToUri(filePath), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

export function gazetteerEntryUri(groupId: string): string {
  return `${GAZETTEER_SCHEME}:/${encodeURIComponent(groupId)}.md`;
}

export function definitionLocation(context: FeatureContext, group: GroupEntry): Location | null {
  if (group.origin !== BUILTIN_ORIGIN) {
    const loaded = context.workspace.workspaceGazetteers.get(group.origin);
    return fileLocation(group.origin, loaded?.text ?? '', group.id);
  }
  if (context.client.gazetteerDocuments) {
    return { uri: gazetteerEntryUri(group.id), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  const file = builtinGazetteerPath();
  try {
    builtinText ??= fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return fileLocation(file, builtinText, group.id);
}

/** The read-only document for a built-in entry. Plain text inside a Markdown file: no markup from data. */
export function renderGazetteerEntry(context: FeatureContext, groupId: string): string | null {
  const group = context.workspace.matcher.group(groupId);
  if (!group) return null;
  const stats = context.workspace.index.stats(group.id);
  const out = [
    `# ${group.name}`,
    '',
    `Built-in Source Lens gazetteer entry \`${group.id}\` (read-only). Override it in your workspace gazetteer.`,
    '',
    group.description ?? '',
    '',
    '## Names matched',
    ...[group.name, ...group.aliases.map((a) => a.text)].filter((v, i, all) => all.indexOf(v) === i).map((n) => `- ${n}`),
    '',
    '## Designations',
    describeDesignations(group),
    '',
    ...(group.sources.length ? ['## Source records', ...group.sources.map((s) => `- ${s}`), ''] : []),
    `## In this corpus`,
    `${stats.mentions} mentions in ${stats.documents} documents.`,
    '',
  ];
  return out.join('\n');
}
