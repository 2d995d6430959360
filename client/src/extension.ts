/**
 * The VS Code side of Source Lens: starts the language server and wires editor-only pieces
 * (commands, the read-only gazetteer documents, trusted hover links). No recognition logic here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands, GAZETTEER_SCHEME, HOVER_COMMANDS, IndexStatus, ClaimExport, InitializationOptions, Notifications, PersonStatements, Requests, SharedIndexStatus, WireRange } from '../../server/src/protocol';
import { SERVER_RUNTIME_FLAGS, serverEnvironment } from '../../server/src/launch';
import { ARCHIVE_SCHEME, archiveDocumentProvider, checkUrlForPassword, sendSharedIndexPassword, setSharedIndexPassword } from './sharedIndex';
import { ClaimsView } from './claimsView';
import { GraphPanel } from './webviews/graphPanel';
import { TimelinePanel } from './webviews/timelinePanel';
import { GroupsView } from './groupsView';
import { PeopleView } from './peopleView';
import { IndexStatusBar } from './statusBar';

let client: LanguageClient | undefined;

interface LspLocation {
  uri: string;
  range: WireRange;
}

function toLocation(location: LspLocation): vscode.Location {
  const { start, end } = location.range;
  return new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** Hover Markdown from the server may link only to the extension's own commands. */
