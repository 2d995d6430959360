/**
 * The document model, data-driven: each case marks every block it expects with [[text|role]]
 * (exact UTF-16 ranges through the markup helper); unmarked text belongs to no block. Then the
 * dateline's date, interview turns with their resolved speakers, and sentences per block.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildDocument, lowerSameLength } from '../../server/src/core/text/document';
import { fileNameDate, monthNumber, nearestYear } from '../../server/src/core/text/datelines';
import { parseMarkup } from '../support/markup';

const structureCases: [string, string][] = [
  [
    'a saved page: breadcrumbs, share links, the title twice, capture and article dates, byline, dateline, caption, "Read more"',
    [
      '[[Home > World > Asia|chrome]]',
      '[[Share | Facebook | Twitter|chrome]]',
      '',
      '[[Gunmen kill four at Quetta checkpoint|headline]]',
      '',
      '[[Gunmen kill four at Quetta checkpoint|headline]]',
      '',
      '[[Monday, March 3rd 2025|capture-date]]',
      '[[June 4, 2024|article-date]]',
      '',
      '[[By Saleem Shahid|byline]]',
      '',
      '[[QUETTA, 4 June 2024 — |dateline]][[Four policemen were killed when gunmen attacked a checkpoint, police said.|body]]',
      '',
      '[[Security forces at the checkpoint. File photo (Image: AFP)|caption]]',
      '',
      '[[The attack was claimed by the BLA.|body]]',
      '',
      '[[Read more:|chrome]]',
      '- [[BLA claims Gwadar attack|chrome]]',
      '- [[Four killed in Turbat blast|chrome]]',
      '',
      '[[We use cookies to improve your experience. Accept all cookies|chrome]]',
    ].join('\n'),
  ],
  [
    'a report: headline, dateline with a descriptor, headings, list items, a block quote',
    [
      '# [[UN monitors: ISIL-K remains the most serious threat|headline]]',
      '',
      '[[NEW YORK, 25 July 2023 — |dateline]][[Summary by our desk|byline]]',
      '',
      '[[The report says the group has 2,000 fighters.|body]]',
      '',
      '## [[Key findings|heading]]',
      '',
      '- [[The TTP has between 5,000 and 6,000 fighters.|list-item]]',
      '1. [[AQIS is estimated to number up to 400 fighters.|list-item]]',
      '',
      '> [["The Taliban have not taken steps," the team wrote.|body]]',
    ].join('\n'),
  ],
  [
    'a transcript: Q/A turns, a wrapped answer line continuing its turn',
    [
      '[[Interview: "They have more fighters than anyone admits"|headline]]',
      '',
      'Q: [[How large is IS-K today?|turn]]',
      'A: [[It is not a small cell.',
      'It has thousands of fighters.|turn]]',
    ].join('\n'),
  ],
  [
    'a broadcast transcript: stage directions on lines of their own are not part of the clip they frame',
    [
      '[[Evening bulletin|headline]]',
      '',
      'ANCHOR: [[Our correspondent has more.|turn]]',
      'REPORTER: [[The attack came at dawn.|turn]]',
      '',
      '[[(BEGIN VIDEO CLIP)|chrome]]',
      'GENERAL AHMED, BRIGADE COMMANDER: [[They came from the hills.|turn]]',
      '[[(END VIDEO CLIP)|chrome]]',
      '[[[00:01:58]|chrome]]',
    ].join('\n'),
  ],
];

for (const [name, marked] of structureCases) {
  test(`structure: ${name}`, () => {
    const { text, spans } = parseMarkup(marked);
    const doc = buildDocument(text);
    const got = doc.blocks.flatMap((b) => {
      const from = b.role === 'dateline' || b.role === 'byline' || b.role === 'chrome' || b.role === 'caption' || b.role === 'headline' || b.role === 'capture-date' || b.role === 'article-date' ? Math.max(b.start, b.contentStart === b.end ? b.start : b.contentStart) : b.contentStart;
      return [{ role: b.role, text: text.slice(from, b.end) }];
    });
    assert.deepEqual(got, spans.map((s) => ({ role: s.id, text: s.text })));
  });
}

test('dates: the dateline gives the document date; without one, the last date line above the article', () => {
  assert.equal(buildDocument('Headline here\n\nPESHAWAR, Pakistan, 1 February 2023 (Reuters) — By a correspondent\n\nText.').date, '2023-02-01');
  assert.equal(buildDocument('Headline here\n\nMonday, March 3rd 2025\nJune 2, 2024\n\nThe body starts here.').date, '2024-06-02');
  assert.equal(buildDocument('The body, with no date at all.').date, null);
  assert.equal(buildDocument('Headline\n\nKABUL, 2 May 2023 — Text.').dateline?.place, 'KABUL');
  // "Posted on: June 27, 2025" is a date line; "SRINAGAR, Jun 27:" a dateline (day and month, then a colon), not the first paragraph's words.
  const posted = buildDocument('Headline here\n\nPosted on: June 27, 2025\n\nSRINAGAR, Jun 27: The number of militants has dropped, the IGP said.');
  assert.equal(posted.date, '2025-06-27');
  assert.equal(posted.dateline?.place, 'SRINAGAR');
  assert.equal(posted.text.slice(posted.sentences[1].start, posted.sentences[1].end), 'The number of militants has dropped, the IGP said.');
  assert.equal(buildDocument('Headline\n\nUPDATE: the toll rose.').dateline, null);
});

test('dates: a date in the file name is used only where the text gives none, or gives day and month without the year', () => {
  assert.equal(fileNameDate('file:///corpus/2024-03-09-kulachi-toll.txt'), '2024-03-09');
  assert.equal(fileNameDate('C:\\reports\\report_20231019.md'), '2023-10-19');
  assert.equal(fileNameDate('2024_03_09 brief.txt'), '2024-03-09');
  assert.equal(fileNameDate('case-120240309.txt'), null, 'not inside a longer number');
  assert.equal(fileNameDate('2024-13-09.txt'), null, 'no month 13');
  assert.equal(fileNameDate('2024-03_09.txt'), null, 'one separator throughout');
  assert.equal(nearestYear({ month: 12, day: 30 }, '2024-01-02'), '2023-12-30');
  assert.equal(nearestYear({ month: 1, day: 3 }, '2023-12-30'), '2024-01-03');
  assert.equal(nearestYear({ month: 3, day: 9 }, '2024-03-10'), '2024-03-09');
  const noYear = 'Bombing toll rises\n\nBAGHDAD, Dec 6 — Militants ambushed a patrol on Monday, officials said.\n';
  assert.equal(buildDocument(noYear).date, null, 'the text alone gives no year');
  assert.equal(buildDocument(noYear, { fileName: 'corpus/2022-12-07-ambush.txt' }).date, '2022-12-06', "the dateline's day, the file name's year");
  assert.equal(buildDocument('Militants ambushed a patrol, officials said.\n', { fileName: '2022-12-07-ambush.txt' }).date, '2022-12-07');
  const full = 'QUETTA, 4 June 2024 — Gunmen attacked a checkpoint, police said.\n';
  assert.equal(buildDocument(full, { fileName: '2025-01-01-saved.txt' }).date, '2024-06-04', "the text's own date wins");
});

test('interview: a full name at the first turn, then initials and the surname are that speaker; the outlet asks', () => {
  const text = [
    'In conversation with Jane Doe',
    '',
    'DW: How strong is the TTP?',
    '',
    'Jane Doe: Stronger than ever.',
    '',
    'DW: Why?',
    '',
    'JD: Money.',
    '',
    'DW: And next year?',
    '',
    'Doe: We will see.',
  ].join('\n');
  const doc = buildDocument(text);
  assert.ok(doc.interview);
  assert.deepEqual(
    doc.interview!.turns.map((t) => [t.label, t.speaker, t.question]),
    [
      ['DW', 'DW', true],
      ['Jane Doe', 'Jane Doe', false],
      ['DW', 'DW', true],
      ['JD', 'Jane Doe', false],
      ['DW', 'DW', true],
      ['Doe', 'Jane Doe', false],
    ],
  );
  assert.equal(doc.interview!.interviewee, 'Jane Doe');
  // Every answer sentence knows its turn.
  const money = doc.sentences.findIndex((s) => text.slice(s.start, s.end) === 'Money.');
  assert.equal(doc.interview!.turns[doc.sentenceTurn[money]].speaker, 'Jane Doe');
});

test('a digest whose items open on a place and a day in bold is no transcript: the tags are no speakers', () => {
  const digest = [
    'Weekly security brief',
    '',
    '**Garissa (3 March):** Gunmen attacked a bus near the town. Police said four passengers were killed.',
    '',
    '**Mandera (Tuesday):** A roadside bomb hit a patrol. The army said two soldiers were wounded.',
    '',
    '**Lamu, Kenya (5 Mar. 2026):** Al-Shabaab said it had ambushed a convoy.',
    '',
    '**Wajir (6/3):** Residents reported gunfire overnight.',
    '',
    'Outlook: more attacks are expected before the rains.',
  ].join('\n');
  assert.equal(buildDocument(digest).interview, null);
  // Labels that name speakers still make a transcript, a bracketed outlet or role included ("(Mayor)" is no month).
  const transcript = ['Radio Ergo interview', '', 'MODERATOR: Who was behind it?', '', 'AMINA DIRIR (Radio Ergo): We do not know yet.', '', 'MODERATOR (Junior): And the toll?', '', 'AMINA DIRIR (Mayor): Four dead, the police say.'].join('\n');
  assert.equal(buildDocument(transcript).interview?.turns.length, 4);
});

test('interview: "Q:"/"A:" answers have no name of their own; a plain article with one "Update:" line is no transcript', () => {
  const qa = buildDocument('Title\n\nQ: Who leads the group?\nA: Nobody knows.\n\nQ: Why?\nA: Secrecy.');
  assert.equal(qa.interview?.anonymousAnswers, true);
  assert.equal(qa.interview?.interviewee, null);
  assert.equal(buildDocument('Title\n\nThe group struck.\n\nUpdate: police said two were killed.').interview, null);
});


/** An interview's turns as [label, question?, the block's text]. */
function turnsOf(doc: ReturnType<typeof buildDocument>, text: string): [string, boolean, string][] {
  return doc.interview!.turns.map((t) => [t.label, t.question, text.slice(doc.blocks[t.block].contentStart, doc.blocks[t.block].end)]);
}

