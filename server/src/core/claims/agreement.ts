/**
 * When two figures agree. Figures are intervals [low, high]: exact numbers are points, bounds are
 * open-ended ("at least 40" = [40, ∞)), approximations get ±10 % ("about 4,000" = [3600, 4400]),
 * vague quantities a conventional range ("dozens" = [24, 99]). Two figures of the same measure
 * agree when their intervals overlap, so "at least 40" agrees with 40 and with 59 (a lower bound
 * is not contradicted by a higher count), while "more than 8,000" and "2,000–2,500" differ.
 * Killed and injured are different measures; strength nouns (fighters, members, men…) are one.
 */
import type { Figure } from './model';

/** Whether a measure counts an incident's dead or wounded (a toll), not a force's strength. */
export function isToll(measure: string): boolean {
  return measure === 'killed' || measure === 'injured';
}

function measureClass(measure: string): string {
  return isToll(measure) ? measure : 'strength';
}

export function figuresAgree(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Compares two claims' figures measure by measure: 'agrees', 'differs' or null (nothing comparable). */
export function compareFigures(a: readonly Figure[], b: readonly Figure[]): 'agrees' | 'differs' | null {
  let compared = false;
  for (const x of a) {
    for (const y of b) {
      if (measureClass(x.measure) !== measureClass(y.measure)) continue;
      compared = true;
      if (!figuresAgree(x, y)) return 'differs';
    }
  }
  return compared ? 'agrees' : null;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** The figure as written with what it counts ("more than 8,000 fighters", "at least 40 killed"). */
export function figureSummary(f: Figure): string {
  const written = f.text.replace(/\s+/g, ' ').trim();
  return written ? `${written} ${f.measure}` : figureRange(f);
}

/** The normalised interval: "2,000–2,500 fighters", "≥ 40 killed", "≤ 400 fighters". */
export function figureRange(f: Figure): string {
  const range = f.high === Infinity ? `≥ ${formatNumber(f.low)}` : f.low === 0 && f.high > 0 ? `≤ ${formatNumber(f.high)}` : f.low === f.high ? formatNumber(f.low) : `${formatNumber(f.low)}–${formatNumber(f.high)}`;
  return `${range} ${f.measure}`;
}
