/**
 * What each part of a saved page or transcript is: page chrome (navigation bullets, share links,
 * breadcrumbs, "Read more" lists, cookie notices), the headline (and the page title repeating it),
 * standfirst, capture and article dates, dateline and byline, captions and credits, headings, list
 * items, interview turns and body paragraphs. One pass over the lines; every rule looks at one
 * line or block and its neighbours, so the cost is linear in the text.
 */
import { Dateline, MONTH_NAME, dateOnlyLine, parseDateline } from './datelines';

export type BlockRole =
  | 'chrome'
  | 'headline'
  | 'standfirst'
  | 'capture-date'
  | 'article-date'
  | 'dateline'
  | 'byline'
  | 'caption'
  | 'heading'
  | 'list-item'
  | 'turn'
  | 'body';

export interface Block {
  role: BlockRole;
  /** The whole block, trimmed. */
  start: number;
  end: number;
  /** Where the block's own text starts: after a list marker, heading marks, a turn label or a dateline. */
  contentStart: number;
  /** Index of the paragraph (run of non-blank lines) holding the block. */
  paragraph: number;
  /** For a turn: the label as written ("Q", "JD", "Jane Doe", "REPORTER (Reuters)") and its offsets. */
  label?: { text: string; start: number; end: number };
  /** Set off from the text around it: a Markdown block quote or an indented paragraph. */
  setOff?: boolean;
  /** A turn's paragraph without a label of its own (the label is the turn's it continues). */
  continued?: boolean;
  /** For a dateline block: the parsed dateline. */
  dateline?: Dateline;
  /** For a date line: its ISO day (null when it gives no year). */
  isoDate?: string | null;
}

