/**
 * Hover on a person: who they are (the official listing with its role and groups when the
 * identity rules tie them to a listed individual, else the roles the corpus gives them), the forms
 * this document uses, how much the corpus says about and from them, and their statements about
 * groups in other documents, newest first, each linking to its passage. With a shared index the
 * counts and statements include the archive's (its copies of the analyst's documents left out;
 * their snippets are the archive's stored ones). Reads the text of this document and of the few
 * local passages shown, nothing else. Everything taken from the corpus, the archive or the list
 * is escaped.
 */
import type { IndexedPersonMention } from '../core/corpus/corpusIndex';
import type { KnownPerson } from '../core/gazetteer/people';
import { identifyingWords } from '../core/people/knownPeople';
import { rolesAround } from '../core/people/roles';
import { FeatureContext } from './context';
import { groupNames } from './claimHover';
import { displayName, escapeMarkdown, link, openLocationTarget, personStatementsTarget } from './markdown';
import { mergedPersonStatements, mergedPersonSummary } from './sharedAnswers';

/** Documents read for the roles the corpus gives a person (this one first). */
const ROLE_DOCUMENTS = 4;
const MAX_ROLES = 4;
const SNIPPET = 160;
const MAX_ROLE = 140;

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function listingLines(context: FeatureContext, known: KnownPerson, shownName: string, rule: string | null): string[] {
  const lines: string[] = [];
  const l = known.listing;
  const listed = [l.authority, l.list, l.reference, l.listedOn ? `listed ${l.listedOn}` : null].filter(Boolean).join(', ');
  lines.push(`- *Listed:* ${escapeMarkdown(listed)}${rule ? ` (tied by ${escapeMarkdown(rule)})` : ''}${known.deceased ? ' — *reported deceased*' : ''}`);
  const sameWords = identifyingWords(known.name).join(' ') === identifyingWords(shownName).join(' ');
  if (!sameWords) lines.push(`- *Listed as:* ${escapeMarkdown([...known.titles.slice(0, 2), known.name].join(' '))}`);
  for (const g of known.groups.slice(0, 3)) {
    const group = context.workspace.matcher.group(g.id);
    const role = g.role ? `${cut(g.role, MAX_ROLE)} ` : '';
    lines.push(`- *Role:* ${escapeMarkdown(role)}— ${escapeMarkdown(group?.name ?? g.id)}`);
  }
  const posts = known.designations.filter((d) => !known.groups.some((g) => g.role === d));
  if (posts.length) lines.push(`- *Posts:* ${escapeMarkdown(posts.slice(0, 3).map((p) => cut(p, MAX_ROLE)).join('; '))}`);
  return lines;
}

/** Roles around this document's mentions of the person, then around their first mention in a few other documents. */
function corpusRoles(context: FeatureContext, uri: string, personId: string): string[] {
  const { people } = context.workspace;
  const roles: string[] = [];
  const add = (role: string) => {
    if (roles.length < MAX_ROLES && !roles.some((r) => r.toLowerCase() === role.toLowerCase())) roles.push(role);
  };
  const readRoles = (docUri: string, mentions: readonly IndexedPersonMention[]) => {
    const text = context.workspace.read(docUri);
    if (text === undefined) return;
    for (const m of mentions.slice(0, 6)) for (const r of rolesAround(text, m.start, m.end, m.text)) add(r);
  };
  readRoles(uri, people.mentionsIn(uri, personId));
  for (const d of people.documentsOf(personId, ROLE_DOCUMENTS)) {
    if (roles.length >= MAX_ROLES) break;
    if (d.uri !== uri) readRoles(d.uri, people.mentionsIn(d.uri, personId));
  }
  return roles;
}

export async function personHoverMarkdown(context: FeatureContext, uri: string, personId: string, mention: IndexedPersonMention): Promise<string | null> {
  const { workspace } = context;
  const limit = Math.max(0, Math.floor(workspace.settings.hover.maxCrossReferences));
  // The counts and the statements elsewhere include the shared archive, when one is configured.
  const [summary, statements] = await Promise.all([mergedPersonSummary(context, personId), mergedPersonStatements(context, personId, { excludeUri: uri, aboutGroups: true, offset: 0, limit })]);
  const person = summary.value;
  if (!person) return null;
  const lines: string[] = [];
  const bare = mention.text !== person.name ? ` — as *${escapeMarkdown(mention.text)}*` : '';
  lines.push(`**${escapeMarkdown(person.name)}** (${person.known ? 'listed person' : 'person'})${bare}`, '');
  if (person.known) {
    lines.push(...listingLines(context, person.known, person.name, person.knownBy));
    if (person.known.summary && !person.known.groups.some((g) => g.role === person.known!.summary)) lines.push(`- *Listing:* ${escapeMarkdown(cut(person.known.summary, MAX_ROLE * 2))}`);
  }
  const roles = corpusRoles(context, uri, personId);
  if (roles.length) lines.push(`- *Described as:* ${roles.map(escapeMarkdown).join('; ')}`);
  const forms = [...new Set(workspace.people.mentionsIn(uri, personId).map((m) => m.text))];
  if (forms.length) lines.push(`- *In this document:* ${forms.slice(0, 6).map(escapeMarkdown).join(', ')}`);
  const partial = workspace.indexing ? ' (indexing in progress; counts are partial)' : '';
  const where = person.archive ? 'In the corpus and the shared archive' : 'In the corpus';
  lines.push(
    `- *${where}:* ${plural(person.mentions, 'mention')} in ${plural(person.documents, 'document')}; ` +
      `${plural(person.statements, 'statement')}${person.statements ? ` in ${plural(person.statementDocuments, 'document')}` : ''}${partial}`,
  );
  const note = summary.note ?? statements.note;
  if (note) lines.push(`- *${escapeMarkdown(note)}: local documents only*`);

  const elsewhere = statements.value;
  lines.push('', '---', '', `**Statements about groups elsewhere** — ${elsewhere.total}`, '');
  if (elsewhere.total === 0) lines.push('*No statement about a group in another document.*');
  for (const s of elsewhere.items) {
    const { start } = s.range;
    const target = openLocationTarget(context, s.uri, start.line, start.character);
    const label = `${displayName(s.uri)}:${start.line + 1}`;
    const about = escapeMarkdown(groupNames(context, [...s.subjects]));
    const date = s.date ? ` · ${escapeMarkdown(s.date)}` : '';
    lines.push(`- ${link(label, target)} — *${about}*${date}: ${escapeMarkdown(s.snippet(SNIPPET))}`);
  }
  const more = elsewhere.total - elsewhere.items.length;
  if (more > 0) {
    const target = personStatementsTarget(context, personId, uri, mention.range.start.line, mention.range.start.character);
    const text = `${more} more…`;
    lines.push('', target ? link(text, target) : `${escapeMarkdown(text)} (the People view lists them all)`);
  }
  return lines.join('\n');
}