test('interview without labels: bold questions on their own lines, answered under them, after a top that says someone answers them', () => {
  const text = [
    'Four questions on the Lake Chad factions',
    '',
    'Our analyst Amina Bello Kachalla answered questions from the editors.',
    '',
    '**Who leads the faction now?**',
    '',
    'Nobody knows for certain.',
    '',
    'The council meets rarely.',
    '',
    '**How many fighters are left?**',
    '',
    'Perhaps a few hundred.',
    '',
    '---',
    '',
    '*Amina Bello Kachalla is a researcher.*',
  ].join('\n');
  const doc = buildDocument(text);
  assert.ok(doc.interview);
  assert.equal(doc.interview!.anonymousAnswers, true);
  assert.deepEqual(
    turnsOf(doc, text),
    [
      ['Q', true, '**Who leads the faction now?**'],
      ['A', false, 'Nobody knows for certain.'],
      ['A', false, 'The council meets rarely.'],
      ['Q', true, '**How many fighters are left?**'],
      ['A', false, 'Perhaps a few hundred.'],
    ],
  );
  // The closing note after the rule is no answer.
  assert.equal(doc.blocks[doc.blocks.length - 1].role, 'caption');
  // An explainer whose own subheadings are questions introduces nobody answering them: no interview.
  const explainer = 'What is the faction?\n\nA guide to the Lake Chad factions.\n\n**Who leads the faction now?**\n\nNobody knows for certain.\n\n**How many fighters are left?**\n\nPerhaps a few hundred.';
  assert.equal(buildDocument(explainer).interview, null);
});

