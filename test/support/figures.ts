/**
 * Figures as the claim tests compare them: "measure:low-high", an open upper bound written "inf"
 * ("strength:6001-inf").
 */
import type { Figure } from '../../server/src/core/claims/model';
import { findFigures } from '../../server/src/core/claims/numbers';

export function figureKey(f: Pick<Figure, 'measure' | 'low' | 'high'>): string {
  return `${f.measure}:${f.low}-${f.high === Infinity ? 'inf' : f.high}`;
}

/** The figures a text gives, as keys. */
export function figuresIn(text: string): string[] {
  return findFigures(text).map(figureKey);
}
