import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SAMPLES = path.join(REPO_ROOT, 'samples');
const RELATIONS = path.join(REPO_ROOT, 'test', 'fixtures', 'relations');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('graph: GEXF by default, with the stated relations, list facts and co-occurrence of the samples', () => {
  const { status, stdout, stderr } = cli('graph', SAMPLES);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3" version="1.3">/);
  assert.match(stdout, /<edge id="relation\|rejoined\|jamaat-ul-ahrar\|ttp" source="jamaat-ul-ahrar" target="ttp" type="directed"/);
  assert.match(stdout, /<edge id="list\|part-of\|iskp\|isis"/);
  assert.match(stdout, /<edge id="cooccurrence\|afghan-taliban\|ttp"[^>]*type="undirected"/);
  assert.match(stdout, /<node id="iskp" label="Islamic State Khorasan Province">/);
  assert.match(stdout, /<\/gexf>\n?$/);
});

test('graph --format graphml|csv, --out, --from/--to and --centre', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cli-graph-'));
  try {
    const file = path.join(dir, 'graph.graphml');
    const written = cli('graph', RELATIONS, '--format', 'graphml', '--out', file, '--centre', 'ttp');
    assert.equal(written.status, 0, written.stderr);
    assert.match(written.stdout, /^wrote \d+ nodes and \d+ edges to /);
    const graphml = fs.readFileSync(file, 'utf8');
    assert.match(graphml, /<edge id="relation\|linked-to\|al-qaeda\|ttp" source="al-qaeda" target="ttp" directed="false"><data key="e_label">linked-to \(disputed\)<\/data>/);
    assert.ok(!graphml.includes('id="haqqani-network"'), 'centred on the TTP, the Haqqani Network is out');
    const csv = cli('graph', RELATIONS, '--format', 'csv', '--from', '2024-04', '--to', '2024-12');
    assert.equal(csv.status, 0, csv.stderr);
    const rows = csv.stdout.split('\n');
    assert.ok(rows[0].startsWith('Source,Target,Type,Weight,Label,source_name,target_name,kind,relation,status'));
    // Two of the three rivalry claims: the third is dated 2015 by its own words.
    assert.ok(rows.some((r) => r.startsWith('afghan-taliban,iskp,Undirected,2,rival-of,Taliban,Islamic State Khorasan Province,relation,rival-of,asserted')), rows.join('\n'));
    assert.ok(!rows.some((r) => r.includes('al-qaeda')), 'the March documents are out of the range');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('timeline: CSV of every claim on its date with its passage; JSON with points and incidents', () => {
  const csv = cli('timeline', SAMPLES);
  assert.equal(csv.status, 0, csv.stderr);
  const rows = csv.stdout.split('\n');
  assert.equal(rows[0], 'date,date_source,written_date,group,kind,label,claimant,incident,disputed,document,line,character,text');
  // "on Monday" in a story datelined Monday 30 January 2023: the claim's own date, resolved.
  assert.ok(rows.some((r) => r.startsWith('2023-01-30,claim,Monday,No group named,casualties,') && r.includes('corpus/2023-01-30-peshawar-police-lines-mosque-blast.txt')), rows.filter((r) => r.includes('peshawar-police')).join('\n'));
  const json = cli('timeline', SAMPLES, '--format', 'json', '--from', '2023-01', '--to', '2023-02');
  assert.equal(json.status, 0, json.stderr);
  const timeline = JSON.parse(json.stdout);
  // In the range: a day or month inside it, or a year that covers it ("in 2023").
  const inRange = (d: string | null) => d === null || d === '2023' || (d >= '2023-01' && d <= '2023-02-28');
  assert.ok(timeline.points.length > 0 && timeline.points.every((p: any) => inRange(p.date)), timeline.points.map((p: any) => p.date).join(' '));
  assert.ok(timeline.incidents.some((i: any) => i.date === '2023-01-30' && i.points.length >= 3));
});

test('graph and timeline: bad options are usage errors', () => {
  assert.match(cli('graph', SAMPLES, '--format', 'dot').stderr, /--format must be gexf, graphml or csv/);
  assert.equal(cli('timeline', SAMPLES, '--from', 'last week').status, 2);
  assert.match(cli('graph', SAMPLES, '--centre', 'nobody').stderr, /no group "nobody"/);
  assert.match(cli('graph', SAMPLES, '--min-cooccurrence', '0').stderr, /at least 1/);
  const unwritable = cli('graph', SAMPLES, '--out', path.join(SAMPLES, 'no-such-dir', 'g.gexf'));
  assert.equal(unwritable.status, 2);
  assert.match(unwritable.stderr, /cannot write/);
});
