/**
 * A global pattern of many alternatives, each starting with a word boundary and a literal word
 * ("\bclaim(?:ed|s)?\s+…|\b(?:said|says)\s+…"), tried only where one of those first words begins.
 *
 * Run over a sentence, a pattern of a dozen alternatives tries every one of them at every position;
 * its first words are rare, so one scan for them and a sticky run at each place found give the same
 * matches in a fraction of the time (the responsibility patterns: about a tenth of claim extraction
 * before, measured on the 1k bench corpus).
 *
 * The first words are read from the pattern itself. A pattern with an alternative of any other shape
 * gets no gate and runs as it is: the same matches, only slower.
 */

/**
 * Walks a pattern's source from `from`, calling `visit` on every character outside escapes and
 * character classes with the parenthesis depth before it, until `visit` returns true: that index,
 * or -1 at the end.
 */
function walk(source: string, from: number, visit: (at: number, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (visit(i, depth)) return i;
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return -1;
}

/** The top-level alternatives of a pattern's source (parentheses, classes and escapes respected). */
export function topAlternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walk(source, 0, (at, depth) => {
    if (source[at] === '|' && depth === 0) {
      parts.push(source.slice(from, at));
      from = at + 1;
    }
    return false;
  });
  parts.push(source.slice(from));
  return parts;
}

/**
 * The literal letters a piece of pattern must start with: "claim" for `claims?\s+of`, "den" for
 * `den(?:ied|y)`, "put" for `put\s+out`, "in" for `[Ii]n\s` (a class of one letter in both cases);
 * null when it may start otherwise. `cased` is set when a letter may be written in either case.
 */
function literalStart(piece: string, cased: { any: boolean }): string | null {
  let word = '';
  let at = 0;
  let lastAt = 0;
  for (;;) {
    const c = piece[at];
    if (c !== undefined && /[A-Za-z]/.test(c)) {
      if (c !== c.toLowerCase()) cased.any = true;
      lastAt = word.length;
      word += c;
      at++;
      continue;
    }
    // "[Ii]": one letter in its two cases.
    const both = /^\[([A-Za-z])([A-Za-z])\]/.exec(piece.slice(at));
    if (both && both[1] !== both[2] && both[1].toLowerCase() === both[2].toLowerCase()) {
      cased.any = true;
      lastAt = word.length;
      word += both[1].toLowerCase();
      at += both[0].length;
      continue;
    }
    break;
  }
  if (!word) return null;
  // A quantifier that may drop the last letter ("claims?") leaves the letters before it.
  const next = piece[at];
  const start = next === '?' || next === '*' || next === '{' ? word.slice(0, lastAt) : word;
  return start || null;
}

/** The end of the group opened at `open` (a parenthesis), or -1. */
function groupEnd(source: string, open: number): number {
  return walk(source, open, (at, depth) => source[at] === ')' && depth === 1);
}

/**
 * The literal words a piece of pattern must start with: its own letters, or the first words of
 * each alternative of a group opening it ("(?:took|put)", a capturing "(claimed)"), and, when that
 * group is optional ("(?:was\s+|were\s+)?claimed"), the words of what follows it too; null when
 * the piece may start otherwise (a class, an escape, a lookaround, an empty alternative).
 */
