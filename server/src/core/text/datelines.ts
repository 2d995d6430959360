/**
 * Dates a document gives about itself: a news dateline ("QUETTA, 4 June 2024 —", "PESHAWAR,
 * Pakistan, 1 February 2023 (Reuters) —", "Kabul:") and date-only lines ("June 2, 2024",
 * "Monday, March 3rd 2025"). Written dates become ISO days ("2024-06-04"); nothing here guesses a
 * year that the text does not give. A date in the document's file name ("2024-03-09-kulachi.txt")
 * is read separately (`fileNameDate`): the document model uses it only where the text gives no
 * date, or a day and month without the year.
 */

/** The months' names in lower case, January first: the one table every date reader uses. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month's name or its abbreviation, as datelines write it (a pattern's source). */
export const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_NAME = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
/** "4 June 2024", "June 4, 2024", "June 4th 2024", "2024-06-04", "4 June" (no year). */
const WRITTEN_DATE = `(?:(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_NAME})(?:,? (\\d{4}))?|(${MONTH_NAME}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))`;
const DATE_ONLY_LINE = new RegExp(`^\\s*(?:(?:Published|Updated|Posted|Last updated)(?:\\s+on)?\\s*:?\\s*)?(?:${WEEKDAY_NAME},? )?${WRITTEN_DATE}(?:[,\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$`);
/**
 * A dateline: PLACE in capitals (words, hyphens, slashes), optional ", Region", optional date and
 * agency, then a dash or colon: "KHAR, Bajaur, 31 July 2023 —", "NEW DELHI / LAHORE, 9 September 2023 —".
 */
const DATELINE = new RegExp(
  `^\\s*((?:\\p{Lu}[\\p{Lu}'’.-]+)(?:[ -]+(?:\\p{Lu}[\\p{Lu}'’.-]+|/))*)((?:, (?:\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+)*))?)(?:,? (?:${WEEKDAY_NAME},? )?${WRITTEN_DATE})?(?: \\((?:[\\p{L} .]{2,30})\\))?\\s*(?:[—–]|--| - |:|$)\\s*`,
  'u',
);

export interface Dateline {
  /** Offsets of the dateline (place, date, agency and the dash), in the text. */
  start: number;
  end: number;
  /** The place as written ("PESHAWAR"). */
  place: string;
  /** ISO day, when the dateline gives a full date. */
  date: string | null;
  /** Month and day when the dateline gives them without a year ("BAGHDAD, Dec 6 —"). */
  monthDay: { month: number; day: number } | null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** 1–12 for a month's name or its abbreviation in any case ("June", "Sept.", "dec"); 0 for anything else. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return key.length === 3 ? MONTHS.findIndex((m) => m.startsWith(key)) + 1 : 0;
}

/** ISO day of a WRITTEN_DATE match starting at group `g`; null without a year. */
function isoFromGroups(m: RegExpExecArray, g: number): string | null {
  let day: number, month: number, year: number;
  if (m[g] !== undefined) [day, month, year] = [Number(m[g]), monthNumber(m[g + 1]), Number(m[g + 2])];
  else if (m[g + 3] !== undefined) [day, month, year] = [Number(m[g + 4]), monthNumber(m[g + 3]), Number(m[g + 5])];
  else if (m[g + 6] !== undefined) [day, month, year] = [Number(m[g + 8]), Number(m[g + 7]), Number(m[g + 6])];
  else return null;
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month and day of a WRITTEN_DATE match starting at group `g`, with or without a year. */
function monthDayFromGroups(m: RegExpExecArray, g: number): { month: number; day: number } | null {
  let day: number, month: number;
  if (m[g] !== undefined) [day, month] = [Number(m[g]), monthNumber(m[g + 1])];
  else if (m[g + 3] !== undefined) [day, month] = [Number(m[g + 4]), monthNumber(m[g + 3])];
  else return null;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** The dateline opening `line` (offsets relative to `base`), if it is one. */
export function parseDateline(line: string, base = 0): Dateline | null {
  // Cheap gate: a dateline opens with a capital and has its dash or colon within its first 90 characters.
  const head = line.slice(0, 90);
  if (!/^\s*\p{Lu}/u.test(head) || !/[—–:]|--| - |\d{4}/.test(head)) return null;
  const m = DATELINE.exec(line);
  if (!m) return null;
  const place = m[1].trim();
  // A place is at least three capital letters ("BBC:" and "Q:" are labels, not datelines), and a
  // dateline with neither a date nor a dash is just a capitalised label ("UPDATE:").
  if (place.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  const date = isoFromGroups(m, 3);
  const dash = /[—–]|--| - /.test(m[0].slice(m[1].length));
  const monthDay = date ? null : monthDayFromGroups(m, 3);
  // "SRINAGAR, Jun 27:" — a day and month make a dateline of a colon too.
  if (!date && !dash && !monthDay) return null;
  return { start: base + m.index + (m[0].length - m[0].trimStart().length), end: base + m[0].length, place, date, monthDay };
}

/** The ISO day of a line that holds only a date ("June 2, 2024", "Monday, March 3rd 2025"). */
export function dateOnlyLine(line: string): string | null | undefined {
  const m = DATE_ONLY_LINE.exec(line);
  if (!m) return undefined;
  return isoFromGroups(m, 1);
}

const ANY_FULL_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WRITTEN_DATE}|(\\d{1,2})[./](\\d{1,2})[./](\\d{4}))(?![\\p{N}])`, 'gu');

/**
 * The first full date (day, month and year) written in `text`: "By Tamsin Hale | 12 September 2022
 * | 9 min read", "Date 15.03.2022" (day first), "Published 29 August 2023". Null when none.
 */
export function firstFullDate(text: string): string | null {
  ANY_FULL_DATE.lastIndex = 0;
  for (let m = ANY_FULL_DATE.exec(text); m; m = ANY_FULL_DATE.exec(text)) {
    const iso = isoFromGroups(m, 1);
    if (iso) return iso;
    if (m[10] !== undefined) {
      const [day, month, year] = [Number(m[10]), Number(m[11]), Number(m[12])];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${year}-${pad(month)}-${pad(day)}`;
    }
  }
  return null;
}

/** "2024-03-09", "2024_03_09", "20240309" in a file name, not inside a longer number; years 1900–2099. */
const FILE_NAME_DATE = /(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/;

/** The ISO day a file name gives ("2024-03-09-kulachi-toll.txt" → "2024-03-09"), or null. */
export function fileNameDate(fileName: string): string | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const m = FILE_NAME_DATE.exec(base);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

/**
 * A day and month given without a year, placed in the year of a nearby full date (the file name's):
 * the same year, or the one before when that would put it more than two months after the full date
 * ("Dec 30" in a file named 2024-01-02 is 2023-12-30).
 */
export function nearestYear(monthDay: { month: number; day: number }, near: string): string {
  const year = Number(near.slice(0, 4));
  const at = (y: number) => `${y}-${pad(monthDay.month)}-${pad(monthDay.day)}`;
  const days = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const candidate = at(year);
  if (days(candidate) - days(near) > 61) return at(year - 1);
  if (days(near) - days(candidate) > 304) return at(year + 1);
  return candidate;
}
