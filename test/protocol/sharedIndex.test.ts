/**
 * The editor on a shared index, over the real protocol, against a real PostgreSQL server started for
 * this file: the sample corpus is the team's archive (written by `source-lens index`), the analyst's
 * folder holds a note and an edited copy of one archive document. Hovers, references, workspace
 * symbols, related claims and the views merge both (local copies win); archive-only documents open
 * through `sourceLens/archiveDocument` with highlights; the password comes from the environment or
 * the client, never from the URL; a slow, unreachable or vanished database is reported once and the
 * editor keeps answering from its local index.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from 'pg';
import { REPO_ROOT, TestLspClient, decodeSemanticTokens, fileUri, positionOf } from '../support/lspClient';
import { SharedIndexServer, cleanEnv, startSharedIndexServer } from '../support/postgres';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
/** The hover's totals from the local folder alone: the note (2 mentions) and the edited copy (5). */
const LOCAL_ONLY = /\*In the corpus:\* 7 mentions in 2 documents/;
const CEASEFIRE = 'corpus/2022-06-18-ttp-announces-ceasefire.txt';
const ARCHIVE_CEASEFIRE = `source-lens-archive:/${CEASEFIRE}`;
const NOTE = `PESHAWAR, 2 March 2023 — By an analyst

The TTP claimed responsibility for the attack on the police lines, its spokesman said.
The Pakistani Taliban said 12 policemen were killed in the attack on the police lines in Peshawar.
`;

/** A note naming a spokesman whom only archive documents quote about groups. */
const PEOPLE_NOTE = `KABUL, 5 August 2024 — By an analyst

Hamdullah Noori, a deputy spokesman, said on Monday that the report was late.
`;
/** A denial of any tie between two groups that archive documents say split from one another. */
const RELATION_NOTE = `MAIDUGURI, 3 June 2024 — By an analyst

The Islamic State West Africa Province has no links to Boko Haram, a local official said.
`;
const ANALYSIS_ZAWAHIRI = 'source-lens-archive:/corpus/2022-09-12-analysis-al-qaeda-after-zawahiri.txt';

let db: SharedIndexServer;
let root: string;

function sharedSettings(url: string, extra: Record<string, unknown> = {}) {
  return { sharedIndex: { url, ...extra } };
}

async function startEditor(settings: unknown, env: Record<string, string>, initializationOptions: Record<string, unknown> = {}): Promise<TestLspClient> {
  const client = await TestLspClient.start({ root, settings, env: { ...cleanEnv(), ...env }, initializationOptions });
  await client.waitForIndex();
  return client;
}

function hoverAt(client: TestLspClient, uri: string, text: string, needle: string, occurrence = 0): Promise<any> {
  return client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, occurrence) });
}

async function statuses(client: TestLspClient, state: string): Promise<any> {
  return client.waitForNotification('sourceLens/sharedIndexStatus', (s) => s.state === state, 15000);
}

before(async () => {
  db = await startSharedIndexServer();
  const run = spawnSync(process.execPath, [CLI, 'index', path.join(REPO_ROOT, 'samples'), '--db', db.writerUrl, '--workers', '1'], { encoding: 'utf8', env: cleanEnv(db.envFor('writer')) });
  assert.equal(run.status, 0, run.stderr);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-shared-'));
  fs.mkdirSync(path.join(root, 'corpus'));
  fs.mkdirSync(path.join(root, 'notes'));
  fs.copyFileSync(path.join(REPO_ROOT, 'samples', 'source-lens.gazetteer.json'), path.join(root, 'source-lens.gazetteer.json'));
  // An edited local copy of an archive document: the local one is shown, never its archive copy.
  const original = fs.readFileSync(path.join(REPO_ROOT, 'samples', CEASEFIRE), 'utf8');
  fs.writeFileSync(path.join(root, CEASEFIRE), original + '\nAnalyst: the TTP statement was repeated on Sunday.\n');
  fs.writeFileSync(path.join(root, 'notes', 'analyst-note.txt'), NOTE);
  fs.writeFileSync(path.join(root, 'notes', 'people-note.txt'), PEOPLE_NOTE);
  fs.writeFileSync(path.join(root, 'notes', 'relation-note.txt'), RELATION_NOTE);
});

