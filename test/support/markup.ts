/**
 * Test texts with expected mentions marked inline: "[[IS-K|iskp]] said" means the text "IS-K said"
 * with a mention of group "iskp" over "IS-K". Gives exact expected UTF-16 offsets without counting
 * by hand.
 */
export interface ExpectedSpan {
  id: string;
  start: number;
  end: number;
  text: string;
}

export function parseMarkup(marked: string): { text: string; spans: ExpectedSpan[] } {
  let text = '';
  const spans: ExpectedSpan[] = [];
  const pattern = /\[\[([\s\S]*?)\|([a-z0-9-]+)\]\]/g;
  let last = 0;
  for (let m = pattern.exec(marked); m; m = pattern.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    spans.push({ id: m[2], start, end: text.length, text: m[1] });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, spans };
}
