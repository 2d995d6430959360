/**
 * The structure of an interview or press-conference transcript: who holds each turn and whether
 * it asks or answers. Labels are read as written and resolved among themselves: a full name at
 * the first turn ("Jane Doe:"), then the surname ("Doe:") or initials ("JD:") are the same
 * speaker; "Q:"/"A:" are the interviewer and the interviewee; an outlet ("DW:"), "REPORTER" or
 * "INTERVIEWER" asks. The interviewee of a "Q:/A:" transcript is named elsewhere (headline,
 * standfirst, a closing line): the attribution rules resolve that, not this module.
 */
import type { Block } from './blocks';

/**
 * Police and civil offices written as acronyms ("DIG Shahid", "SSP Rao", "IGP DURRANI", "DG ISPR"): written
 * before a surname like a title, never part of the name (matched as written, in capitals).
 */
export const OFFICE_ACRONYMS = new Set('IGP IG DIG AIG SSP SP DSP ASP DPO RPO CPO CCPO SHO SDPO DGP ADGP DG ADG DC ADC'.split(' '));

export interface Turn {
  /** Index of the turn's block in the document's blocks. */
  block: number;
  /** The label as written: "JD", "Q", "REPORTER (Reuters)". */
  label: string;
  /** The label resolved among the labels: "Jane Doe" for "JD" after a "Jane Doe:" turn; else the label. */
  speaker: string;
  /** Asked by the interviewer (or a reporter), not answered. */
  question: boolean;
  /**
   * The outlet's own narration: a broadcast presenter or correspondent named as such in a label
   * ("NAZ OTHMAN, ANCHOR:", "REBAZ KARIM, CORRESPONDENT (live, Kifri):"). Not answers; the reported
   * speech in them is read as in an article.
   */
  narration?: boolean;
}

/** A label's description naming the outlet's presenter or correspondent. */
const PRESENTER = /,\s*(?:[\p{Lu}\p{N}.'’&/-]+\s+){0,4}(?:ANCHOR|CO-ANCHOR|CORRESPONDENT|REPORTER|PRESENTER|HOST|NEWSREADER)\b/iu;

export interface Interview {
  turns: Turn[];
  /** The resolved speaker of the answers when one person answers them all; null when unnamed ("A:") or several. */
  interviewee: string | null;
  /** True when the answers are labelled "A:" (the interviewee is named outside the turns, if at all). */
  anonymousAnswers: boolean;
}

/** How a host opens a programme: "Welcome to …", "I'm Jane Doe", "With me are …", "Joining us …". */
const HOST_OPENING = /\b(?:welcome to|welcome back|I'm|I am|with me (?:are|is|today)|joining (?:me|us)|my guests?)\b/i;
/** Labels that ask whatever their turns say (a moderator or a host is decided by their turns). */
const ASKER = /^(?:Q|Q\.|INTERVIEWER|REPORTER|QUESTION|QUESTIONS|JOURNALIST|AUDIENCE)\b/i;
/** Roles that label a turn without naming anyone. */
export const ROLE_LABEL = /^(?:Q|A|INTERVIEWER|REPORTER|QUESTION|QUESTIONS|JOURNALIST|AUDIENCE|HOST|MODERATOR|ANCHOR|PRESENTER|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|OFFICIAL|GUEST|NARRATOR|TRANSLATOR|INTERPRETER|CHAIR|CHAIRMAN|SPEAKER)$/i;
/** Titles and ranks written before a name in a capitalised label ("INSPECTOR GENERAL OF POLICE …", "LT GEN (RETD) …"). */
const LABEL_TITLES = new Set(
  'inspector general of police additional deputy ig igp dig aig ssp sp dsp dpo ccpo ctd barrister advocate dr mr mrs ms prof professor lt lieutenant gen general maj major col colonel brig brigadier capt captain retd ret minister senator sen chief secretary commissioner spokesman spokeswoman spokesperson ambassador justice judge mufti maulana sheikh'.split(' '),
);
const NAME_PARTICLES = new Set(['al', 'bin', 'ul', 'ud', 'de', 'van', 'von']);

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

function isFullName(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || NAME_PARTICLES.has(w));
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * The name a label holds, in the case names are written: a capitalised label loses its titles and
 * parenthesised parts ("LT GEN (RETD) HARJIT SANDHU" → "Harjit Sandhu", "IGP DURRANI" → "Durrani");
 * a role ("MODERATOR") or an outlet stays as it is.
 */
function labelName(label: string): string {
  // A broadcast transcript's "NAZ OTHMAN, ANCHOR" / "DR. SHILAN AZIZ, UNIVERSITY OF SULAIMANI": the name before the comma.
  const bare = label.replace(/\s*\([^)]*\)/g, '').replace(/^([^,\p{Ll}]+),[^\p{Ll}]*$/u, '$1').trim();
  // "The Chairperson (Sen. Grace Wanjiru Kamau)": an office whose holder is named in parentheses.
  const inner = /\(([^)]*)\)\s*$/.exec(label)?.[1];
  if (inner && isOffice(bare)) {
    // "QUESTION (Nadia Saleem, Geo News)": the name before the outlet.
    const holder = withoutTitles(inner.split(',')[0].trim());
    if (isFullName(holder)) return holder;
  }
  if (ROLE_LABEL.test(bare) || isOffice(bare)) return bare;
  // A name in mixed case loses its titles of address: "Dr. Esther Nyambura Wairimu", "Mr. Limo", "Sen. Dagane".
  if (/\p{Ll}/u.test(bare)) return withoutTitles(bare);
  const words = bare.split(/\s+/);
  if (words.length === 1 && words[0].length <= 4) return bare; // initials or an outlet: "JD", "DW"
  let i = 0;
  while (i < words.length - 1 && LABEL_TITLES.has(words[i].toLowerCase().replace(/\./g, ''))) i++;
  return words.slice(i).map(titleCase).join(' ');
}

/** A label naming an office, not a person: "The Chairperson", "Chair", "The Speaker". */
function isOffice(bare: string): boolean {
  return /^(?:the|madam)\s+\p{L}+$/iu.test(bare) || ROLE_LABEL.test(bare);
}

/** "Dr. Esther Nyambura Wairimu" → "Esther Nyambura Wairimu"; a title alone stays. */
function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (LABEL_TITLES.has(words[i].toLowerCase().replace(/\./g, '')) || /^(?:hon|honourable|honorable|rt|mrs|miss|dame|sir|lord|lady)\.?$/i.test(words[i]))) i++;
  return words.slice(i).join(' ');
}