interface Line {
  start: number;
  end: number;
  /** Trimmed content. */
  text: string;
  blank: boolean;
  indented: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && i < text.length) continue;
    const raw = text.slice(start, i);
    const trimmed = raw.trim();
    lines.push({ start, end: i, text: trimmed, blank: trimmed === '', indented: /^(?:\t| {4})\S/.test(raw) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

const LIST_MARKER = /^(?:[-*+•▪◦·]|\d{1,3}[.)])\s+/;
const HEADING_MARKS = /^#{1,6}\s+/;
const BLOCK_QUOTE = /^>\s?/;
/** A Markdown table row ("| ISKP | 2,000–3,500 fighters | UN Monitoring Team |") and the rule under its header ("| --- | :-: |"). */
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;
/** "Q:", "A:", "JD:", "Jane Doe:", "DOE:", "REPORTER (Reuters):", "Deutsche Welle:" at a line start. */
/**
 * A turn label at a line start, optionally in Markdown bold: "Q:", "JD:", "Jane Doe:", "**Mehreen
 * Zaidi:**", "REPORTER (Reuters):", "INSPECTOR GENERAL OF POLICE SAJJAD AHMED DURRANI:",
 * "LT GEN (RETD) HARJIT SANDHU:". Single-level quantifiers over disjoint word shapes: linear.
 */
const TURN_LABEL = /^(?:\*\*|__)?((?:Q|A|\p{Lu}[\p{Lu}\p{N}.'’&/-]*(?: (?:\([\p{Lu}\p{N}. ]{1,20}\)|\p{Lu}[\p{Lu}\p{N}.'’&/-]*)){0,8}(?:, [\p{Lu}\p{N}][\p{Lu}\p{N}.'’&/-]*(?: [\p{Lu}\p{N}][\p{Lu}\p{N}.'’&/-]*){0,6})?|\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|al|bin|ul|ud|de|van|von)){0,3})(?: \([^)\n]{1,80}\))?)\s*(?::(?:\*\*|__)?|(?:\*\*|__):)\s+(?=\S)/u;
/** A court record's "Q. Did you …?" / "A. The channel was …": question and answer marked with a period. */
const QA_DOT = /^(Q|A)\.\s+(?=["“\p{Lu}\p{N}])/u;
/** A label ending in a day in brackets, as monitoring digests tag their items by place: "Baidoa (27 November)", "Chitral (28 Nov.)", "Kunduz (Sunday)", "Dikwa, Borno (2 August 2026)". */
const DATED_TAG = new RegExp(String.raw`\((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_NAME}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\)$`, 'i');
/** Fields of a form or a record's header ("Name: …", "Age: 44 years", "Occupation: …"): not speakers. */
const FORM_FIELD = /^(?:date|dated|name|age|sex|gender|occupation|profession|address|residence|nationality|religion|place|time|venue|subject|ref|reference|case|case no|file|tel|phone|email|e-mail|location|district|station|rank|designation|father'?s name)$/i;

/** A turn label at a line start: "JD:", "Jane Doe:", or a record's "Q." / "A.". */
function turnLabel(s: string, labels: ReadonlySet<string> | null): RegExpExecArray | null {
  const colon = s.indexOf(':') >= 0 ? TURN_LABEL.exec(s) : null;
  if (colon) return colon;
  return !labels || labels.has('Q') ? QA_DOT.exec(s) : null;
}

/** "[00:12:31]", "[End of transcript]", "[inaudible]" on a line of their own. */
const BRACKETED_LINE = /^\[[^\]\n]{1,40}\]$/;
/** A broadcast transcript's stage direction on a line of its own: "(BEGIN VIDEO CLIP)", "(CROSSTALK)", "(LAUGHTER)". */
const STAGE_DIRECTION = /^\((?:BEGIN|END|START|CROSSTALK|LAUGHTER|APPLAUSE|INAUDIBLE|COMMERCIAL|BREAK|VIDEO|AUDIO|SOUNDBITE|SOUND BITE|OFF-CAMERA|VOICE-OVER|VOICEOVER|TRANSLATED|TRANSLATION|MUSIC|SIREN|GUNFIRE|SILENCE|PAUSE|NATURAL SOUND|NAT SOUND)\b[^()\n]{0,40}\)$/i;
/** A whole line in italics: an editor's note ("*This conversation has been edited.*"). */
const ITALIC_NOTE = /^(?:\*[^*\n]{3,300}\*|_[^_\n]{3,300}_)$/;
const SHARE_WORDS = /^(?:(?:share|share this|share on|facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|copy link|rss|reddit|pinterest|messenger|comments?|save|follow us|tweet)\b[\s|·•,:/-]*)+$/i;
const BREADCRUMB = /^[\p{L}\p{N}&' -]{1,30}(?:\s*[>›»/|]\s*[\p{L}\p{N}&' -]{1,30}){2,}$/u;
const CHROME_HEADING = /^(?:read more|related(?: articles| stories| coverage| content)?|more on this(?: story)?|also read|read also|see also|top stories|most read|most popular|recommended(?: for you)?|more from [\p{L} ]+|trending|latest news|you may also like|advertisement|sponsored|skip to (?:main )?content|sign in|log in|subscribe(?: now)?|newsletter)\b[^.!?]*:?$/iu;
const COOKIES = /\bcookies?\b.*\b(?:accept|consent|privacy|agree|use|settings|preferences)\b|\b(?:accept|manage) (?:all )?cookies\b/i;
const CAPTION = /^(?:photo|image|picture|video|file photo|photograph)s?(?: credit)?\s*[:|]|\((?:image|photo|picture|file photo|photograph|credit)[^)]*\)\s*$|\bfile photo\b|\b(?:getty images|afp via getty|ap photo|reuters\/|epa-efe|shutterstock)\b/i;
const BYLINE_WITH_PARTS = /^(?:by|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[|·•]\s*[^|·•\n]{1,40}(?:[|·•][^|·•\n]{1,40}){0,4}$/iu;
const BYLINE = /^(?:by|from)\s+(?:\p{Lu}|our |a |an |the )[^.!?]{0,80}$|^(?:agencies|staff reporter|our (?:staff )?(?:reporter|correspondent)|news desk|web desk)\.?$/iu;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A short line without sentence-final punctuation: a title, a heading, a navigation entry. */
/** Footnote references closing a line ("… in 2025.[17]", "… estimates.²⁰"): the sentence before them ends the line. */
const TRAILING_FOOTNOTES = /(?:\[(?:\d{1,3}|[a-z])\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]){1,4}$/;

function isTitleLike(s: string, maxWords = 25): boolean {
  const bare = s.replace(TRAILING_FOOTNOTES, '');
  return s.length <= 220 && wordCount(s) <= maxWords && !/[.!…]["”’)]?$/.test(bare) && !/[,;]$/.test(bare);
}

function normalised(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Interview turns are only turns when the document has a transcript's shape: two labelled turns or more. */
function transcriptLabels(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.blank) continue;
    // A label ends in a colon near the line's start: most lines are rejected by that alone.
    const colon = line.text.indexOf(':');
    if ((colon < 0 || colon > 90) && !/^[QA]\./.test(line.text)) continue;
    const m = turnLabel(line.text, null);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const labels = new Set<string>();
  let turns = 0;
  for (const [label, n] of counts) {
    // A label used once in an otherwise plain article ("Update: …", "Note: …") is not a speaker.
    if (/^(?:update|note|editor'?s note|correction|source|sources|disclaimer|warning|key findings|summary|background|context|related|read more|photo|image|video|watch|listen|tags?|topics?|published|updated|posted)$/i.test(label) || FORM_FIELD.test(label)) continue;
    // A digest's place and day ("**Mogadishu (25 November):**", "Kunduz (Sunday):") tags an item; nobody speaks it.
    if (DATED_TAG.test(label)) continue;
    labels.add(label);
    turns += n;
  }
  const qa = labels.has('Q') && labels.has('A');
  // Speaker tags in capitals ("SPOKESMAN:", "REPORTER (Reuters):") make a transcript from two turns on.
  const tags = [...labels].every((l) => /^\p{Lu}{2,}\b/u.test(l));
  return qa || (labels.size >= 2 && (turns >= 4 || tags)) ? labels : new Set();
}

/** Splits a text into blocks with roles. */
export function findBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const labels = transcriptLabels(lines);
  const blocks: Block[] = [];
  let paragraph = -1;
  let previousBlank = true;
  /** Inside a "Read more:" list: following short entries are chrome too. */
  let chromeList = false;
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) {
      previousBlank = true;
      continue;
    }
    const lead = text.indexOf(line.text, line.start);
    const newParagraph = previousBlank;
    if (newParagraph) paragraph++;
    previousBlank = false;
    const s = line.text;
    const make = (role: BlockRole, contentStart = lead, extra: Partial<Block> = {}): Block => ({ role, start: lead, end: lead + s.length, contentStart, paragraph, ...extra });
    // A wrapped line continues the previous block unless it opens a block of its own.
    const previous = blocks[blocks.length - 1];
    const marker = LIST_MARKER.exec(s);
    const heading = HEADING_MARKS.exec(s);
    const quote = BLOCK_QUOTE.exec(s);
    const turn = labels.size ? turnLabel(s, labels) : null;
    const stage = BRACKETED_LINE.test(s) || STAGE_DIRECTION.test(s);
    const row = TABLE_ROW.test(s);
    const opensBlock = newParagraph || stage || row || !!marker || !!heading || !!quote || (!!turn && labels.has(turn[1]));
    // Only prose wraps: every line of chrome, dates, bylines and captions is a block of its own.
    const prose = previous && (previous.role === 'body' || previous.role === 'standfirst' || previous.role === 'list-item' || previous.role === 'turn');
    if (!opensBlock && prose && previous.paragraph === paragraph) {
      previous.end = lead + s.length;
      continue;
    }
    if (row) {
      // A table: the rule and the header above it are chrome; every other row is read like a list item, one block a row.
      const header = i + 1 < lines.length && TABLE_RULE.test(lines[i + 1].text);
      blocks.push(make(header || TABLE_RULE.test(s) ? 'chrome' : 'list-item', lead + 1));
      continue;
    }
    if (newParagraph && !marker) chromeList = chromeList && isTitleLike(s, 14);
    // "By Tamsin Hale | 12 September 2022 | 9 min read": a byline, whatever separates its parts.
    // Near the top, also after a first paragraph: that paragraph was the standfirst.
    if (blocks.length < 12 && BYLINE_WITH_PARTS.test(s)) {
      const headline = blocks.findIndex((b) => b.role === 'headline');
      if (headline >= 0 && blocks.slice(headline + 1).every((b) => b.role !== 'turn')) for (const b of blocks.slice(headline + 1)) if (b.role === 'body') b.role = 'standfirst';
      blocks.push(make('byline'));
      continue;
    }
    if (stage || SHARE_WORDS.test(s) || BREADCRUMB.test(s) || COOKIES.test(s) || (CHROME_HEADING.test(s) && s.length <= 80)) {
      if (CHROME_HEADING.test(s)) chromeList = true;
      blocks.push(make('chrome'));
      continue;
    }
    if (marker) {
      const content = s.slice(marker[0].length);
      // Navigation bullets: very short entries with no sentence in them, or entries of a "Read more" list.
      const nav = chromeList || (wordCount(content) <= 3 && !/[.!?]$/.test(content) && !bodySeen && blocks.length < 3);
      blocks.push(make(nav ? 'chrome' : 'list-item', lead + marker[0].length));
      continue;
    }
    if (chromeList && isTitleLike(s, 14)) {
      blocks.push(make('chrome'));
      continue;
    }
    if (heading) {
      const top = !blocks.some((b) => b.role !== 'chrome' && b.role !== 'capture-date' && b.role !== 'article-date');
      blocks.push(make(top ? 'headline' : 'heading', lead + heading[0].length));
      continue;
    }
    const iso = dateOnlyLine(s);
    if (iso !== undefined && !bodySeen) {
      // Several date lines above the article: the last is the article's, earlier ones the capture's.
      for (const b of blocks) if (b.role === 'article-date') b.role = 'capture-date';
      blocks.push(make('article-date', lead, { isoDate: iso }));
      continue;
    }
    const headlineSoFar = blocks.find((b) => b.role === 'headline');
    if (!headlineSoFar && !bodySeen && isTitleLike(s) && !(turn && /^[QA]$/.test(turn[1]))) {
      blocks.push(make('headline'));
      continue;
    }
    if (headlineSoFar && !bodySeen && normalised(text.slice(headlineSoFar.contentStart, headlineSoFar.end)) === normalised(s)) {
      blocks.push(make('headline')); // the page title repeated as the article title
      continue;
    }
    const dateline = !bodySeen ? parseDateline(s, lead) : null;
    if (dateline) {
      blocks.push(make('dateline', dateline.end, { dateline, end: dateline.end }));
      // "KABUL, 2 May 2023 — By Al Jazeera staff": the byline; "— Transcript, translated from Dari.": a descriptor.
      const rest = text.slice(dateline.end, lead + s.length);
      // Up to the first stop followed by a space or the end (a stop inside "U.S." or before a closing quote does not end it).
      const firstSentence = /^(?:[^.!?]|[.!?](?!\s|$))*(?:[.!?](?=\s|$)|$)/.exec(rest)![0];
      // A remainder with no sentence in it ("Source Lens digest, compiled from local media reports") describes the piece.
      const descriptor = BYLINE.test(firstSentence.replace(/\.$/, '').trim()) || (firstSentence === rest && !/[.!?]\s*$/.test(rest)) || /^(?:analysis|transcript|interview|report|summary|opinion|commentary|compiled|brief|backgrounder|feature|explainer)\b/i.test(firstSentence) || (wordCount(firstSentence) <= 6 && !/[.!?]$/.test(firstSentence.trim()));
      if (descriptor && firstSentence.trim()) {
        blocks.push(make('byline', dateline.end, { start: dateline.end, end: dateline.end + firstSentence.length }));
        const after = dateline.end + firstSentence.length;
        if (text.slice(after, lead + s.length).trim()) blocks.push(make('standfirst', after, { start: after }));
      } else if (rest.trim()) {
        blocks.push(make('body', dateline.end, { start: dateline.end }));
        bodySeen = true;
      }
      continue;
    }
    if (!bodySeen && BYLINE.test(s)) {
      blocks.push(make('byline'));
      continue;
    }
    if ((CAPTION.test(s) && s.length <= 300) || (ITALIC_NOTE.test(s) && blocks.some((b) => b.role === 'headline'))) {
      blocks.push(make('caption'));
      continue;
    }
    if (turn && labels.has(turn[1])) {
      const labelStart = lead + turn[0].indexOf(turn[1]);
      blocks.push(make('turn', lead + turn[0].length, { label: { text: turn[1], start: labelStart, end: labelStart + turn[1].length } }));
      bodySeen = true;
      continue;
    }
    if (quote) {
      blocks.push(make('body', lead + quote[0].length, { setOff: true }));
      bodySeen = true;
      continue;
    }
    const nextBlank = i + 1 >= lines.length || lines[i + 1].blank;
    if (bodySeen && newParagraph && nextBlank && isTitleLike(s, 10) && !/["“”]/.test(s)) {
      blocks.push(make('heading'));
      continue;
    }
    // Another title above the article (a masthead, a section kicker, the real headline): decided below.
    if (!bodySeen && headlineSoFar && newParagraph && isTitleLike(s) && !turn) {
      blocks.push(make('headline'));
      continue;
    }
    // Between the headline and the dateline (or the first paragraph of a page with none): the standfirst.
    const datelineFollows = !bodySeen && lines.slice(i + 1, i + 8).some((l) => !l.blank && parseDateline(l.text) !== null);
    blocks.push(make(datelineFollows && headlineSoFar ? 'standfirst' : 'body', lead, line.indented ? { setOff: true } : {}));
    if (!datelineFollows) bodySeen = true;
  }
  chooseHeadline(text, blocks);
  continueTurns(blocks);
  if (!labels.size) questionTurns(text, blocks);
  else if (labels.has('Q') && labels.has('A')) examinationTurns(text, blocks);
  return blocks;
}

/** A record's line opening a witness's evidence: "EXAMINATION-IN-CHIEF BY …:", "STATEMENT OF THE WITNESS:", "TESTIMONY:". */
const EXAMINATION = /^[^\p{Ll}]*\b(?:EXAMINATION(?:-IN-CHIEF)?|TESTIMONY|DEPOSITION|EVIDENCE|STATEMENT)\b[^\p{Ll}]*:$/u;

/**
 * A court record's examination-in-chief: under a line in capitals that opens it, the witness's own
 * account in paragraphs, before the questions of the cross-examination ("Q." / "A."). Those
 * paragraphs are the witness's answers; a note in parentheses ("(The witness identified the
 * accused.)") is not.
 */
function examinationTurns(text: string, blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if ((b.role !== 'body' && b.role !== 'heading') || !EXAMINATION.test(text.slice(b.contentStart, b.end))) continue;
    b.role = 'heading';
    let first = true;
    for (let k = i + 1; k < blocks.length && blocks[k].role === 'body'; k++) {
      const content = text.slice(blocks[k].contentStart, blocks[k].end);
      if (EXAMINATION.test(content)) break;
      if (/^\(.*\)$/s.test(content)) continue;
      Object.assign(blocks[k], { role: 'turn', label: { text: 'A', start: blocks[k].contentStart, end: blocks[k].contentStart }, ...(first ? {} : { continued: true }) });
      first = false;
    }
  }
}

/** A line that is one question, bold or as a heading: "**How many fighters do they have today?**", "## Who funds them?". */
const QUESTION_LINE = /^(?:\*\*|__)?\s*\p{Lu}[^\n]{3,250}\?\s*(?:\*\*|__)?$/u;
/** The top of a piece whose questions someone answers: "…, answered questions from our editors", "spoke to …", "in an interview". */
const INTERVIEW_INTRO = /\b(?:answer(?:ed|s|ing)?\s+(?:\S+\s+){0,3}?questions|questions?\s+(?:put\s+)?to|interview(?:ed|s)?|spoke\s+(?:to|with)|speaks\s+(?:to|with)|talk(?:ed|s)?\s+(?:to|with)|in\s+conversation\s+with|Q\s?&\s?A)\b/i;

/**
 * An interview printed without speaker labels: each question on a line of its own (bold or a
 * heading), the answer in the paragraphs under it, and the top of the piece saying that someone
 * answered them. The questions become "Q" turns and the answers "A" turns (the interviewee is
 * named at the top: see claims/attribution/answers.ts). An explainer whose own subheadings are
 * questions introduces no one answering, and stays as it is. The labels are empty spans: nothing
 * in the text names them.
 */
function questionTurns(text: string, blocks: Block[]): void {
  const isQuestion = (b: Block) => (b.role === 'heading' || b.role === 'body') && !b.setOff && wordCount(text.slice(b.contentStart, b.end)) <= 40 && QUESTION_LINE.test(text.slice(b.contentStart, b.end)) && !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(b.contentStart, b.end));
  // A question line with an answer paragraph under it.
  const answered = (i: number) => isQuestion(blocks[i]) && blocks[i + 1]?.role === 'body' && !isQuestion(blocks[i + 1]);
  const first = blocks.findIndex((_, i) => answered(i));
  if (first < 0) return;
  let questions = 0;
  for (let i = first; i < blocks.length; i++) if (answered(i)) questions++;
  if (questions < 2) return;
  const top = blocks.slice(0, first).filter((b) => b.role === 'headline' || b.role === 'standfirst' || b.role === 'body' || b.role === 'byline' || b.role === 'caption');
  if (!top.some((b) => INTERVIEW_INTRO.test(text.slice(b.contentStart, b.end)))) return;
  let answering = false;
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i];
    const at = { start: b.contentStart, end: b.contentStart };
    if (isQuestion(b)) {
      Object.assign(b, { role: 'turn', label: { text: 'Q', ...at } });
      answering = false;
      continue;
    }
    // The answer runs until the next question; a heading, a rule or a note ends it.
    if (b.role !== 'body') {
      answering = false;
      continue;
    }
    if (blocks[i - 1]?.role === 'turn' && blocks[i - 1].label?.text === 'Q') {
      Object.assign(b, { role: 'turn', label: { text: 'A', ...at } });
      answering = true;
    } else if (answering) Object.assign(b, { role: 'turn', label: { text: 'A', ...at }, continued: true });
  }
}

