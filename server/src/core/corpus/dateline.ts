/**
 * A document's dateline: "KABUL, 26 August 2021 — By Al Jazeera staff", "MAIDUGURI, 7 May 2020
 * (local media)", "PESHAWAR, March 3, 2023 (Reuters) —". Read from the first lines only; what is
 * not found is null. Used to date and attribute documents in the shared index.
 */
import { MONTH_NAME, monthNumber } from '../text/datelines';

export interface Dateline {
  /** The place, as written ("KABUL"). */
  place: string;
  /** ISO date (YYYY-MM-DD) when the dateline gives a full date. */
  date: string | null;
  /** The outlet or author: "(Reuters)", "— By Tahir Khan". */
  source: string | null;
}

const MONTH = `(${MONTH_NAME})`;
const LINE = new RegExp(
  `^\\s*(\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+)*),\\s+(?:(\\d{1,2}) ${MONTH},? (\\d{4})|${MONTH} (\\d{1,2}),? (\\d{4}))(.*)$`,
  'u',
);
const HEAD_LINES = 8;

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sourceOf(rest: string): string | null {
  const paren = /^\s*\(([^)]{2,80})\)/.exec(rest);
  if (paren) return paren[1].trim();
  const by = /^\s*[—–-]+\s*By\s+(.{2,80}?)\s*(?:[—–]|$)/i.exec(rest);
  return by ? by[1].trim() : null;
}

export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, 2000).split(/\r\n|\r|\n/, HEAD_LINES);
  for (const line of head) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, place, day1, month1, year1, month2, day2, year2, rest] = m;
    const date = day1 ? isoDate(Number(year1), monthNumber(month1), Number(day1)) : isoDate(Number(year2), monthNumber(month2), Number(day2));
    return { place, date, source: sourceOf(rest) };
  }
  return null;
}