/** A person listed before the turns with a description ("Lieutenant General Ahmed Sharif Chaudhry, Director General, …"). */
interface Listed {
  name: string;
  description: string;
}

/**
 * The people a transcript lists before its first turn, one a line, each name (titles dropped)
 * followed by a comma and a description: a participants list, or a line naming the speakers.
 */
function listedPeople(text: string, firstTurn: number): Listed[] {
  const out: Listed[] = [];
  for (const line of text.slice(0, firstTurn).split('\n')) {
    const m = /^\s*(?:[-*•]\s*)?([^,:\n]{3,80}),\s*(\S[^\n]*)$/.exec(line);
    if (!m) continue;
    const name = withoutTitles(m[1].trim());
    if (isFullName(name)) out.push({ name, description: m[2] });
  }
  return out;
}

/** Initials of a description's capitalised words ("Director General, Inter-Services Public Relations (ISPR)" → "DGISPR"). */
function descriptionInitials(description: string): string {
  return (description.match(/\p{Lu}[\p{L}]*/gu) ?? []).map((w) => w[0]).join('');
}

/**
 * The person an office label stands for ("DG ISPR:" for "…, Director General, Inter-Services Public
 * Relations (ISPR)"): the listed person whose description spells the office acronym out and
 * writes the rest of the label; null when none or several.
 */
function officeHolder(label: string, listed: readonly Listed[]): string | null {
  const words = label.replace(/\s*\([^)]*\)/g, '').trim().split(/\s+/);
  if (!OFFICE_ACRONYMS.has(words[0]) || words.some((w) => /\p{Ll}/u.test(w))) return null;
  const holders = listed.filter(({ description }) => {
    // The office is the description's first part ("Director General", not "Deputy Director General (Operations)").
    const initials = descriptionInitials(description.split(',')[0].replace(/\([^)]*\)/g, ''));
    return (initials.startsWith(words[0]) || new RegExp(String.raw`\(${words[0]}\)`).test(description)) && words.slice(1).every((w) => new RegExp(String.raw`(?<![\p{L}])${w.replace(/[^\p{L}]/gu, '')}(?![\p{L}])`, 'u').test(description));
  });
  return new Set(holders.map((h) => h.name)).size === 1 ? holders[0].name : null;
}