after(async () => {
  await db?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('the editor with a shared index', () => {
  let client: TestLspClient;
  const noteUri = () => fileUri(path.join(root, 'notes', 'analyst-note.txt'));

  before(async () => {
    client = await startEditor(sharedSettings(db.readerUrl), db.envFor('reader'));
    client.open(noteUri(), NOTE);
    await statuses(client, 'ready');
  });

  after(async () => {
    await client?.stop();
  });

  test('status: ready, with the archive size, reported once', async () => {
    const status = await client.request('sourceLens/sharedIndexStatus', {});
    assert.equal(status.state, 'ready');
    const [{ n }] = await db.admin(`SELECT count(*)::int AS n FROM source_lens.documents`);
    assert.equal(status.documents, n);
    assert.ok(n > 20);
    assert.equal(status.url, db.readerUrl);
    assert.equal(client.notifications.filter((n) => n.method === 'sourceLens/sharedIndexStatus' && n.params.state === 'ready').length, 1);
  });

  test('hover on a group: totals of the folder and the archive without counting the local copy twice; archive passages linked; the local copy wins', async () => {
    const [archive] = await db.admin(`SELECT mentions::int, documents::int FROM source_lens.group_stats WHERE group_id = 'ttp'`);
    const [copy] = await db.admin(`SELECT count(*)::int AS n FROM source_lens.mentions m JOIN source_lens.documents d USING (generation, doc_key) WHERE d.path = $1 AND m.group_id = 'ttp'`, [CEASEFIRE]);
    const local = await client.request('sourceLens/groupsOverview', {});
    const hover = await hoverAt(client, noteUri(), NOTE, 'TTP');
    const markdown: string = hover.contents.value;
    // Local: the note (2 mentions) and the edited copy (its archive mentions plus 1).
    const localMentions = 2 + copy.n + 1;
    const expectedDocuments = 2 + archive.documents - 1;
    const expectedMentions = localMentions + archive.mentions - copy.n;
    assert.match(markdown, new RegExp(`In the corpus and the shared archive:\\* ${expectedMentions} mentions in ${expectedDocuments} documents`), markdown);
    assert.match(markdown, /source-lens-archive:\/corpus\/[^)]+\.(txt|md)#L\d+/, 'archive passages are linked');
    assert.ok(!markdown.includes(ARCHIVE_CEASEFIRE), 'the archive copy of a local document is never shown');
    assert.match(markdown, new RegExp(`Cross-references\\*\\* — ${expectedDocuments - 1} other documents`));
    const groups = local.find((g: any) => g.groupId === 'ttp');
    assert.deepEqual([groups.mentions, groups.documents], [expectedMentions, expectedDocuments]);
  });

  test('references: the local mentions first, then the archive\'s, without the archive copy of a local document', async () => {
    const locations: any[] = await client.request('textDocument/references', { textDocument: { uri: noteUri() }, position: positionOf(NOTE, 'TTP'), context: { includeDeclaration: false } });
    assert.equal(locations[0].uri, noteUri());
    const archive = locations.filter((l) => l.uri.startsWith('source-lens-archive:'));
    const [stored] = await db.admin(`SELECT mentions::int FROM source_lens.group_stats WHERE group_id = 'ttp'`);
    const [copy] = await db.admin(`SELECT count(*)::int AS n FROM source_lens.mentions m JOIN source_lens.documents d USING (generation, doc_key) WHERE d.path = $1 AND m.group_id = 'ttp'`, [CEASEFIRE]);
    assert.equal(archive.length, stored.mentions - copy.n);
    assert.ok(!archive.some((l) => l.uri === ARCHIVE_CEASEFIRE));
    const firstArchive = locations.findIndex((l) => l.uri.startsWith('source-lens-archive:'));
    assert.ok(locations.slice(firstArchive).every((l) => l.uri.startsWith('source-lens-archive:')), 'local first');
  });

  test('workspace symbols include archive documents', async () => {
    const symbols: any[] = await client.request('workspace/symbol', { query: 'Islamic State Khorasan' });
    assert.ok(symbols.some((s) => s.location.uri.startsWith('source-lens-archive:/corpus/') && s.name === 'Islamic State Khorasan Province'), JSON.stringify(symbols.slice(0, 3)));
  });

  test('a claim hover lists related claims from the archive', async () => {
    const hover = await hoverAt(client, noteUri(), NOTE, 'claimed responsibility');
    const markdown: string = hover.contents.value;
    assert.match(markdown, /\*\*Claim\*\* — responsibility/);
    assert.match(markdown, /Related claims in other documents/);
    assert.match(markdown, /source-lens-archive:\/corpus\/[^)]+#L\d+\) — responsibility/, markdown);
  });

  test('views: groups and claims include the archive', async () => {
    const categories = await client.request('sourceLens/claimCategories', {});
    const [claims] = await db.admin(`SELECT count(*)::int AS n FROM source_lens.claims`);
    const total = categories.kinds.reduce((n: number, k: any) => n + k.count, 0);
    assert.ok(total >= claims.n, `${total} claims listed, the archive has ${claims.n}`);
    const items: any[] = await client.request('sourceLens/claimsIn', { groupId: 'iskp' });
    assert.ok(items.some((i) => i.uri.startsWith('source-lens-archive:') && i.document.endsWith('(archive)')));
    const docs: any[] = await client.request('sourceLens/groupDocuments', { groupId: 'ttp' });
    assert.equal(docs[0].uri.startsWith('file:'), true);
    assert.ok(docs.some((d) => d.uri.startsWith('source-lens-archive:')));
    assert.ok(!docs.some((d) => d.uri === ARCHIVE_CEASEFIRE));
  });

  test('an archive-only document opens read from the archive, with highlights and hovers', async () => {
    const uri = 'source-lens-archive:/corpus/2023-03-20-ttp-commander-tells-dawn-strength.txt';
    const answer = await client.request('sourceLens/archiveDocument', { uri });
    const original = fs.readFileSync(path.join(REPO_ROOT, 'samples', 'corpus', '2023-03-20-ttp-commander-tells-dawn-strength.txt'), 'utf8').replace(/^\uFEFF/, '');
    assert.equal(answer.text, original);
    client.open(uri, answer.text);
    const legend = client.initializeResult.capabilities.semanticTokensProvider.legend;
    const tokens = decodeSemanticTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, answer.text);
    assert.ok(tokens.some((t) => t.type === 'group'), 'groups highlighted');
    const hover = await hoverAt(client, uri, answer.text, 'TTP');
    assert.ok(hover && !hover.contents.value.includes(`(${uri}#`), 'the open document is not its own cross-reference');
    const missing = await client.request('sourceLens/archiveDocument', { uri: 'source-lens-archive:/corpus/no-such-file.txt' });
    assert.match(missing.error, /holds no document/);
  });

  test('people: the archive keys a listed person by the listing, as the editor does', async () => {
    const keys = await db.admin(`SELECT DISTINCT d.path FROM source_lens.people p JOIN source_lens.documents d USING (generation, doc_key) WHERE p.person_key = 'UN:TAi.144' ORDER BY 1`);
    assert.deepEqual(
      keys.map((k) => k.path),
      [CEASEFIRE, 'corpus/2022-09-12-analysis-al-qaeda-after-zawahiri.txt'],
    );
    const [stats] = await db.admin(`SELECT documents::int FROM source_lens.person_stats WHERE person_key = 'UN:TAi.144'`);
    assert.equal(stats.documents, 2);
  });

  test("a person's hover: counts of the folder and the archive, and the archive's statements about groups, newest first, linked", async () => {
    const uri = fileUri(path.join(root, 'notes', 'people-note.txt'));
    client.open(uri, PEOPLE_NOTE);
    const [archive] = await db.admin(`SELECT mentions::int, documents::int, statements::int, group_statements::int FROM source_lens.person_stats WHERE person_key = 'hamdullah noori'`);
    assert.ok(archive && archive.group_statements > 0, 'the archive quotes him about groups');
    const hover = await hoverAt(client, uri, PEOPLE_NOTE, 'Hamdullah Noori');
    const markdown: string = hover.contents.value;
    // Local: this note (1 mention, 1 statement about no group).
    assert.match(markdown, new RegExp(`In the corpus and the shared archive:\\* ${archive.mentions + 1} mentions in ${archive.documents + 1} documents; ${archive.statements + 1} statements`), markdown);
    assert.match(markdown, new RegExp(`Statements about groups elsewhere\\*\\* — ${archive.group_statements}`), markdown);
    assert.match(decodeURIComponent(markdown), /source-lens-archive:\/corpus\/2025-01-20-analysis-ttp-resurgence-khyber-pakhtunkhwa\.txt/);
    // Newest first: the 2025 analysis before the 2024 reports.
    const text = decodeURIComponent(markdown);
    assert.ok(text.indexOf('2025-01-20-analysis') < text.indexOf('2024-07-23-un-monitors'), text);
  });

  test("references on a person: this document's mention first, then the archive's mentions", async () => {
    const uri = fileUri(path.join(root, 'notes', 'people-note.txt'));
    const locations: any[] = await client.request('textDocument/references', { textDocument: { uri }, position: positionOf(PEOPLE_NOTE, 'Hamdullah Noori'), context: { includeDeclaration: false } });
    assert.equal(locations[0].uri, uri);
    const [stored] = await db.admin(`SELECT count(*)::int AS n FROM source_lens.person_mentions WHERE person_key = 'hamdullah noori'`);
    const archive = locations.filter((l) => l.uri.startsWith('source-lens-archive:'));
    assert.equal(archive.length, stored.n);
    assert.ok(archive.some((l) => l.uri === 'source-lens-archive:/corpus/2024-07-23-un-monitors-report-isil-k-ttp-capture.txt'));
  });

  test("a listed person in a local copy: the archive's other document counts and links, its copy of the local document never", async () => {
    const file = path.join(root, CEASEFIRE);
    const uri = fileUri(file);
    const text = fs.readFileSync(file, 'utf8');
    client.open(uri, text);
    const hover = await hoverAt(client, uri, text, 'Sirajuddin Haqqani');
    assert.match(hover.contents.value, /\(listed person\)/);
    assert.match(hover.contents.value, /In the corpus and the shared archive:\* \d+ mentions? in 2 documents/, hover.contents.value);
    const locations: any[] = await client.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, 'Sirajuddin Haqqani'), context: { includeDeclaration: false } });
    assert.equal(locations[0].uri, uri);
    assert.ok(locations.some((l) => l.uri === ANALYSIS_ZAWAHIRI), JSON.stringify(locations));
    assert.ok(!locations.some((l) => l.uri === ARCHIVE_CEASEFIRE), 'the archive copy of the local document is left out');
  });

  test('the People view lists archive-only people, with their statements, groups and documents from the archive', async () => {
    const [qari] = await db.admin(`SELECT person_key, statements::int, documents::int FROM source_lens.person_stats WHERE person_key = 'qari hamid'`);
    assert.ok(qari && qari.statements > 0);
    const all = await client.request('sourceLens/peopleOverview', {});
    const listed = all.people.find((p: any) => p.personId === 'qari hamid');
    assert.ok(listed, 'an archive-only person is listed');
    assert.deepEqual([listed.statements, listed.documents], [qari.statements, qari.documents]);
    assert.ok(all.total >= all.people.length);
    const filtered = await client.request('sourceLens/peopleOverview', { filter: 'qari ham' });
    assert.deepEqual(filtered.people.map((p: any) => p.personId), ['qari hamid']);
    const noori = (await client.request('sourceLens/peopleOverview', { filter: 'Noori' })).people.find((p: any) => p.personId === 'hamdullah noori');
    const [archiveNoori] = await db.admin(`SELECT statements::int, documents::int FROM source_lens.person_stats WHERE person_key = 'hamdullah noori'`);
    assert.deepEqual([noori.statements, noori.documents], [archiveNoori.statements + 1, archiveNoori.documents + 1], 'local and archive added');
    const listedPerson = (await client.request('sourceLens/peopleOverview', { filter: 'Sirajuddin' })).people.find((p: any) => p.personId === 'UN:TAi.144');
    assert.ok(listedPerson && listedPerson.listed, 'found by the listed name');
    assert.equal(listedPerson.documents, 2, 'the local copy and one archive document, not the archive copy too');

    const statements = await client.request('sourceLens/personStatements', { personId: 'qari hamid' });
    assert.equal(statements.total, qari.statements);
    assert.ok(statements.statements.length > 0 && statements.statements.every((s: any) => s.uri.startsWith('source-lens-archive:/corpus/') && s.document.endsWith('(archive)') && s.snippet.length > 0));
    const dates = statements.statements.map((s: any) => s.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    const groups: any[] = await client.request('sourceLens/personGroups', { personId: 'qari hamid' });
    assert.equal(groups.reduce((n, g) => n + g.statements, 0) >= qari.statements, true);
    const documents: any[] = await client.request('sourceLens/personDocuments', { personId: 'qari hamid' });
    assert.equal(documents.length, qari.documents);
    assert.ok(documents.every((d) => d.uri.startsWith('source-lens-archive:/corpus/')));
  });

  test('relations are read back from the archive: a denial here differs from the splits the archive reports, and is diagnosed as disputed', async () => {
    const [stored] = await db.admin(`SELECT count(*)::int AS n FROM source_lens.relations WHERE relation_type = 'splinter-from' AND group_a = 'islamic-state-west-africa-province' AND group_b = 'boko-haram' AND asserted AND NOT hedged`);
    assert.ok(stored.n >= 2, 'the archive holds the splits, with their polarity and hedge');
    const uri = fileUri(path.join(root, 'notes', 'relation-note.txt'));
    const published = client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'disputed-relation'), 15000);
    client.open(uri, RELATION_NOTE);
    const hover = await hoverAt(client, uri, RELATION_NOTE, 'no links');
    const markdown: string = hover.contents.value;
    assert.match(markdown, /source-lens-archive:\/corpus\/[^)]+#L\d+\) — relation \*\*differs\*\* \(Islamic State West Africa Province splinter from Boko Haram\)/, markdown);
    const diagnostics = (await published).diagnostics.filter((d: any) => d.code === 'disputed-relation');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /Disputed relation: this passage says .*other sources: .*splinter from/);
    assert.ok(diagnostics[0].relatedInformation.some((r: any) => r.location.uri.startsWith('source-lens-archive:/corpus/')), JSON.stringify(diagnostics[0]));
  });

  test('a slow database: the hover answers from the local index within the deadline and says so', async () => {
    const slow = await startEditor(sharedSettings(db.readerUrl, { timeoutMs: 300 }), db.envFor('reader'));
    try {
      await statuses(slow, 'ready');
      slow.open(noteUri(), NOTE);
      // The note's own analysis (a request on it waits for it) is not the hover's time.
      await slow.request('textDocument/documentSymbol', { textDocument: { uri: noteUri() } });
      // An exclusive lock held by the writer's session blocks every reader of the table.
      const locker = await lockTable(db, 'source_lens.group_stats');
      try {
        const started = Date.now();
        const hover = await hoverAt(slow, noteUri(), NOTE, 'TTP');
        const elapsed = Date.now() - started;
        // The hover's sections ask the archive side by side, so a slow archive costs it about one 300 ms deadline.
        assert.ok(elapsed < 2000, `answered in ${elapsed} ms`);
        assert.match(hover.contents.value, /shared index\\: no answer within 300 ms: local documents only/);
        assert.match(hover.contents.value, LOCAL_ONLY);
      } finally {
        await locker.release();
      }
    } finally {
      await slow.stop();
    }
  });
});