/**
 * Of the titles above the article (a masthead, a section name, a kicker such as "ANALYSIS", the
 * headline, the page title repeating it), the headline is the last one of four words or more; the
 * page title that repeats it stays a headline, the others are page chrome.
 */
function chooseHeadline(text: string, blocks: Block[]): void {
  const top: Block[] = [];
  for (const b of blocks) {
    if (b.role === 'body' || b.role === 'turn' || b.role === 'standfirst' || b.role === 'dateline') break;
    if (b.role === 'headline') top.push(b);
  }
  if (top.length < 2) return;
  const words = (b: Block) => wordCount(text.slice(b.contentStart, b.end));
  const headline = [...top].reverse().find((b) => words(b) >= 4) ?? top.reduce((a, b) => (words(b) > words(a) ? b : a));
  const key = normalised(text.slice(headline.contentStart, headline.end));
  // Short titles (a masthead, a section, a kicker) are chrome; a long one is a headline too (a page title
  // that words the story differently from the article's headline still says what the page says).
  for (const b of top) if (b !== headline && normalised(text.slice(b.contentStart, b.end)) !== key && words(b) < 4) b.role = 'chrome';
}

/**
 * An answer often runs over several paragraphs with no label of their own: a body paragraph
 * between two turns continues the turn before it. After the last turn, narration ("…, he said in
 * an interview") is not the speaker's.
 */
function continueTurns(blocks: Block[]): void {
  let lastTurn: Block | null = null;
  let lastTurnIndex = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.role === 'turn') {
      // Body blocks since the previous turn were between two turns: they continue it.
      if (lastTurn) for (let k = lastTurnIndex + 1; k < i; k++) if (blocks[k].role === 'body') Object.assign(blocks[k], { role: 'turn', label: lastTurn.label, continued: true });
      lastTurn = b;
      lastTurnIndex = i;
    } else if (b.role === 'heading' || b.role === 'headline') {
      lastTurn = null;
    }
  }
}