/** Resolves labels: initials and surnames to the full name written at an earlier (or any) turn, or in a list of participants. */
function resolveLabels(labels: readonly string[], listed: readonly Listed[] = []): Map<string, string> {
  const names = new Map(labels.map((l) => [l, labelName(l)]));
  const full = [...new Set([...names.values(), ...listed.map((l) => l.name)].filter(isFullName))];
  // An office named with its holder at one turn ("The Chairperson (Sen. Grace Wanjiru Kamau):") is that holder at the others ("The Chairperson:").
  const holders = new Map<string, Set<string>>();
  for (const label of labels) {
    const bare = label.replace(/\s*\([^)]*\)/g, '').trim().toLowerCase();
    const name = names.get(label)!;
    if (bare !== name.toLowerCase() && isFullName(name) && isOffice(label.replace(/\s*\([^)]*\)/g, '').trim())) holders.set(bare, (holders.get(bare) ?? new Set()).add(name));
  }
  const out = new Map<string, string>();
  for (const label of labels) {
    const name = names.get(label)!;
    let resolved = name;
    const holder = holders.get(name.toLowerCase());
    const office = officeHolder(label, listed);
    if (office) resolved = office;
    else if (holder && holder.size === 1) resolved = [...holder][0];
    else if (!isFullName(name)) {
      const byInitials = full.filter((f) => initialsOf(f) === name.replace(/\./g, ''));
      const bySurname = full.filter((f) => f.split(/\s+/).pop()!.toLowerCase() === name.toLowerCase());
      const byFirstName = full.filter((f) => f.split(/\s+/)[0].toLowerCase() === name.toLowerCase());
      if (byInitials.length === 1) resolved = byInitials[0];
      else if (bySurname.length === 1) resolved = bySurname[0];
      else if (byFirstName.length === 1) resolved = byFirstName[0];
    }
    out.set(label, resolved);
  }
  return out;
}

export function findInterview(text: string, blocks: readonly Block[]): Interview | null {
  const turnBlocks = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.role === 'turn' && b.label);
  if (turnBlocks.length < 2) return null;
  const labels = [...new Set(turnBlocks.map(([b]) => b.label!.text))];
  const resolved = resolveLabels(labels, listedPeople(text, turnBlocks[0][0].start));
  // Who asks: "Q", reporters and interviewers; otherwise the speaker most of whose turns are questions.
  const asks = new Map<string, { questions: number; turns: number }>();
  for (const [b] of turnBlocks) {
    const speaker = resolved.get(b.label!.text)!;
    const entry = asks.get(speaker) ?? { questions: 0, turns: 0 };
    entry.turns++;
    // A turn that asks anything ("How many are there? The police figures vary."), or a host's opening, asks.
    const turnText = text.slice(b.contentStart, b.end);
    if (turnText.includes('?') || (entry.turns === 1 && HOST_OPENING.test(turnText))) entry.questions++;
    asks.set(speaker, entry);
  }
  const askers = new Set<string>();
  for (const [speaker, { questions, turns }] of asks) if (ASKER.test(speaker) || questions * 2 > turns) askers.add(speaker);
  // Half the turns asking, in a conversation where someone else mostly answers: the host.
  if (askers.size === 0) for (const [speaker, { questions, turns }] of asks) if (turns >= 2 && questions * 2 >= turns) askers.add(speaker);
  // Two speakers and neither asks mostly: the one who speaks first asks (an interview opens on a question).
  if (askers.size === 0 && asks.size === 2) askers.add(resolved.get(turnBlocks[0][0].label!.text)!);
  const narrators = new Set(turnBlocks.filter(([b]) => PRESENTER.test(b.label!.text.replace(/\s*\([^)]*\)/g, ''))).map(([b]) => resolved.get(b.label!.text)!));
  const turns: Turn[] = turnBlocks.map(([b, i]) => {
    const speaker = resolved.get(b.label!.text)!;
    return narrators.has(speaker) ? { block: i, label: b.label!.text, speaker, question: true, narration: true } : { block: i, label: b.label!.text, speaker, question: askers.has(speaker) };
  });
  const answerers = [...new Set(turns.filter((t) => !t.question).map((t) => t.speaker))];
  const anonymousAnswers = answerers.length === 1 && /^A\.?$/.test(answerers[0]);
  return { turns, interviewee: answerers.length === 1 && !anonymousAnswers ? answerers[0] : null, anonymousAnswers };
}