/** Holds an ACCESS EXCLUSIVE lock on a table until release(), as an administrator's session. */
async function lockTable(server: SharedIndexServer, table: string): Promise<{ release: () => Promise<void> }> {
  const url = server.writerUrl.replace('source_lens_writer@', `source_lens_writer:${encodeURIComponent(server.writerPassword)}@`);
  const session = new Client({ connectionString: url });
  await session.connect();
  await session.query('BEGIN');
  await session.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return {
    release: async () => {
      await session.query('ROLLBACK');
      await session.end();
    },
  };
}

describe('passwords', () => {
  test('from the client (secret storage) after start; a password in the URL is ignored and never logged', async () => {
    const withPassword = db.readerUrl.replace('source_lens_reader@', `source_lens_reader:${db.readerPassword}@`);
    const client = await startEditor(sharedSettings(withPassword), {}, { sharedIndexPasswordFollows: true });
    try {
      const status = await client.request('sourceLens/setSharedIndexPassword', { password: db.readerPassword });
      assert.equal(status.state, 'ready', JSON.stringify(status));
      assert.equal(status.url, db.readerUrl.replace('source_lens_reader@', 'source_lens_reader:***@'));
      const logs = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message).join('\n');
      assert.match(logs, /contains a password; it was ignored/);
      const everything = JSON.stringify(client.notifications) + client.stderr;
      assert.ok(!everything.includes(db.readerPassword), 'the password appears in no message and no log');
    } finally {
      await client.stop();
    }
  });

  test('no password anywhere: said once in the status, the editor works locally', async () => {
    const client = await startEditor(sharedSettings(db.readerUrl), { HOME: root });
    try {
      const status = await statuses(client, 'unreachable');
      assert.match(status.message, /no password found/);
      const uri = fileUri(path.join(root, 'notes', 'analyst-note.txt'));
      client.open(uri, NOTE);
      const hover = await hoverAt(client, uri, NOTE, 'TTP');
      assert.match(hover.contents.value, LOCAL_ONLY);
    } finally {
      await client.stop();
    }
  });
});

