/**
 * Source Lens inside a real VS Code, through the public `vscode` API only. The workspace is
 * samples/ (opened by the launcher). Every check polls for up to ~30 s while the server indexes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'source-lens.source-lens';
const RETRY_MS = 30_000;

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the launcher must open samples/)');
  return folder.uri;
}

function sample(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'corpus', name);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `probe` until it returns without throwing, or rethrows its last error after `ms`. */
async function eventually<T>(probe: () => Promise<T>, ms = RETRY_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw last;
    await sleep(500);
  }
}

async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sample(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Position inside the first match of `pattern` in the document (offset characters into it). */
function positionOf(document: vscode.TextDocument, pattern: RegExp, offset = 1): vscode.Position {
  const match = pattern.exec(document.getText());
  assert.ok(match, `${pattern} not found in ${document.uri.path}`);
  return document.positionAt(match.index + offset);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : String(content)))
    .join('\n');
}

describe('Source Lens in VS Code', function () {
  this.timeout(90_000);
  let kabulHotel: vscode.TextDocument;

  before(async () => {
    kabulHotel = await open('2022-12-13-kabul-hotel-attack.txt');
  });

  it('is installed and active after a sample document is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await eventually(async () => {
      if (!extension.isActive) await extension.activate();
      assert.ok(extension.isActive, 'extension did not activate');
    });
  });

  it('hovers "IS-K" with the group name and cross-references', async () => {
    const position = positionOf(kabulHotel, /\bIS-K\b/);
    const text = await eventually(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kabulHotel.uri, position);
      const value = hoverText(hovers);
      assert.match(value, /Islamic State Khorasan Province/, `hover was: ${value || '(empty)'}`);
      assert.match(value, /Cross-references/, `hover was: ${value}`);
      return value;
    });
    assert.ok(text.length > 0);
  });

  it('hovers a casualty claim with a claim section', async () => {
    const document = await open('2023-01-30-peshawar-police-lines-mosque-blast.txt');
    const position = positionOf(document, /At least 59 people were killed/, 12);
    await eventually(async () => {
      const value = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
      assert.match(value, /claim/i, `hover was: ${value || '(empty)'}`);
    });
  });

  it('goes to the definition of a group mention', async () => {
    const position = positionOf(kabulHotel, /\bIS-K\b/);
    await eventually(async () => {
      const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', kabulHotel.uri, position);
      assert.ok(result && result.length > 0, 'no definition returned');
      const uri = 'targetUri' in result[0] ? result[0].targetUri : result[0].uri;
      assert.ok(uri.toString().length > 0);
    });
  });

  it('finds references to a group across at least 3 documents', async () => {
    const position = positionOf(kabulHotel, /\bIS-K\b/);
    await eventually(async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', kabulHotel.uri, position);
      const files = new Set((locations ?? []).map((l) => l.uri.toString()));
      assert.ok(files.size >= 3, `references span ${files.size} file(s): ${[...files].join(', ')}`);
    });
  });

  it('emits a "group" semantic token', async () => {
    await eventually(async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', kabulHotel.uri);
      assert.ok(legend, 'no semantic tokens legend');
      const groupType = legend.tokenTypes.indexOf('group');
      assert.ok(groupType >= 0, `legend token types: ${legend.tokenTypes.join(', ')}`);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', kabulHotel.uri);
      assert.ok(tokens && tokens.data.length > 0, 'no semantic tokens');
      let found = false;
      for (let i = 3; i < tokens.data.length; i += 5) if (tokens.data[i] === groupType) found = true;
      assert.ok(found, 'no token of type "group"');
    });
  });

  it('lists document symbols', async () => {
    await eventually(async () => {
      const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', kabulHotel.uri);
      assert.ok(symbols && symbols.length > 0, 'no document symbols');
    });
  });

  it('finds workspace symbols for "iskp"', async () => {
    await eventually(async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'iskp');
      assert.ok(symbols && symbols.length > 0, 'no workspace symbols for "iskp"');
      assert.ok(
        symbols.some((s) => /khorasan|iskp|is-k/i.test(s.name)),
        `symbols: ${symbols.slice(0, 10).map((s) => s.name).join(', ')}`,
      );
    });
  });

  it('sourceLens.openPassage opens a document at the given line', async () => {
    const target = sample('2023-07-31-bajaur-rally-bombing.txt');
    await vscode.commands.executeCommand('sourceLens.openPassage', target.toString(), 2, 0);
    await eventually(async () => {
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no active editor');
      assert.equal(editor.document.uri.toString(), target.toString());
      assert.equal(editor.selection.active.line, 2);
    }, 10_000);
  });

  it('sourceLens.rebuildIndex runs', async () => {
    await vscode.commands.executeCommand('sourceLens.rebuildIndex');
  });

  it('opens source-lens-archive: documents through the server (here: no shared index configured, said in the document)', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('sourceLens.setSharedIndexPassword'), 'the password command is registered');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('source-lens-archive:/corpus/only-in-the-archive.txt'));
    assert.match(document.getText(), /No shared index is configured \(sourceLens\.sharedIndex\.url\)/);
  });

  it('shows the Source Lens view container with groups', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.sourceLens');
    // The Groups tree's data comes from sourceLens/groupsOverview; the extension exports its client.
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const client = extension?.exports as { sendRequest?: (method: string, params: unknown) => Promise<unknown> } | undefined;
    if (!client || typeof client.sendRequest !== 'function') return;
    await eventually(async () => {
      const groups = (await client.sendRequest!('sourceLens/groupsOverview', { filter: '' })) as unknown[];
      assert.ok(Array.isArray(groups) && groups.length > 0, 'Groups view would be empty');
    });
  });

  it('hovers a person with who they are and their statements about groups elsewhere', async () => {
    const document = await open('2024-04-15-analysis-iskp-external-operations.md');
    const position = positionOf(document, /Farid Azimi/, 3);
    await eventually(async () => {
      const value = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
      assert.match(value, /\*\*Farid Azimi\*\* \(person\)/, `hover was: ${value || '(empty)'}`);
      assert.match(value, /Statements about groups elsewhere\*\* — [1-9]/, value);
      assert.match(value, /command:sourceLens\.openPassage\?/, value);
    });
  });

  it('finds references to a person in two documents', async () => {
    const document = await open('2024-04-15-analysis-iskp-external-operations.md');
    const position = positionOf(document, /Farid Azimi/, 3);
    await eventually(async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      const files = new Set((locations ?? []).map((l) => l.uri.path.split('/').pop()));
      assert.ok(files.has('2024-04-15-analysis-iskp-external-operations.md') && files.has('2024-07-23-un-monitors-report-isil-k-ttp-capture.txt'), [...files].join(', '));
    });
  });

  it('shows the People view; a statement under a person and a group opens its passage', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.sourceLens');
    await vscode.commands.executeCommand('sourceLens.people.focus');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const client = extension?.exports as { sendRequest(method: string, params: unknown): Promise<any> };
    assert.equal(typeof client?.sendRequest, 'function', 'the extension exports its language client');
    // The tree's own requests, in its order: people -> groups of a person -> statements about a group.
    const azimi = await eventually(async () => {
      const { people } = await client.sendRequest('sourceLens/peopleOverview', { filter: 'Azimi' });
      const person = people.find((p: { name: string }) => p.name === 'Farid Azimi');
      assert.ok(person && person.statements > 0 && person.documents === 2, JSON.stringify(people));
      return person;
    });
    const groups = await client.sendRequest('sourceLens/personGroups', { personId: azimi.personId });
    const group = groups.find((g: { groupId: string | null }) => g.groupId !== null);
    assert.ok(group, JSON.stringify(groups));
    const { statements } = await client.sendRequest('sourceLens/personStatements', { personId: azimi.personId, groupId: group.groupId });
    assert.ok(statements.length > 0);
    const statement = statements[statements.length - 1];
    // What clicking the statement runs.
    await vscode.commands.executeCommand('sourceLens.openPassage', statement.uri, statement.range.start.line, statement.range.start.character);
    await eventually(async () => {
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no active editor');
      assert.equal(editor.document.uri.toString(), statement.uri);
      assert.equal(editor.selection.active.line, statement.range.start.line);
      const passage = editor.document.getText(new vscode.Range(statement.range.start.line, statement.range.start.character, statement.range.end.line, statement.range.end.character));
      assert.ok(passage.replace(/\s+/g, ' ').startsWith(statement.snippet.replace(/…$/, '').slice(0, 40)), `${passage} / ${statement.snippet}`);
    }, 10_000);
  });
});
