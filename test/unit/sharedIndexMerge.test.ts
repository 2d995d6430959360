/**
 * The pure parts of the shared index: merging local and archive answers (local copies win, totals
 * not counted twice), archive paths, keys and URIs, COPY encoding, the dateline, connection URLs.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { findDateline } from '../../server/src/core/corpus/dateline';
import { ARCHIVE_SCHEME, archivePathOf, archiveUri, contentHashOf, docKeyOf, normaliseArchivePath } from '../../server/src/core/store/archive';
import { RankedPassage, StoredClaim } from '../../server/src/core/store/corpusStore';
import { isShadowed, mergeCrossReferences, mergeLocations, mergeTotals, rankArchiveClaims } from '../../server/src/core/store/merge';
import { parseSharedIndexUrl, redact } from '../../server/src/core/store/postgres/connection';
import { arrayLiteral, copyValue, rangeLiteral } from '../../server/src/core/store/postgres/rows';
import { createPartitionStatements, partitionName } from '../../server/src/core/store/postgres/schema';
import { ARCHIVE_SCHEME as PROTOCOL_ARCHIVE_SCHEME } from '../../server/src/protocol';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };

function passage(uri: string, score: number, archivePath: string | null = null, contentHash: string | null = null): RankedPassage {
  return { uri, archivePath, contentHash, range: RANGE, snippet: uri, focus: null, groupId: 'ttp', alias: 'TTP', score };
}

test('merge: cross-references by score, local first on ties, archive copies of local documents left out, totals less the overlap', () => {
  const local = { passages: [passage('file:///a.txt', 5, 'a.txt', 'h-a'), passage('file:///b.txt', 2, 'b.txt')], totalDocuments: 2 };
  const remote = {
    passages: [passage(archiveUri('a.txt'), 9, 'a.txt'), passage(archiveUri('moved.txt'), 8, 'moved.txt', 'h-a'), passage(archiveUri('c.txt'), 5, 'c.txt'), passage(archiveUri('d.txt'), 1, 'd.txt')],
    totalDocuments: 10,
  };
  const copies = { paths: new Set(['a.txt', 'b.txt']), hashes: new Set(['h-a']) };
  const merged = mergeCrossReferences(local, remote, copies, 3, 1);
  assert.deepEqual(merged.passages.map((p) => p.uri), ['file:///a.txt', `${ARCHIVE_SCHEME}:/c.txt`, 'file:///b.txt']);
  assert.equal(merged.totalDocuments, 2 + 10 - 1);
  assert.deepEqual(mergeCrossReferences(local, null, copies, 1, 0), { passages: [local.passages[0]], totalDocuments: 2 });
});

test('merge: totals, locations, shadowing', () => {
  const totals = mergeTotals(new Map([['ttp', { mentions: 7, documents: 2 }]]), new Map([['ttp', { mentions: 27, documents: 12 }], ['iskp', { mentions: 3, documents: 1 }]]), (g) => (g === 'ttp' ? { mentions: 4, documents: 1 } : { mentions: 0, documents: 0 }));
  assert.deepEqual(Object.fromEntries(totals), { ttp: { mentions: 30, documents: 13 }, iskp: { mentions: 3, documents: 1 } });
  const copies = { paths: new Set(['a.txt']), hashes: new Set<string>() };
  const loc = (uri: string, archivePath: string) => ({ uri, archivePath, contentHash: null, range: RANGE });
  assert.deepEqual(
    mergeLocations([loc('file:///a.txt', 'a.txt')], [loc(archiveUri('a.txt'), 'a.txt'), loc(archiveUri('b.txt'), 'b.txt'), loc(archiveUri('c.txt'), 'c.txt')], copies, 2).map((l) => l.uri),
    ['file:///a.txt', `${ARCHIVE_SCHEME}:/b.txt`],
  );
  assert.equal(isShadowed({ uri: 'x', archivePath: null, contentHash: 'h' }, { paths: new Set(), hashes: new Set(['h']) }), true);
  assert.equal(isShadowed({ uri: 'x', archivePath: 'z', contentHash: null }, copies), false);
});

test('merge: archive claims ranked like local ones; unrelated, shadowed and same-document claims left out', () => {
  const claim = { kind: 'strength' as const, start: 0, end: 10, subjects: ['iskp'], claimant: null, figures: [{ measure: 'fighters', low: 8000, high: Infinity, text: 'more than 8,000' }], date: null };
  const stored = (path: string, kind: StoredClaim['claim']['kind'], subjects: string[], low: number, high: number): StoredClaim => ({
    uri: archiveUri(path),
    archivePath: path,
    contentHash: null,
    snippet: path,
    claim: { kind, start: 0, end: 5, subjects, claimant: null, figures: low ? [{ measure: 'fighters', low, high, text: String(low) }] : [], date: null, range: RANGE },
  });
  const ranked = rankArchiveClaims(
    claim,
    'self.txt',
    [stored('low.txt', 'strength', ['iskp'], 2000, 2500), stored('other-group.txt', 'strength', ['ttp'], 9000, 9000), stored('self.txt', 'strength', ['iskp'], 8000, 8000), stored('local.txt', 'strength', ['iskp'], 9000, 9000), stored('resp.txt', 'responsibility', ['iskp'], 0, 0)],
    { paths: new Set(['local.txt']), hashes: new Set() },
    10,
  );
  assert.deepEqual(ranked.map((r) => [r.archivePath, r.relation]), [['low.txt', 'differs'], ['resp.txt', null]]);
});

test('archive paths, keys and URIs', () => {
  assert.equal(normaliseArchivePath('./a\\b//c.txt'), 'a/b/c.txt');
  assert.equal(normaliseArchivePath('../x.txt'), null);
  assert.equal(ARCHIVE_SCHEME, PROTOCOL_ARCHIVE_SCHEME);
  const uri = archiveUri('reports/2023 #1/é.txt');
  assert.equal(uri, 'source-lens-archive:/reports/2023%20%231/%C3%A9.txt');
  assert.equal(archivePathOf(uri), 'reports/2023 #1/é.txt');
  assert.equal(archivePathOf('file:///x.txt'), null);
  assert.equal(archivePathOf('source-lens-archive:/../etc/passwd'), null);
  assert.match(docKeyOf('a.txt'), /^-?\d{1,19}$/);
  assert.equal(docKeyOf('a.txt'), docKeyOf('a.txt'));
  assert.notEqual(docKeyOf('a.txt'), docKeyOf('b.txt'));
  assert.equal(contentHashOf('é'), contentHashOf('\u00e9'));
});

test('COPY encoding: escapes, NULL, arrays and open ranges', () => {
  assert.equal(copyValue('a\tb\nc\\d\r'), 'a\\tb\\nc\\\\d\\r');
  assert.equal(copyValue(null), '\\N');
  assert.equal(copyValue(true), 't');
  assert.equal(copyValue(['a"b', 'c\\d', 'e,f']), '{"a\\\\"b","c\\\\\\\\d","e,f"}');
  assert.equal(arrayLiteral([]), '{}');
  assert.equal(rangeLiteral(40, Infinity), '[40,)');
  assert.equal(rangeLiteral(2000, 2500), '[2000,2500]');
  assert.throws(() => copyValue(NaN));
  assert.equal(copyValue('nul\u0000here'), 'nul\uFFFDhere');
});

test('schema: partition names only from whole generation numbers', () => {
  assert.equal(partitionName('mentions', 3), 'source_lens.mentions_g3');
  assert.throws(() => partitionName('mentions', 1.5));
  assert.throws(() => createPartitionStatements(0));
  assert.ok(createPartitionStatements(2).every((s) => /_g2\b/.test(s)));
});

test('dateline: place, ISO date and source', () => {
  assert.deepEqual(findDateline('Headline\n\nKABUL, 26 August 2021 — By Al Jazeera staff\n\nText.'), { place: 'KABUL', date: '2021-08-26', source: 'Al Jazeera staff' });
  assert.deepEqual(findDateline('Report 0\n\nMAIDUGURI, 7 May 2020 (local media)\n'), { place: 'MAIDUGURI', date: '2020-05-07', source: 'local media' });
  assert.deepEqual(findDateline('PESHAWAR, March 3, 2023 (Reuters) — text'), { place: 'PESHAWAR', date: '2023-03-03', source: 'Reuters' });
  assert.equal(findDateline('KABUL, 31 February 2021 — x')?.date, null);
  assert.equal(findDateline('No dateline here.'), null);
  // Abbreviated months, with or without their dot, read by the document model's month table.
  assert.equal(findDateline('ADEN, Sept. 9, 2024 (AP) — x')?.date, '2024-09-09');
  assert.equal(findDateline('SANAA, 2 Dec 2023 — x')?.date, '2023-12-02');
});

test('connection URLs: passwords removed and redacted, bad URLs explained', () => {
  const parsed = parseSharedIndexUrl('postgresql://reader:secret@db.example:6432/archive');
  assert.equal(parsed.config.password, undefined);
  assert.equal(parsed.display, 'postgresql://reader:***@db.example:6432/archive');
  assert.match(parsed.warning ?? '', /contains a password; it was ignored/);
  assert.deepEqual([parsed.config.host, parsed.config.port, parsed.config.database, parsed.config.user], ['db.example', 6432, 'archive', 'reader']);
  assert.equal(parseSharedIndexUrl('postgres://r@h/db').warning, null);
  assert.throws(() => parseSharedIndexUrl('mysql://x@y/z'), /not a PostgreSQL URL/);
  assert.throws(() => parseSharedIndexUrl('postgresql://r@h'), /names no database/);
  assert.equal(redact('postgresql://h/db?password=pw&x=1'), 'postgresql://h/db?password=***&x=1');
});