describe('an unreachable database', () => {
  test('a bad address: reported once, hovers and references keep answering from the local index', async () => {
    const client = await startEditor(sharedSettings('postgresql://source_lens_reader@127.0.0.1:1/source_lens'), db.envFor('reader'));
    try {
      await statuses(client, 'unreachable');
      const uri = fileUri(path.join(root, 'notes', 'analyst-note.txt'));
      client.open(uri, NOTE);
      for (let i = 0; i < 3; i++) {
        const hover = await hoverAt(client, uri, NOTE, 'TTP');
        assert.match(hover.contents.value, LOCAL_ONLY);
      }
      const refs = await client.request('textDocument/references', { textDocument: { uri }, position: positionOf(NOTE, 'TTP'), context: { includeDeclaration: false } });
      assert.equal(refs.length, 7);
      const reported = client.notifications.filter((n) => n.method === 'sourceLens/sharedIndexStatus' && n.params.state === 'unreachable');
      assert.equal(reported.length, 1, 'said once');
      assert.match(reported[0].params.message, /ECONNREFUSED/);
    } finally {
      await client.stop();
    }
  });

  test('an archive of another schema version is not read: the status says so and the editor answers locally', async () => {
    await db.admin(`UPDATE source_lens.index_state SET schema_version = 1`);
    try {
      const client = await startEditor(sharedSettings(db.readerUrl), db.envFor('reader'));
      try {
        const status = await statuses(client, 'misconfigured');
        assert.match(status.message, /schema version 1; this Source Lens reads version 2/);
        const uri = fileUri(path.join(root, 'notes', 'analyst-note.txt'));
        client.open(uri, NOTE);
        assert.match((await hoverAt(client, uri, NOTE, 'TTP')).contents.value, LOCAL_ONLY);
      } finally {
        await client.stop();
      }
    } finally {
      await db.admin(`UPDATE source_lens.index_state SET schema_version = 2`);
    }
  });

  test('the database stops mid-session: the editor says so once and keeps working', async () => {
    const client = await startEditor(sharedSettings(db.readerUrl), db.envFor('reader'));
    try {
      await statuses(client, 'ready');
      const uri = fileUri(path.join(root, 'notes', 'analyst-note.txt'));
      client.open(uri, NOTE);
      assert.match((await hoverAt(client, uri, NOTE, 'TTP')).contents.value, /In the corpus and the shared archive/);
      await db.stop();
      const first = await hoverAt(client, uri, NOTE, 'TTP');
      assert.match(first.contents.value, LOCAL_ONLY);
      await statuses(client, 'unreachable');
      await hoverAt(client, uri, NOTE, 'TTP');
      assert.equal(client.notifications.filter((n) => n.method === 'sourceLens/sharedIndexStatus' && n.params.state === 'unreachable').length, 1);
    } finally {
      await client.stop();
    }
  });
});
