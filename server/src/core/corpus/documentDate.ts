/**
 * A document's own date, as ISO (YYYY-MM-DD), read from its dateline ("KABUL, 26 August 2021 —",
 * "PESHAWAR, Pakistan, 1 February 2023 (Reuters)") or a date line near the top ("Date: 2023-01-30",
 * "Published: 30 January 2023", front matter "date: 2023-01-30"). Null when the top of the document
 * gives none: a date is never guessed (not from the file name, not from the file's modification
 * time).
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** "KABUL, 26 August 2021", "KHAR, Bajaur, 31 July 2023", "PESHAWAR, Pakistan, 1 February 2023". */
const DATELINE_DMY = new RegExp(`^\\s*\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+)*,(?:\\s+[\\p{L}'’. -]{2,40},)?\\s+(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'u');
/** "WASHINGTON, August 26, 2021". */
const DATELINE_MDY = new RegExp(`^\\s*\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+)*,(?:\\s+[\\p{L}'’. -]{2,40},)?\\s+${MONTH}\\s+(\\d{1,2}),\\s+(\\d{4})\\b`, 'u');
/** "Date: 2023-01-30", "Published: 30 January 2023", "date: 2023-01-30" (front matter). */
const DATE_LINE = new RegExp(`^\\s*(?:[*_]{0,2})(?:date|dated|published|posted|updated)(?:[*_]{0,2})\\s*:\\s*(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\s+${MONTH}\\s+(\\d{4}))\\b`, 'iu');

/** Lines of the top of a document read for its date. */
const TOP_LINES = 8;

function iso(year: string, month: number, day: string): string | null {
  const d = Number(day);
  const y = Number(year);
  if (month < 1 || month > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCDate() !== d) return null; // 31 February
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

export function documentDate(text: string): string | null {
  const lines = text.slice(0, 2000).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, TOP_LINES);
  for (const line of lines) {
    let m = DATELINE_DMY.exec(line);
    if (m) return iso(m[3], monthNumber(m[2]), m[1]);
    m = DATELINE_MDY.exec(line);
    if (m) return iso(m[3], monthNumber(m[1]), m[2]);
    m = DATE_LINE.exec(line);
    if (m) return m[1] ? iso(m[1], Number(m[2]), m[3]) : iso(m[6], monthNumber(m[5]), m[4]);
  }
  return null;
}