function trustOwnCommands(hover: vscode.Hover | null | undefined): vscode.Hover | null | undefined {
  if (!hover) return hover;
  for (const content of hover.contents) {
    if (content instanceof vscode.MarkdownString) {
      content.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      content.supportHtml = false;
    }
  }
  return hover;
}

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The runtime flags and allocator settings that keep the server's memory down (server/src/launch.ts).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_RUNTIME_FLAGS], env: serverEnvironment(process.env) } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_RUNTIME_FLAGS, '--nolazy', '--inspect=6009'], env: serverEnvironment(process.env) } },
  };
  const gazetteerName = vscode.workspace.getConfiguration('sourceLens').get<string>('gazetteer.path') ?? 'source-lens.gazetteer.json';
  const initializationOptions: InitializationOptions = {
    commandLinks: true,
    gazetteerDocuments: true,
    storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
    sharedIndexPasswordFollows: true,
    archiveDocuments: true,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: ARCHIVE_SCHEME },
      { scheme: 'file', pattern: `**/${path.basename(gazetteerName)}` },
    ],
    initializationOptions,
    synchronize: {
      configurationSection: 'sourceLens',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,text}'),
        vscode.workspace.createFileSystemWatcher(`**/${path.basename(gazetteerName)}`),
      ],
    },
    middleware: {
      provideHover: async (document, position, token, next) => trustOwnCommands(await next(document, position, token)),
    },
  };
  client = new LanguageClient('sourceLens', 'Source Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openPassage, async (uri: string, line: number, character: number) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const position = new vscode.Position(Number(line) || 0, Number(character) || 0);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true });
    }),
    vscode.commands.registerCommand(Commands.showGroupReferences, async (groupId: string, uri: string, line: number, character: number) => {
      if (!client) return;
      const locations = await client.sendRequest<LspLocation[]>(Requests.groupReferences, { groupId });
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(line, character), locations.map(toLocation));
    }),
    vscode.commands.registerCommand(Commands.showPersonStatements, async (personId: string, uri: string, line: number, character: number) => {
      if (!client) return;
      const { statements } = await client.sendRequest<PersonStatements>(Requests.personStatements, { personId, aboutGroups: true, limit: 2000 });
      const locations = statements.map((s) => toLocation({ uri: s.uri, range: s.range }));
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(line, character), locations);
    }),
    vscode.commands.registerCommand(Commands.rebuildIndex, async () => {
      if (!client) return;
      const status = await client.sendRequest<{ documents: number }>(Requests.rebuildIndex, {});
      void vscode.window.showInformationMessage(`Source Lens: indexed ${status.documents} documents.`);
    }),
    vscode.workspace.registerTextDocumentContentProvider(ARCHIVE_SCHEME, archiveDocumentProvider(() => client)),
    vscode.commands.registerCommand('sourceLens.setSharedIndexPassword', () => setSharedIndexPassword(context, client)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourceLens.sharedIndex.url')) void checkUrlForPassword(context, client);
    }),
    vscode.workspace.registerTextDocumentContentProvider(GAZETTEER_SCHEME, {
      provideTextDocumentContent: async (uri) => {
        const groupId = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
        const answer = await client?.sendRequest<{ markdown: string } | null>(Requests.gazetteerEntry, { groupId });
        return answer?.markdown ?? `No built-in gazetteer entry "${groupId}".`;
      },
    }),
  );

  const groupsView = new GroupsView(client);
  groupsView.view = vscode.window.createTreeView('sourceLens.groups', { treeDataProvider: groupsView, showCollapseAll: true });
  const claimsView = new ClaimsView(client);
  const peopleView = new PeopleView(client);
  peopleView.view = vscode.window.createTreeView('sourceLens.people', { treeDataProvider: peopleView, showCollapseAll: true });
  const statusBar = new IndexStatusBar();
  context.subscriptions.push(
    groupsView.view,
    peopleView.view,
    vscode.window.createTreeView('sourceLens.claims', { treeDataProvider: claimsView, showCollapseAll: true }),
    vscode.commands.registerCommand('sourceLens.exportClaims', () => exportClaims()),
    statusBar,
    vscode.commands.registerCommand('sourceLens.filterGroups', async () => {
      const filter = await vscode.window.showInputBox({ title: 'Filter groups', prompt: 'Show groups whose name or alias contains…', value: groupsView.filter });
      if (filter !== undefined) groupsView.setFilter(filter);
    }),
    vscode.commands.registerCommand('sourceLens.clearGroupsFilter', () => groupsView.setFilter('')),
    vscode.commands.registerCommand('sourceLens.filterPeople', async () => {
      const filter = await vscode.window.showInputBox({ title: 'Filter people', prompt: 'Show people whose name (or listed name) contains…', value: peopleView.filter });
      if (filter !== undefined) peopleView.setFilter(filter);
    }),
    vscode.commands.registerCommand('sourceLens.clearPeopleFilter', () => peopleView.setFilter('')),
    vscode.commands.registerCommand('sourceLens.refreshViews', () => {
      groupsView.refresh();
      claimsView.refresh();
      peopleView.refresh();
    }),
    vscode.commands.registerCommand('sourceLens.showGroup', () => showGroupQuickPick()),
    vscode.commands.registerCommand('sourceLens.goToRelatedPassages', () => vscode.commands.executeCommand('editor.action.peekImplementation')),
    vscode.commands.registerCommand('sourceLens.openWorkspaceGazetteer', () => openWorkspaceGazetteer()),
    // The graph and timeline views. showGraph is also a hover link ("Centre graph on this group"): its one argument is a group id the server chose.
    ...viewCommands(Commands.showGraph, 'sourceLens.centreGraphOnGroup', (groupId) => client && GraphPanel.show(context.extensionUri, client, groupId)),
    ...viewCommands(Commands.showTimeline, 'sourceLens.showTimelineOfGroup', (groupId) => client && TimelinePanel.show(context.extensionUri, client, groupId)),
    vscode.commands.registerCommand('sourceLens.exportGraph', () => client && (GraphPanel.current ?? GraphPanel.show(context.extensionUri, client)).export()),
    vscode.commands.registerCommand('sourceLens.exportTimeline', () => client && (TimelinePanel.current ?? TimelinePanel.show(context.extensionUri, client)).export()),
    vscode.commands.registerCommand('sourceLens.addSelectionToGazetteer', () => addSelectionToGazetteer()),
  );

  client.onNotification(Notifications.sharedIndexStatus, (status: SharedIndexStatus) => statusBar.updateShared(status));
  await client.start();
  context.subscriptions.push(client);
  // The server connects to the shared index once it has the password (or knows there is none).
  void sendSharedIndexPassword(context, client).then((status) => statusBar.updateShared(status));
  void checkUrlForPassword(context, client);
  let refreshTimer: NodeJS.Timeout | undefined;
  client.onNotification(Notifications.indexChanged, (status: IndexStatus) => {
    statusBar.update(status);
    // Views refresh at most twice a second while indexing.
    if (!refreshTimer) {
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        groupsView.refresh();
        claimsView.refresh();
        peopleView.refresh();
        GraphPanel.current?.indexChanged();
        TimelinePanel.current?.indexChanged();
      }, 500);
    }
  });
  void client.sendRequest<IndexStatus>(Requests.indexStatus, {}).then((status) => statusBar.update(status));
  return client;
}

/**
 * A view's two commands: `show` with an optional group id (the palette, a hover link, the webview),
 * and `atCursor` for the group under the cursor. Each returns the group it was shown for, or null
 * (the editor suite checks it).
 */
function viewCommands(show: string, atCursor: string, open: (groupId: string | undefined) => unknown): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(show, (groupId?: unknown) => {
      const group = typeof groupId === 'string' ? groupId : undefined;
      open(group);
      return group ?? null;
    }),
    vscode.commands.registerCommand(atCursor, async () => {
      const groupId = await groupUnderCursor();
      if (groupId) open(groupId);
      return groupId ?? null;
    }),
  ];
}

/** The group mentioned under the cursor of the active editor, or undefined (saying so). */
async function groupUnderCursor(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage('Source Lens: put the cursor on a group name in a document first.');
    return undefined;
  }
  const position = editor.selection.active;
  const found = await client.sendRequest<{ groupId: string; name: string } | null>(Requests.groupAt, { uri: editor.document.uri.toString(), position: { line: position.line, character: position.character } });
  if (!found) void vscode.window.showInformationMessage('Source Lens: no known group under the cursor.');
  return found?.groupId;
}

