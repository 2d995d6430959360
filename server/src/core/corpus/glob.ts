/**
 * Glob patterns for the corpus include/exclude settings: `*`, `**`, `?`, `{a,b}`, `[abc]`.
 * Matching simulates the pattern as a set of states over the path, so it costs at most
 * O(path × pattern) whatever the pattern: no backtracking blow-up from a user's setting.
 */

type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // * within one path segment
  | { kind: 'globstar' } // ** across segments
  | { kind: 'class'; chars: string; negated: boolean };

interface Compiled {
  tokens: Token[];
  /** skip[i] = j: from state i the matcher may jump to state j without consuming (an optional "**\/"). */
  skip: Map<number, number>;
  /**
   * Runs of literals every match consumes in one piece: a path without one of them cannot match,
   * which settles most paths without running the states (an exclude like "**\/node_modules/**").
   */
  needed: string[];
  /** State sets, reused by every run (matching is synchronous). */
  current: Uint8Array;
  next: Uint8Array;
}

const MAX_ALTERNATIVES = 64;

function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [pattern];
  const parts: string[] = [];
  let from = open + 1;
  for (const comma of [...commas, close]) {
    parts.push(pattern.slice(from, comma));
    from = comma + 1;
  }
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const part of parts) {
    for (const expanded of expandBraces(part)) {
      for (const tail of tails) {
        out.push(head + expanded + tail);
        if (out.length >= MAX_ALTERNATIVES) return out;
      }
    }
  }
  return out;
}

function compile(pattern: string): Compiled {
  const tokens: Token[] = [];
  const skip = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        i++;
        while (pattern[i + 1] === '*') i++;
        if (atSegmentStart && pattern[i + 1] === '/') {
          // "**/" matches zero or more whole directories.
          skip.set(tokens.length, tokens.length + 2);
          tokens.push({ kind: 'globstar' }, { kind: 'literal', char: '/' });
          i++;
        } else tokens.push({ kind: 'globstar' });
      } else tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) tokens.push({ kind: 'literal', char: c });
      else {
        let body = pattern.slice(i + 1, end);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        let chars = '';
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === '-' && k + 2 < body.length) {
            for (let code = body.charCodeAt(k); code <= body.charCodeAt(k + 2) && chars.length < 512; code++) chars += String.fromCharCode(code);
            k += 2;
          } else chars += body[k];
        }
        tokens.push({ kind: 'class', chars, negated });
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) tokens.push({ kind: 'literal', char: pattern[++i] });
    else tokens.push({ kind: 'literal', char: c });
  }
  return { tokens, skip, needed: neededLiterals(tokens, skip), current: new Uint8Array(tokens.length + 1), next: new Uint8Array(tokens.length + 1) };
}

/** Literal runs no skip can bypass (see `Compiled.needed`). */
function neededLiterals(tokens: readonly Token[], skip: ReadonlyMap<number, number>): string[] {
  const optional = new Uint8Array(tokens.length);
  for (const [from, to] of skip) optional.fill(1, from, to);
  const out: string[] = [];
  let run = '';
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && t.kind === 'literal' && !optional[i]) run += t.char;
    else {
      if (run) out.push(run);
      run = '';
    }
  }
  return out;
}

function run(compiled: Compiled, path: string): boolean {
  const { tokens, skip, needed } = compiled;
  for (let i = 0; i < needed.length; i++) if (!path.includes(needed[i])) return false;
  const n = tokens.length;
  let current = compiled.current;
  let next = compiled.next;
  current.fill(0);
  const close = (set: Uint8Array) => {
    for (let s = 0; s <= n; s++) {
      if (!set[s]) continue;
      const t = tokens[s];
      if (t && (t.kind === 'star' || t.kind === 'globstar')) set[s + 1] = 1;
      const jump = skip.get(s);
      if (jump !== undefined) set[jump] = 1;
    }
  };
  current[0] = 1;
  close(current);
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    next.fill(0);
    let alive = false;
    for (let s = 0; s < n; s++) {
      if (!current[s]) continue;
      const t = tokens[s];
      switch (t.kind) {
        case 'literal':
          if (t.char === ch) next[s + 1] = 1;
          break;
        case 'any':
          if (ch !== '/') next[s + 1] = 1;
          break;
        case 'class':
          if (ch !== '/' && t.chars.includes(ch) !== t.negated) next[s + 1] = 1;
          break;
        case 'star':
          if (ch !== '/') next[s] = 1;
          break;
        case 'globstar':
          next[s] = 1;
          break;
      }
    }
    close(next);
    for (let s = 0; s <= n; s++) if (next[s]) alive = true;
    if (!alive) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

/** A compiled glob; `matches` takes a path relative to the folder, with "/" separators. */
export class Glob {
  private readonly alternatives: Compiled[];

  constructor(readonly pattern: string) {
    this.alternatives = expandBraces(pattern.trim()).map(compile);
  }

  matches(relativePath: string): boolean {
    return this.alternatives.some((c) => run(c, relativePath));
  }
}

export class GlobSet {
  private readonly globs: Glob[];

  constructor(patterns: readonly string[]) {
    this.globs = patterns.filter((p) => typeof p === 'string' && p.trim() !== '').map((p) => new Glob(p));
  }

  matches(relativePath: string): boolean {
    return this.globs.some((g) => g.matches(relativePath));
  }

  get isEmpty(): boolean {
    return this.globs.length === 0;
  }
}
