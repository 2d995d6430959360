/**
 * The first hovers after an index, rehearsed. Right after a cold index none of the hover code has
 * run: V8 interprets it, compiles it as it goes, and the first dozens of answers take several
 * times as long as later ones. Once the index is complete and written, the server asks itself the
 * questions an analyst asks first, hovers on the groups and people the corpus mentions most (their
 * best passages, so their claims too), one at a time between real requests, and drops the answers.
 *
 * The first document an analyst opens gets its near-miss diagnostics, whose fuzzy index of the
 * gazetteer is made on first use (tens of milliseconds on a loaded machine, once per gazetteer):
 * the rehearsal asks for them once, for the first document it hovers, so opening a document does
 * not make that index while the analyst's first hovers wait.
 *
 * Bounded: at most `WARM_UP_HOVERS` hovers and `WARM_UP_BUDGET_MS` of work, and it stops as soon
 * as the index changes or another run starts (`isCurrent`). It reads only the few documents the
 * answers quote, and nothing it does changes what any request answers.
 */
import { bestMention } from './core/corpus/crossReferences';
import { selectTop } from './core/corpus/ranking';
import { FeatureContext } from './features/context';
import { provideHover } from './features/hover';
import { nearMissDiagnostics } from './features/nearMissDiagnostics';

/** Hovers rehearsed after an index: enough for every hover path to be compiled. */
export const WARM_UP_HOVERS = 48;
/** Work the rehearsal may take in all (ms), whatever the corpus. */
const WARM_UP_BUDGET_MS = 1500;
const GROUPS = 4;
const PEOPLE = 3;

/** Where to hover: the best passages of the most mentioned groups, then the most named people's mentions. */
export function warmUpPositions(context: FeatureContext, max = WARM_UP_HOVERS): { uri: string; line: number; character: number }[] {
  const { index, people } = context.workspace;
  const groups = selectTop([...index.mentionedGroups()], GROUPS, (a, b) => index.stats(a).mentions > index.stats(b).mentions);
  const out: { uri: string; line: number; character: number }[] = [];
  const perGroup = Math.max(1, Math.floor((max * 3) / 4 / Math.max(1, groups.length)));
  for (const id of groups) {
    for (const doc of index.topDocuments(id, null, perGroup, { staticOnly: true }).documents) {
      const mention = bestMention(doc, id);
      if (mention) out.push({ uri: doc.uri, ...mention.range.start });
    }
  }
  const perPerson = Math.max(1, Math.floor((max - out.length) / PEOPLE));
  for (const person of people.top({ limit: PEOPLE }).items) {
    for (const location of people.mentionsOf(person.id, { limit: perPerson })) out.push({ uri: location.uri, ...location.range.start });
  }
  return out.slice(0, max);
}

/**
 * Rehearses the hovers of `warmUpPositions`, one per turn of the event loop, while `isCurrent()`
 * holds and `budgetMs` is not spent. Returns how many ran. Never throws: a failing rehearsal only means a slower first hover.
 */
export async function warmUp(context: FeatureContext, isCurrent: () => boolean, budgetMs = WARM_UP_BUDGET_MS): Promise<number> {
  const started = performance.now();
  let done = 0;
  try {
    for (const at of warmUpPositions(context)) {
      // Requests that arrived meanwhile are answered first.
      await new Promise((resolve) => setImmediate(resolve));
      if (!isCurrent() || performance.now() - started > budgetMs) break;
      if (done === 0) nearMissDiagnostics(context, at.uri);
      await provideHover(context, { textDocument: { uri: at.uri }, position: { line: at.line, character: at.character } });
      done++;
    }
  } catch (error) {
    context.log?.(`Hover rehearsal stopped: ${(error as Error).message}`);
  }
  return done;
}