test('a court record: header fields are no turns; "Q." / "A." are; the examination-in-chief under its capitalised line is the witness\'s', () => {
  const text = [
    'IN THE COURT OF THE SESSIONS JUDGE',
    '',
    'Date: 25.09.2024',
    'Name: Arjun Dev Rana',
    'Age: 44 years',
    '',
    'EXAMINATION-IN-CHIEF BY THE PUBLIC PROSECUTOR:',
    '',
    'I am posted as Inspector since 2021. I collected the reports, which are Ex. PW-23/4 to Ex. PW-23/6.',
    '',
    '(The witness identified the accused.)',
    '',
    'CROSS-EXAMINATION BY COUNSEL FOR THE ACCUSED:',
    '',
    'Q. Did you trace the channel?',
    'A. No. It was run from abroad.',
    '',
    'Q. How many died?',
    'A. Three persons died.',
  ].join('\n');
  const doc = buildDocument(text);
  assert.ok(doc.interview);
  assert.equal(doc.interview!.anonymousAnswers, true);
  assert.deepEqual(
    turnsOf(doc, text),
    [
      ['A', false, 'I am posted as Inspector since 2021. I collected the reports, which are Ex. PW-23/4 to Ex. PW-23/6.'],
      ['Q', true, 'Did you trace the channel?'],
      ['A', false, 'No. It was run from abroad.'],
      ['Q', true, 'How many died?'],
      ['A', false, 'Three persons died.'],
    ],
  );
  // "Ex. PW-23/4" does not end a sentence.
  assert.ok(doc.sentences.some((s) => text.slice(s.start, s.end) === 'I collected the reports, which are Ex. PW-23/4 to Ex. PW-23/6.'));
  // The note in parentheses is nobody's answer.
  assert.equal(doc.blocks.find((b) => text.slice(b.contentStart, b.end).startsWith('(The witness'))!.role, 'body');
});