function startWords(piece: string, cased: { any: boolean }, depth = 0): string[] | null {
  if (depth > 4) return null;
  // A word boundary or a lookaround takes no characters: the match starts where the piece after it starts.
  if (piece.startsWith('\\b')) return startWords(piece.slice(2), cased, depth + 1);
  if (/^\(\?<?[=!]/.test(piece)) {
    const end = groupEnd(piece, 0);
    return end < 0 ? null : startWords(piece.slice(end + 1), cased, depth + 1);
  }
  if (!piece.startsWith('(')) {
    const w = literalStart(piece, cased);
    return w === null ? null : [w];
  }
  const open = piece.startsWith('(?:') ? 3 : piece.startsWith('(?') ? -1 : 1;
  if (open < 0) return null;
  const end = groupEnd(piece, 0);
  if (end < 0) return null;
  const words: string[] = [];
  for (const alternative of topAlternatives(piece.slice(open, end))) {
    const w = startWords(alternative, cased, depth + 1);
    if (w === null) return null;
    words.push(...w);
  }
  let rest = piece.slice(end + 1);
  const counted = /^\{(\d+)(?:,\d*)?\}/.exec(rest);
  const optional = rest.startsWith('?') || rest.startsWith('*') || (counted !== null && counted[1] === '0');
  if (counted && counted[1] !== '0') return words;
  if (!optional) return words;
  rest = rest.slice(counted ? counted[0].length : 1);
  if (rest.startsWith('?')) rest = rest.slice(1);
  const after = startWords(rest, cased, depth + 1);
  return after === null ? null : [...words, ...after];
}

/**
 * The literal words every alternative of `source` starts with after `\b` (`\bword…`,
 * `\b(?:one|two…)…`, `\b(?:the\s+)?word…`, each at least one letter long), or null when one
 * starts otherwise. `cased` is set when a word may be written in either case (`\b[Ii]n\s`).
 */
export function firstWords(source: string, cased: { any: boolean } = { any: false }): string[] | null {
  const words = new Set<string>();
  for (const alternative of topAlternatives(source)) {
    if (!alternative.startsWith('\\b')) return null;
    const starts = startWords(alternative.slice(2), cased);
    if (starts === null) return null;
    for (const w of starts) words.add(cased.any ? w.toLowerCase() : w);
  }
  return [...words];
}

export class GatedPattern {
  private readonly gate: RegExp | null;
  private readonly sticky: RegExp;
  private readonly global: RegExp;

  /** `pattern` must be global; its `i` and `u` flags carry over. */
  constructor(pattern: RegExp) {
    if (!pattern.global) throw new Error('GatedPattern needs a global pattern');
    this.global = pattern;
    this.sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    const cased = { any: false };
    let words = firstWords(pattern.source, cased);
    // A word written in either case is sought in either case; not in a Unicode pattern, whose word
    // boundary would then differ ("ſ" and "K" are word characters there only without case).
    if (words && cased.any && !pattern.ignoreCase && pattern.unicode) words = null;
    const ignoreCase = pattern.ignoreCase || cased.any ? 'i' : '';
    this.gate = words ? new RegExp(String.raw`\b(?:${words.join('|')})`, 'g' + ignoreCase + (pattern.unicode ? 'u' : '')) : null;
  }

  /** Whether the pattern is run only where its first words are (false: it runs as it is). */
  get gated(): boolean {
    return this.gate !== null;
  }

  /**
   * The first match in `text` starting at or after `from`: what `exec` on the global pattern returns
   * with `lastIndex` at `from`; null when there is none. For loops that may stop early.
   */
  exec(text: string, from = 0): RegExpExecArray | null {
    if (!this.gate) {
      this.global.lastIndex = from;
      return this.global.exec(text);
    }
    const gate = this.gate;
    gate.lastIndex = from;
    for (let g = gate.exec(text); g; g = gate.exec(text)) {
      this.sticky.lastIndex = g.index;
      const m = this.sticky.exec(text);
      if (m) return m;
      gate.lastIndex = g.index + 1;
    }
    return null;
  }

  /**
   * Every match in `text`, left to right, not overlapping: what `exec` in a loop on the global
   * pattern returns.
   */
  matches(text: string): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    if (!this.gate) {
      this.global.lastIndex = 0;
      for (let m = this.global.exec(text); m; m = this.global.exec(text)) {
        found.push(m);
        if (m[0].length === 0) this.global.lastIndex++;
      }
      return found;
    }
    const gate = this.gate;
    gate.lastIndex = 0;
    for (let g = gate.exec(text); g; g = gate.exec(text)) {
      this.sticky.lastIndex = g.index;
      const m = this.sticky.exec(text);
      if (m) {
        found.push(m);
        gate.lastIndex = m.index + Math.max(1, m[0].length);
      } else {
        gate.lastIndex = g.index + 1;
      }
    }
    return found;
  }
}

/**
 * The same pattern with its top-level alternatives grouped by their first letter
 * ("attack|ambush|bomb" → "a(?:ttack|mbush)|b(?:omb)"), for `test` only: whether it matches
 * anywhere does not depend on the order of alternatives, and the engine then tries one group per
 * position instead of every word (a keyword check of seventy words over a sentence: two to three
 * times faster). An alternative whose first letter is optional or repeated ("s?aid"), or that does
 * not start with a letter ("\bhits?\b"), stays as it is. A pattern that is one group of words after
 * a word boundary ("\b(?:kill|dead|…)\b") has the words inside the group grouped.
 */
export function byFirstLetter(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  const top = topAlternatives(pattern.source);
  // One alternative of words after a word boundary, "\b(?:kill|dead|…)\b": the words grouped inside.
  if (top.length === 1 && pattern.source.startsWith('\\b(?:')) {
    const end = groupEnd(pattern.source, 2);
    if (end > 0) return new RegExp(`\\b(?:${grouped(topAlternatives(pattern.source.slice(5, end)))})${pattern.source.slice(end + 1)}`, flags);
  }
  return new RegExp(grouped(top), flags);
}

function grouped(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  for (const alternative of alternatives) {
    if (/^[A-Za-z]/.test(alternative) && !/^.[?*+{]/.test(alternative)) {
      const list = groups.get(alternative[0]) ?? [];
      list.push(alternative.slice(1));
      groups.set(alternative[0], list);
    } else {
      others.push(alternative);
    }
  }
  const parts = [...groups].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`);
  return [...parts, ...others].join('|');
}
