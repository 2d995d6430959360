import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractClaims, sameEvent } from '../../server/src/core/claims/extract';
import { findDate, resolveDate } from '../../server/src/core/claims/dates';

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

test('event dates resolved against the document date: days, weekdays, months and years relative to it', () => {
  const doc = '2024-03-09';
  assert.equal(resolveDate('yesterday', doc), '2024-03-08');
  assert.equal(resolveDate('Friday', doc), '2024-03-08', 'a bare weekday is the most recent one on or before the document date');
  assert.equal(resolveDate('last Saturday', doc), '2024-03-02', "'last' and the document's own weekday: a week back");
  assert.equal(resolveDate('December', doc), '2023-12', 'a month later in the year than the document is last year');
  assert.equal(resolveDate('this year', doc), '2024');
  assert.equal(resolveDate('last year', doc), '2023');
  assert.equal(resolveDate('this year', null), null, 'no document date: no year');
  assert.equal(findDate('126 militants have been killed in the Valley so far this year, police said.'), 'this year');
  assert.equal(findDate('The group was founded in 2014 and claimed the attack on Monday.'), 'Monday', 'a founding year is background');
});

test('event dates: "since January, when …", "in its July report", and no date from a relative clause of a group\'s history', () => {
  assert.equal(findDate('It was the deadliest attack since January, when 16 soldiers were killed near Marte.'), 'January');
  assert.equal(findDate('The UN Monitoring Team put its strength at 6,000 in its July report.'), 'July');
  assert.equal(findDate('ISWAP, which split from Boko Haram in 2016, is estimated to have 4,000 fighters.'), null);
  // A since-clause without "when" still dates something else.
  assert.equal(findDate('Attacks have risen since January.'), null);
});
