import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractClaims, sameEvent } from '../../server/src/core/claims/extract';

/** The casualty claim whose figures include `figure` (or the first one). */
function toll(text: string, figure?: string) {
  const claim = extractClaims(text, []).find((c) => c.figures.some((f) => f.measure === 'killed' && (!figure || f.text.includes(figure))));
  assert.ok(claim, `a toll in: ${text}`);
  return claim!;
}

test('a toll sentence that names no place takes the story\'s dateline and headline', () => {
  const first = toll('Suicide bomber strikes mosque inside Peshawar police compound\n\nPESHAWAR, 30 January 2023 — By our Staff Reporter\n\nAt least 59 people were killed and 157 injured, a police spokesman told reporters.\n');
  const later = toll('Death toll passes 100\n\nPESHAWAR, Pakistan, 1 February 2023 (Reuters)\n\nThe death toll rose to 101 on Wednesday after more victims of the bombing at a police mosque died, officials said.\n', '101');
  assert.ok(first.event?.includes('peshawar') && first.event.includes('@mosque'), JSON.stringify(first.event));
  assert.ok(sameEvent(first, later));
});

test('stories from different places are not the same incident, even with the same target', () => {
  const kabul = toll('Gunmen attack hotel\n\nKABUL, 13 December 2022 — By AP\n\nAt least 14 people were killed in the hotel, officials said.\n');
  const quetta = toll('Hotel attack\n\nQUETTA, 2 March 2023 — By our correspondent\n\nAt least 9 people were killed in the hotel, police said.\n');
  assert.equal(sameEvent(kabul, quetta), false);
});

test('a first line that reads as prose is not taken as a headline', () => {
  const claim = toll('Officials said the mosque in Peshawar was hit.\nLater, at least 12 people were killed in Kabul, police said.\n');
  assert.ok(!claim.event?.includes('@mosque'), JSON.stringify(claim.event));
});
