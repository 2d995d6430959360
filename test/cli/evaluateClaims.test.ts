/**
 * The claims evaluation script: the development figures are printed by default; the held-out path
 * (--heldout, here pointed at a two-document fixture with --heldout-root, never at the real held-out
 * set) scores a gold file in format 2 and reports every measure.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'evaluate-claims.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('evaluate-claims --heldout-root scores a held-out-shaped fixture as JSON, with every measure', () => {
  const { status, stdout, stderr } = run('--heldout-root', path.join(REPO_ROOT, 'test', 'fixtures', 'heldout-mini'), '--json');
  assert.equal(status, 0, stderr);
  const { heldout, development } = JSON.parse(stdout);
  assert.equal(development, undefined, 'the development set is not scored in a held-out run');
  assert.equal(heldout.documents, 1);
  assert.equal(heldout.goldStatements, 3);
  assert.equal(heldout.goldClaims, 3);
  for (const key of ['statements', 'statementsAboutGroups', 'claims']) for (const m of ['precision', 'recall', 'f1']) assert.equal(typeof heldout[key][m], 'number', `${key}.${m}`);
  assert.deepEqual(Object.keys(heldout.claimsByKind), ['responsibility', 'casualties', 'strength', 'announcement']);
  assert.deepEqual(Object.keys(heldout.claimFields), ['subjects', 'claimant', 'figures', 'date']);
  assert.equal(heldout.claimsByKind.responsibility.tp, 1, 'the BLA claim is found');
  assert.equal(heldout.documentDateAccuracy, 1, 'the dateline gives the document date');
  assert.ok(Array.isArray(heldout.people.splits) && Array.isArray(heldout.people.merges));
});

test('evaluate-claims prints the development figures and never the held-out ones without --heldout', () => {
  const { status, stdout, stderr } = run();
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^Development \(samples\/\): \d+ documents/m);
  assert.match(stdout, /statements about a named group\s+P \d\.\d{3}\s+R \d\.\d{3}/);
  assert.match(stdout, /speaker accuracy \(matched\)/);
  assert.doesNotMatch(stdout, /^Held out/m);
});

test('evaluate-claims --classes counts each kind of miss, and prints counts only (no gold text)', () => {
  // The fixture's gold is the two-statement one changed on purpose: one class of miss each, and its
  // person written without the office the text gives her.
  const root = path.join(REPO_ROOT, 'test', 'fixtures', 'heldout-classes');
  const json = run('--heldout-root', root, '--json');
  assert.equal(json.status, 0, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout).heldout.classes, {
    'statement subjects': { 'none found': 1 },
    'statement FP': { 'the gold has a claim there, no statement': 1 },
    'claim FP, responsibility': { 'the gold has another kind there': 1 },
    'claim FN, announcement': { 'another kind found there': 1 },
    'claim FN, strength': { 'only a statement found there': 1 },
  });
  // The gold writes the minister without her office, the text with it: found, titles aside.
  assert.deepEqual(
    (({ formsRecognised, forms, formsExact }) => ({ formsRecognised, forms, formsExact }))(JSON.parse(json.stdout).heldout.people),
    { formsRecognised: 1, forms: 1, formsExact: 0 },
  );
  // The same misses by what their gold text holds: the statement's group is in none of its words,
  // the announcement names its group, and neither missed claim holds a figure.
  assert.deepEqual(JSON.parse(json.stdout).heldout.textClasses, {
    'statement subjects, none found': { 'no name or reference in its text (carried from context)': 1 },
    'claim FN, announcement': { 'names a group, no figure': 1 },
    'claim FN, strength': { 'no group in its text, no figure': 1 },
  });
  const { status, stdout, stderr } = run('--heldout-root', root, '--classes');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /misses by class \(counts only\):\n {4}claim FN, announcement \(1\): another kind found there 1\n/);
  assert.match(stdout, /by what their gold text holds \(counts only\):\n {4}claim FN, announcement \(1\): names a group, no figure 1\n/);
  for (const words of ['Nobody is above the law', 'Balochistan Liberation Army claimed', 'Sana Qureshi']) assert.ok(!stdout.includes(words), `no gold text: ${words}`);
});
