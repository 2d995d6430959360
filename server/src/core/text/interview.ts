/**
 * The structure of an interview or press-conference transcript: who holds each turn and whether
 * it asks or answers. Labels are read as written and resolved among themselves: a full name at
 * the first turn ("Jane Doe:"), then the surname ("Doe:") or initials ("JD:") are the same
 * speaker; "Q:"/"A:" are the interviewer and the interviewee; an outlet ("DW:"), "REPORTER" or
 * "INTERVIEWER" asks. The interviewee of a "Q:/A:" transcript is named elsewhere (headline,
 * standfirst, a closing line): the attribution rules resolve that, not this module.
 */
import type { Block } from './blocks';

export interface Turn {
  /** Index of the turn's block in the document's blocks. */
  block: number;
  /** The label as written: "JD", "Q", "REPORTER (Reuters)". */
  label: string;
  /** The label resolved among the labels: "Jane Doe" for "JD" after a "Jane Doe:" turn; else the label. */
  speaker: string;
  /** Asked by the interviewer (or a reporter), not answered. */
  question: boolean;
}

export interface Interview {
  turns: Turn[];
  /** The resolved speaker of the answers when one person answers them all; null when unnamed ("A:") or several. */
  interviewee: string | null;
  /** True when the answers are labelled "A:" (the interviewee is named outside the turns, if at all). */
  anonymousAnswers: boolean;
}

const ASKER = /^(?:Q|Q\.|INTERVIEWER|REPORTER|QUESTION|JOURNALIST|HOST|MODERATOR|ANCHOR)\b/i;
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

/** Resolves labels: initials and surnames to the full name written at an earlier (or any) turn. */
function resolveLabels(labels: readonly string[]): Map<string, string> {
  const full = labels.filter(isFullName);
  const out = new Map<string, string>();
  for (const label of labels) {
    const bare = label.replace(/\s*\(.*\)$/, '');
    let resolved = bare;
    if (!isFullName(bare)) {
      const byInitials = full.filter((f) => initialsOf(f) === bare.replace(/\./g, ''));
      const bySurname = full.filter((f) => f.split(/\s+/).pop()!.toLowerCase() === bare.toLowerCase());
      if (byInitials.length === 1) resolved = byInitials[0];
      else if (bySurname.length === 1) resolved = bySurname[0];
    }
    out.set(label, resolved);
  }
  return out;
}

export function findInterview(text: string, blocks: readonly Block[]): Interview | null {
  const turnBlocks = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.role === 'turn' && b.label);
  if (turnBlocks.length < 2) return null;
  const labels = [...new Set(turnBlocks.map(([b]) => b.label!.text))];
  const resolved = resolveLabels(labels);
  // Who asks: "Q", reporters and interviewers; otherwise the speaker most of whose turns are questions.
  const asks = new Map<string, { questions: number; turns: number }>();
  for (const [b] of turnBlocks) {
    const speaker = resolved.get(b.label!.text)!;
    const entry = asks.get(speaker) ?? { questions: 0, turns: 0 };
    entry.turns++;
    if (/\?["”’)]?\s*$/.test(text.slice(b.contentStart, b.end))) entry.questions++;
    asks.set(speaker, entry);
  }
  const askers = new Set<string>();
  for (const [speaker, { questions, turns }] of asks) if (ASKER.test(speaker) || questions * 2 > turns) askers.add(speaker);
  // Two speakers and neither asks mostly: the one who speaks first asks (an interview opens on a question).
  if (askers.size === 0 && asks.size === 2) askers.add(resolved.get(turnBlocks[0][0].label!.text)!);
  const turns: Turn[] = turnBlocks.map(([b, i]) => {
    const speaker = resolved.get(b.label!.text)!;
    return { block: i, label: b.label!.text, speaker, question: askers.has(speaker) };
  });
  const answerers = [...new Set(turns.filter((t) => !t.question).map((t) => t.speaker))];
  const anonymousAnswers = answerers.length === 1 && /^A\.?$/.test(answerers[0]);
  return { turns, interviewee: answerers.length === 1 && !anonymousAnswers ? answerers[0] : null, anonymousAnswers };
}
