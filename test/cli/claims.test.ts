import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SAMPLES = path.join(REPO_ROOT, 'samples');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

test('claims --format csv: header and one well-formed row per claim, positions pointing at the claim text', () => {
  const { status, stdout, stderr } = cli('claims', SAMPLES, '--format', 'csv');
  assert.equal(status, 0, stderr);
  const rows = parseCsv(stdout);
  assert.deepEqual(rows[0], ['document', 'line', 'character', 'kind', 'subjects', 'claimant', 'figures', 'date', 'text', 'speaker', 'form', 'iso_date']);
  const data = rows.slice(1);
  assert.ok(data.length > 40, `${data.length} claims`);
  for (const r of data) {
    assert.equal(r.length, 12, r.join(' | '));
    const [document, line, character, kind, , , , , text] = r;
    assert.ok(['responsibility', 'casualties', 'strength', 'announcement', 'statement', 'relation'].includes(kind), kind);
    const lines = fs.readFileSync(path.join(SAMPLES, document), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    // The row's position is where the claim's text starts (1-based line and character); the text may
    // run on over the following lines, its line breaks read as spaces.
    const from = [lines[Number(line) - 1].slice(Number(character) - 1), ...lines.slice(Number(line), Number(line) + 3)].join(' ');
    assert.ok(from.replace(/\s+/g, ' ').startsWith(text.slice(0, 20)), `${document}:${line} "${text.slice(0, 30)}"`);
  }
  const strength = data.find((r) => r[0].endsWith('interview-afghan-intelligence-official.txt') && r[3] === 'strength');
  assert.ok(strength);
  assert.equal(strength[4], 'Islamic State Khorasan Province');
  assert.equal(strength[6], 'more than 8,000 fighters', 'a figure with a comma survives quoting');
  assert.ok(data.some((r) => r[8].includes('"')), 'quotes inside the text are doubled and read back');
  // Attributed sentences carry their resolved speaker and form; the strength estimate is the official's answer.
  assert.deepEqual([strength[9], strength[10]], ['the official', 'answer']);
  assert.ok(data.every((r) => ['', 'quote', 'reported', 'answer'].includes(r[10])));
});

test('claims --format json lists the same claims with structured figures', () => {
  const { status, stdout, stderr } = cli('claims', SAMPLES, '--format', 'json');
  assert.equal(status, 0, stderr);
  const report = JSON.parse(stdout);
  assert.ok(report.claims.length > 40);
  const un = report.claims.find((c: any) => c.document.endsWith('un-monitoring-team-report-summary.md') && c.kind === 'strength');
  assert.deepEqual(un.subjectIds, ['iskp']);
  assert.equal(un.figures[0].measure, 'fighters');
  assert.ok(un.figures[0].low <= 2000 && un.figures[0].high >= 2500);
});

test('claims with an unknown format is a usage error', () => {
  const { status, stderr } = cli('claims', SAMPLES, '--format', 'xml');
  assert.equal(status, 2);
  assert.match(stderr, /--format must be csv or json/);
});
