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
 * `den(?:ied|y)`, "put" for `put\s+out`; null when it may start otherwise.
 */
function literalStart(piece: string): string | null {
  const letters = /^[a-z]+/.exec(piece)?.[0];
  if (!letters) return null;
  // A quantifier that may drop the last letter ("claims?") leaves the letters before it.
  const next = piece[letters.length];
  const start = next === '?' || next === '*' || next === '{' ? letters.slice(0, -1) : letters;
  return start || null;
}

/** The end of the group opened at `open` (a parenthesis), or -1. */
function groupEnd(source: string, open: number): number {
  return walk(source, open, (at, depth) => source[at] === ')' && depth === 1);
}

/**
 * The literal words every alternative of `source` starts with after `\b` (`\bword…` or
 * `\b(?:one|two…)…`, each at least one letter long), or null when one starts otherwise.
 */
export function firstWords(source: string): string[] | null {
  const words = new Set<string>();
  for (const alternative of topAlternatives(source)) {
    if (!alternative.startsWith('\\b')) return null;
    const rest = alternative.slice(2);
    let starts: (string | null)[];
    if (rest.startsWith('(?:')) {
      const end = groupEnd(rest, 0);
      // An optional group ("(?:the\s+)?word") does not have to start the match.
      if (end < 0 || /^[?*{]/.test(rest.slice(end + 1))) return null;
      starts = topAlternatives(rest.slice(3, end)).map(literalStart);
    } else {
      starts = [literalStart(rest)];
    }
    for (const w of starts) {
      if (w === null) return null;
      words.add(w);
    }
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
    const words = firstWords(pattern.source);
    const ignoreCase = pattern.ignoreCase ? 'i' : '';
    this.gate = words ? new RegExp(String.raw`\b(?:${words.join('|')})`, 'g' + ignoreCase) : null;
  }

  /** Whether the pattern is run only where its first words are (false: it runs as it is). */
  get gated(): boolean {
    return this.gate !== null;
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