/** Writes every claim of the corpus to a CSV or JSON file the analyst chooses. */
async function exportClaims(): Promise<void> {
  if (!client) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export claims',
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'claims.csv') : undefined,
    filters: { CSV: ['csv'], JSON: ['json'] },
  });
  if (!target) return;
  const format = target.path.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  const { content, count } = await client.sendRequest<ClaimExport>(Requests.exportClaims, { format });
  await vscode.workspace.fs.writeFile(target, Buffer.from(content, 'utf8'));
  void vscode.window.showInformationMessage(`Source Lens: exported ${count} claims to ${vscode.workspace.asRelativePath(target)}.`);
}

interface GroupChoice extends vscode.QuickPickItem {
  groupId: string;
}

/** Quick pick over every group (fuzzy search on the server), then every mention in the peek view. */
async function showGroupQuickPick(): Promise<void> {
  if (!client) return;
  const active = client;
  const pick = vscode.window.createQuickPick<GroupChoice>();
  pick.title = 'Source Lens: show a group across the corpus';
  pick.placeholder = 'Type a name, alias or acronym (fuzzy)';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const load = async (query: string) => {
    pick.busy = true;
    const groups = await active.sendRequest<{ groupId: string; name: string; aliases: string[]; mentions: number; documents: number }[]>(Requests.searchGroups, { query });
    pick.items = groups
      .sort((a, b) => (query ? 0 : b.mentions - a.mentions))
      .map((g) => ({ groupId: g.groupId, label: g.name, description: `${g.mentions} mentions in ${g.documents} documents`, detail: g.aliases.slice(0, 8).join(', '), alwaysShow: true }));
    pick.busy = false;
  };
  pick.onDidChangeValue((value) => void load(value));
  const chosen = await new Promise<GroupChoice | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
    void load('');
    pick.show();
  });
  pick.dispose();
  if (!chosen) return;
  const locations = (await active.sendRequest<LspLocation[]>(Requests.groupReferences, { groupId: chosen.groupId })).map(toLocation);
  if (locations.length === 0) {
    void vscode.window.showInformationMessage(`Source Lens: no document mentions ${chosen.label}.`);
    return;
  }
  const first = locations[0];
  await vscode.window.showTextDocument(first.uri, { selection: first.range, preview: true });
  await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
}

const GAZETTEER_TEMPLATE = `{
  "version": 1,
  "groups": [
    {
      "id": "example-front",
      "name": "Example Front",
      "aliases": ["EF"],
      "description": "Replace with a group your sources mention."
    }
  ]
}
`;

/** Opens the workspace gazetteer of the first folder, creating it from a template if needed. */
async function openWorkspaceGazetteer(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Source Lens: open a folder first; the workspace gazetteer lives in it.');
    return;
  }
  const name = vscode.workspace.getConfiguration('sourceLens', folder.uri).get<string>('gazetteer.path') ?? 'source-lens.gazetteer.json';
  const uri = vscode.Uri.joinPath(folder.uri, name);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(GAZETTEER_TEMPLATE, 'utf8'));
  }
  await vscode.window.showTextDocument(uri);
}

/** Adds the selected text as an alias of a chosen group or as a new group: the server builds the edit. */
async function addSelectionToGazetteer(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const active = client;
  const text = editor?.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  if (!editor || !active || !text) {
    void vscode.window.showInformationMessage('Source Lens: select a name in a document first.');
    return;
  }
  const groups = await active.sendRequest<{ groupId: string; name: string; aliases: string[] }[]>(Requests.searchGroups, { query: '' });
  const NEW = { label: '$(add) New group…', description: `"${text}"`, groupId: undefined as string | undefined };
  const picked = await vscode.window.showQuickPick([NEW, ...groups.map((g) => ({ label: g.name, description: g.groupId, groupId: g.groupId as string | undefined }))], {
    placeHolder: `Add "${text}" as an alias of…`,
    matchOnDescription: true,
  });
  if (!picked) return;
  const params = picked.groupId ? { uri: editor.document.uri.toString(), text, groupId: picked.groupId } : { uri: editor.document.uri.toString(), text };
  const edit = await active.sendRequest<unknown>(Requests.addToGazetteer, params);
  if (!edit) {
    void vscode.window.showWarningMessage('Source Lens: the workspace gazetteer is not valid JSON; fix it first.');
    return;
  }
  const workspaceEdit = await active.protocol2CodeConverter.asWorkspaceEdit(edit as Parameters<typeof active.protocol2CodeConverter.asWorkspaceEdit>[0]);
  if (workspaceEdit && (await vscode.workspace.applyEdit(workspaceEdit))) {
    // Saving makes the server reload the gazetteer and re-index at once.
    for (const [uri] of workspaceEdit.entries()) await vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.save();
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