test('sentences carry their block and paragraph; the lower-cased copy keeps every offset', () => {
  const text = 'Title line\n\nFirst one. Second one.\n\nThird.';
  const doc = buildDocument(text);
  assert.deepEqual(doc.sentences.map((s) => [text.slice(s.start, s.end), doc.blocks[s.block].role, s.paragraph]), [
    ['Title line', 'headline', 0],
    ['First one.', 'body', 1],
    ['Second one.', 'body', 1],
    ['Third.', 'body', 2],
  ]);
  const odd = 'İstanbul and ß';
  assert.equal(lowerSameLength(odd).length, odd.length);
});

test('tables: the header and the rule under it are chrome, every other row a block of its own, read like a list item', () => {
  const text = ['Strength estimates', '', 'The figures below are governments\'.', '', '| Group | Estimate | Source |', '| --- | :---: | --- |', '| TTP | 6,000 fighters | Member States |', '| ISKP | 2,000 fighters | UN panel |', ''].join('\n');
  const doc = buildDocument(text);
  const rows = doc.blocks.filter((b) => text[b.start] === '|').map((b) => [b.role, text.slice(b.contentStart, b.end)]);
  assert.deepEqual(rows, [
    ['chrome', ' Group | Estimate | Source |'],
    ['chrome', ' --- | :---: | --- |'],
    ['list-item', ' TTP | 6,000 fighters | Member States |'],
    ['list-item', ' ISKP | 2,000 fighters | UN panel |'],
  ]);
});

test('month numbers: names and abbreviations in any case, with a dot; anything else is 0', () => {
  assert.deepEqual(['January', 'feb', 'Sept.', 'SEP', 'June', 'Jun.', 'december'].map(monthNumber), [1, 2, 9, 9, 6, 6, 12]);
  assert.deepEqual(['', 'Ju', 'Monday', 'may'].map(monthNumber), [0, 0, 0, 5]);
});
