/**
 * The VS Code side of Source Lens: starts the language server and wires editor-only pieces
 * (commands, the read-only gazetteer documents, trusted hover links). No recognition logic here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands, GAZETTEER_SCHEME, HOVER_COMMANDS, InitializationOptions, Requests } from '../../server/src/protocol';

let client: LanguageClient | undefined;

interface LspLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
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
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const gazetteerName = vscode.workspace.getConfiguration('sourceLens').get<string>('gazetteer.path') ?? 'source-lens.gazetteer.json';
  const initializationOptions: InitializationOptions = {
    commandLinks: true,
    gazetteerDocuments: true,
    storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
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
    vscode.commands.registerCommand(Commands.rebuildIndex, async () => {
      if (!client) return;
      const status = await client.sendRequest<{ documents: number }>(Requests.rebuildIndex, {});
      void vscode.window.showInformationMessage(`Source Lens: indexed ${status.documents} documents.`);
    }),
    vscode.workspace.registerTextDocumentContentProvider(GAZETTEER_SCHEME, {
      provideTextDocumentContent: async (uri) => {
        const groupId = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
        const answer = await client?.sendRequest<{ markdown: string } | null>(Requests.gazetteerEntry, { groupId });
        return answer?.markdown ?? `No built-in gazetteer entry "${groupId}".`;
      },
    }),
  );

  await client.start();
  context.subscriptions.push(client);
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
