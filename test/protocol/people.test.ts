/**
 * People over the protocol, on a small corpus written here: hover on a person shows the UN
 * listing (the TTP's leader), the corpus counts and his statements about groups in other documents,
 * newest first, with links that land on the passage; Find All References and document highlight
 * on a person; people among the workspace symbols; the People view's requests. A hostile statement
 * stays inert in the hover.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TestLspClient, fileUri, positionOf } from '../support/lspClient';

const DOCS: Record<string, string> = {
  '2023-03-20-ttp-video.txt':
    'PESHAWAR, 20 March 2023 — TTP chief Noor Wali Mehsud said in a video that the TTP would keep attacking police posts in Khyber Pakhtunkhwa.\n\n' +
    'Officials in Peshawar did not comment on the video.\n',
  '2024-01-10-eid-message.txt':
    'ISLAMABAD, 10 January 2024 — In an Eid message, Mufti Noor Wali Mehsud said the TTP had sent the families of its fighters to Afghanistan.\n',
  '2024-02-02-quetta-police-brief.txt': 'QUETTA, 2 February 2024 — Police said the attackers answered to the TTP chief Noor Wali Mehsud.\n',
  '2024-03-01-hostile-capture.txt':
    'KARACHI, 1 March 2024 — A new video appeared on Friday. Noor Wali Mehsud said the TTP [would strike](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> again.\n',
};

function decodeOpenPassage(target: string): [string, number, number] {
  return JSON.parse(decodeURIComponent(target.slice('command:sourceLens.openPassage?'.length)));
}

describe('people over stdio', () => {
  let root: string;
  let client: TestLspClient;
  const uriOf = (name: string) => fileUri(path.join(root, name));

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-people-'));
    for (const [name, text] of Object.entries(DOCS)) fs.writeFileSync(path.join(root, name), text);
    client = await TestLspClient.start({ root, initializationOptions: { commandLinks: true } });
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const first = '2023-03-20-ttp-video.txt';

  test('hover on a person: the listing, the corpus counts and statements about groups elsewhere, newest first, with working links', async () => {
    const position = positionOf(DOCS[first], 'Wali Mehsud');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(first) }, position });
    const markdown: string = hover.contents.value;
    // The text as rendered: escapes removed.
    const shown = markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    assert.match(shown, /^\*\*(?:Mufti )?Noor Wali Mehsud\*\* \(listed person\)/, markdown);
    assert.match(shown, /\*Listed:\* UN Security Council, ISIL \(Da'esh\) & Al-Qaida Sanctions List, QDi\.427, listed 2020-07-16/, markdown);
    assert.match(shown, /\*Role:\* Leader of Tehrik-e Taliban Pakistan .*— Tehrik-e-Taliban Pakistan/, markdown);
    assert.match(shown, /\*Described as:\* TTP chief/, markdown);
    assert.match(shown, /\*In this document:\* Noor Wali Mehsud\n/, markdown);
    assert.match(shown, /\*In the corpus:\* 4 mentions in 4 documents; 3 statements in 3 documents/, markdown);
    assert.match(shown, /\*\*Statements about groups elsewhere\*\* — 2/, markdown);
    const items = markdown.split('\n').filter((l) => l.startsWith('- ['));
    assert.ok(items.length >= 2, markdown);
    const dates = items.map((l) => /· (\d{4}\\-\d{2}\\-\d{2})/.exec(l)?.[1].replace(/\\/g, '') ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.ok(items.every((l) => !l.includes('2023\\-03\\-20-ttp')), 'statements elsewhere, not in this document');
    const eid = items.find((l) => l.includes('eid'));
    assert.ok(eid, items.join('\n'));
    assert.match(eid!, /— \*Tehrik\\-e\\-Taliban Pakistan\* · 2024\\-01\\-10: In an Eid message/, 'the group, the date and the snippet');
    const target = /\]\((command:sourceLens\.openPassage\?[^)\s]+)\)/.exec(eid!)![1];
    const [uri, line] = decodeOpenPassage(target);
    const file = fileURLToPath(uri);
    assert.equal(path.basename(file), '2024-01-10-eid-message.txt');
    assert.match(fs.readFileSync(file, 'utf8').split('\n')[line], /Mufti Noor Wali Mehsud said/);
  });

  test('hover on a person: a hostile statement elsewhere stays plain text', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(first) }, position: positionOf(DOCS[first], 'Noor Wali') });
    const markdown: string = hover.contents.value;
    assert.ok(markdown.includes('would strike'), 'the hostile statement is listed');
    assert.doesNotMatch(markdown, /\]\(command:workbench/, 'no link to a foreign command');
    assert.doesNotMatch(markdown, /(?<!\\)<img/, "no raw HTML");
    for (const m of markdown.matchAll(/\]\((command:[^?)]+)/g)) assert.match(m[1], /^command:sourceLens\.(openPassage|showPersonStatements|showGroupReferences)$/);
  });

  test('references on a person: every mention across documents under every form, this document first', async () => {
    const locations: { uri: string; range: any }[] = await client.request('textDocument/references', {
      textDocument: { uri: uriOf(first) },
      position: positionOf(DOCS[first], 'Mehsud'),
      context: { includeDeclaration: false },
    });
    assert.equal(locations[0].uri, uriOf(first));
    const files = new Set(locations.map((l) => path.basename(fileURLToPath(l.uri))));
    assert.deepEqual([...files].sort(), Object.keys(DOCS).sort());
    const eid = locations.find((l) => l.uri === uriOf('2024-01-10-eid-message.txt'))!;
    const line = DOCS['2024-01-10-eid-message.txt'].split('\n')[eid.range.start.line];
    assert.match(line.slice(eid.range.start.character, eid.range.end.character), /^(?:Mufti )?Noor Wali Mehsud$/);
  });

  test('document highlight on a person marks the person, not the group', async () => {
    const highlights: { range: any }[] = await client.request('textDocument/documentHighlight', { textDocument: { uri: uriOf(first) }, position: positionOf(DOCS[first], 'Noor') });
    assert.equal(highlights.length, 1);
    assert.equal(highlights[0].range.start.line, 0);
  });

  test('workspace symbols include people, found by a misspelt surname', async () => {
    const symbols: { name: string; containerName?: string; location: { uri: string } }[] = await client.request('workspace/symbol', { query: 'mehsood' });
    const person = symbols.filter((s) => /Noor Wali Mehsud/.test(s.name));
    assert.ok(person.length >= 4, symbols.map((s) => `${s.name} (${s.containerName})`).join('\n'));
    assert.ok(person.every((s) => /person, listed QDi\.427/.test(s.containerName ?? '')));
  });

  test('People view requests: people, statements by group, documents', async () => {
    const overview = await client.request('sourceLens/peopleOverview', { filter: '' });
    const mehsud = overview.people.find((p: any) => p.listed === 'QDi.427');
    assert.ok(mehsud, JSON.stringify(overview));
    assert.equal(overview.people[0].personId, mehsud.personId, 'most statements first');
    assert.ok(mehsud.statements >= 3);
    assert.equal(mehsud.documents, 4);
    const filtered = await client.request('sourceLens/peopleOverview', { filter: 'nobody by this name' });
    assert.deepEqual(filtered, { people: [], total: 0 });

    const groups = await client.request('sourceLens/personGroups', { personId: mehsud.personId });
    const ttp = groups.find((g: any) => g.groupId === 'ttp');
    assert.ok(ttp && ttp.statements >= 3, JSON.stringify(groups));

    const statements = await client.request('sourceLens/personStatements', { personId: mehsud.personId, groupId: 'ttp' });
    assert.equal(statements.total, ttp.statements);
    assert.equal(statements.statements[0].date, '2024-03-01');
    const s = statements.statements.find((x: any) => x.document === '2024-01-10-eid-message.txt');
    assert.ok(s && /families of its fighters/.test(s.snippet), JSON.stringify(statements));
    assert.equal(s.range.start.line, 0);

    const documents = await client.request('sourceLens/personDocuments', { personId: mehsud.personId });
    assert.equal(documents.length, 4);
    assert.ok(documents.every((d: any) => d.range && d.mentions >= 1));
    const references = await client.request('sourceLens/personReferences', { personId: mehsud.personId });
    assert.ok(references.length >= 4);

    assert.deepEqual(await client.request('sourceLens/personGroups', { personId: 42 }), [], 'a bad id is an empty answer');
    assert.deepEqual(await client.request('sourceLens/personStatements', {}), { statements: [], total: 0 });
  });
});
