import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { FeatureContext } from '../../server/src/features/context';
import { provideHover } from '../../server/src/features/hover';
import { WARM_UP_HOVERS, warmUp, warmUpPositions } from '../../server/src/warmUp';
import { indexedWorkspace } from '../support/workspaces';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

async function samplesContext(): Promise<FeatureContext> {
  const workspace = await indexedWorkspace(SAMPLES, '0');
  return { workspace, client: { commandLinks: true, gazetteerDocuments: true, hierarchicalDocumentSymbols: true } };
}

test('hover rehearsal: the most mentioned groups and named people, bounded, and the answers are the same after it', async () => {
  const context = await samplesContext();
  const { index, people } = context.workspace;
  const positions = warmUpPositions(context);
  assert.ok(positions.length > 10 && positions.length <= WARM_UP_HOVERS, `${positions.length} positions`);
  const mostMentioned = [...index.mentionedGroups()].sort((a, b) => index.stats(b).mentions - index.stats(a).mentions)[0];
  // Every position is on something a hover answers: a group mention (the most mentioned group's
  // first) or a person.
  const first = positions[0];
  assert.equal(index.mentionAt(first.uri, first.line, first.character)?.groupId, mostMentioned);
  for (const at of positions) assert.ok(index.mentionAt(at.uri, at.line, at.character) || people.personAt(at.uri, at.line, at.character), JSON.stringify(at));
  assert.ok(positions.some((at) => people.personAt(at.uri, at.line, at.character)), 'no person rehearsed');

  const hover = (at: { uri: string; line: number; character: number }) => provideHover(context, { textDocument: { uri: at.uri }, position: { line: at.line, character: at.character } });
  const before = await Promise.all(positions.slice(0, 8).map(hover));
  assert.equal(await warmUp(context, () => true, Infinity), positions.length);
  assert.deepEqual(await Promise.all(positions.slice(0, 8).map(hover)), before);
});

test('hover rehearsal: stops as soon as the index is no longer the one it was started for', async () => {
  const context = await samplesContext();
  let turns = 0;
  assert.equal(await warmUp(context, () => turns++ < 3, Infinity), 3);
  assert.equal(await warmUp(context, () => false, Infinity), 0);
  assert.equal(await warmUp(context, () => true, 0), 0); // no budget, no hover
});
