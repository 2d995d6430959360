/**
 * Gazetteer authoring from the corpus: quick fixes on near-miss diagnostics ("Add as an alias",
 * "Ignore this name") and the `sourceLens/addToGazetteer` request behind the "Add Selection to
 * Gazetteer" command. All of them answer with a WorkspaceEdit on the workspace gazetteer (the
 * file is created when missing); the server itself never writes to the workspace: the editor
 * applies the edit, and the usual change/save/watch notifications make the server reload it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { pathToUri, uriToPath } from '../corpusWorkspace';
import { LineIndex } from '../core/text/positions';
import { FeatureContext } from './context';
import { NEAR_MISS_CODE, NearMissData } from './nearMissDiagnostics';

/** The editor's text and version of an open document, if open. */
export type OpenDocuments = (uri: string) => { text: string; version: number } | undefined;

type GazetteerChange =
  | { kind: 'alias'; groupId: string; text: string }
  | { kind: 'ignore'; text: string }
  | { kind: 'newGroup'; name: string };

/** The workspace gazetteer file for a document: that of its folder, else of the first folder. */
function gazetteerFileFor(context: FeatureContext, uri: string): string | null {
  const { workspace } = context;
  const p = uriToPath(uri);
  const folder = (p && workspace.folders.find((f) => !path.relative(f, p).startsWith('..'))) ?? workspace.folders[0];
  return folder ? workspace.gazetteerFileFor(folder) : null;
}

/** A lowercase id for a new group, unique among known groups. */
function newGroupId(context: FeatureContext, name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'group';
  let id = base;
  for (let i = 2; taken.has(id) || context.workspace.matcher.group(id); i++) id = `${base}-${i}`;
  return id;
}

function applyChange(context: FeatureContext, data: Record<string, unknown>, change: GazetteerChange): void {
  if (change.kind === 'ignore') {
    const list = Array.isArray(data.ignoredNames) ? data.ignoredNames : [];
    if (!list.includes(change.text)) list.push(change.text);
    data.ignoredNames = list;
    return;
  }
  const groups = (Array.isArray(data.groups) ? data.groups : []) as Record<string, unknown>[];
  data.groups = groups;
  if (change.kind === 'newGroup') {
    const taken = new Set(groups.map((g) => String(g?.id)));
    groups.push({ id: newGroupId(context, change.name, taken), name: change.name, aliases: [] });
    return;
  }
  // An override entry of this id in the workspace file gains the alias; otherwise a new one is added.
  const entry = [...groups].reverse().find((g) => g && typeof g === 'object' && g.id === change.groupId);
  if (entry) {
    const aliases = Array.isArray(entry.aliases) ? entry.aliases : [];
    if (!aliases.includes(change.text)) aliases.push(change.text);
    entry.aliases = aliases;
  } else groups.push({ id: change.groupId, aliases: [change.text] });
}

/** The edit that makes `change` in the workspace gazetteer of `uri`'s folder; null if that file is not valid JSON. */
export function gazetteerEdit(context: FeatureContext, uri: string, change: GazetteerChange, openDocument: OpenDocuments): WorkspaceEdit | null {
  const file = gazetteerFileFor(context, uri);
  if (!file) return null;
  const fileUri = pathToUri(file);
  const open = openDocument(fileUri);
  let text = open?.text;
  if (text === undefined && fs.existsSync(file)) {
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  }
  if (text === undefined) {
    const data: Record<string, unknown> = { version: 1, groups: [] };
    applyChange(context, data, change);
    return {
      documentChanges: [
        { kind: 'create', uri: fileUri, options: { ignoreIfExists: true } },
        TextDocumentEdit.create({ uri: fileUri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, JSON.stringify(data, null, 2) + '\n')]),
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null; // never overwrite a file the analyst is in the middle of editing
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  applyChange(context, data as Record<string, unknown>, change);
  const lines = new LineIndex(text);
  const whole = lines.rangeOf(0, text.length);
  return {
    documentChanges: [TextDocumentEdit.create({ uri: fileUri, version: open?.version ?? null }, [TextEdit.replace(whole, JSON.stringify(data, null, 2) + '\n')])],
  };
}

function isNearMiss(d: Diagnostic): d is Diagnostic & { data: NearMissData } {
  const data = d.data as Partial<NearMissData> | undefined;
  return d.code === NEAR_MISS_CODE && typeof data?.groupId === 'string' && typeof data.text === 'string';
}

export function provideCodeActions(context: FeatureContext, params: CodeActionParams, openDocument: OpenDocuments): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  for (const diagnostic of params.context.diagnostics.filter(isNearMiss)) {
    const { groupId, groupName, text } = diagnostic.data;
    const name = context.workspace.matcher.group(groupId)?.name ?? groupName ?? groupId;
    const addEdit = gazetteerEdit(context, uri, { kind: 'alias', groupId, text }, openDocument);
    if (addEdit) actions.push({ title: `Add "${text}" as an alias of ${name}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: addEdit });
    const ignoreEdit = gazetteerEdit(context, uri, { kind: 'ignore', text }, openDocument);
    if (ignoreEdit) actions.push({ title: 'Ignore this name', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: ignoreEdit });
  }
  return actions;
}

export interface AddToGazetteerParams {
  uri: string;
  text: string;
  /** Add `text` as an alias of this group… */
  groupId?: string;
  /** …or as a new group of this name (default: `text`). */
  newGroup?: boolean;
}

export function addToGazetteer(context: FeatureContext, params: AddToGazetteerParams, openDocument: OpenDocuments): WorkspaceEdit | null {
  const text = typeof params?.text === 'string' ? params.text.replace(/\s+/g, ' ').trim() : '';
  if (!text || text.length > 200 || typeof params.uri !== 'string') return null;
  if (typeof params.groupId === 'string') {
    if (!context.workspace.matcher.group(params.groupId)) return null;
    return gazetteerEdit(context, params.uri, { kind: 'alias', groupId: params.groupId, text }, openDocument);
  }
  return gazetteerEdit(context, params.uri, { kind: 'newGroup', name: text }, openDocument);
}
