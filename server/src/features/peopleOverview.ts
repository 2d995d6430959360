/**
 * Data for the client's People view: people with their statement and mention counts (most
 * statements first, paged, filterable), a person's statements by group, and the documents naming
 * them. Answers from the people index; only the snippets of the statements returned are read.
 */
import { PeopleOverview, PersonDocument, PersonGroup, PersonStatements } from '../protocol';
import { FeatureContext } from './context';
import { claimSnippet } from './claimHover';
import { displayName } from './markdown';

const DEFAULT_PAGE = 500;
const MAX_PAGE = 2000;
const MAX_DOCUMENTS = 500;
const SNIPPET = 140;

function pageSize(limit: unknown, fallback: number): number {
  return typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? Math.min(Math.floor(limit), MAX_PAGE) : fallback;
}

function offsetOf(offset: unknown): number {
  return typeof offset === 'number' && Number.isFinite(offset) && offset > 0 ? Math.floor(offset) : 0;
}

export function peopleOverview(context: FeatureContext, params: { filter?: unknown; offset?: unknown; limit?: unknown }): PeopleOverview {
  const { people } = context.workspace;
  const filter = typeof params.filter === 'string' ? params.filter.slice(0, 200) : '';
  const page = people.top({ filter, offset: offsetOf(params.offset), limit: pageSize(params.limit, DEFAULT_PAGE) });
  return {
    total: page.total,
    people: page.items.map((p) => ({
      personId: p.id,
      name: p.name,
      listed: p.known?.listing.reference ?? null,
      listedName: p.known && p.known.name !== p.name ? p.known.name : null,
      mentions: p.mentions,
      documents: p.documents,
      statements: p.statements,
    })),
  };
}

export function personGroups(context: FeatureContext, personId: string): PersonGroup[] {
  const { people, matcher } = context.workspace;
  return people.statementGroups(personId).map((g) => ({
    groupId: g.groupId,
    name: g.groupId === null ? 'about no group' : (matcher.group(g.groupId)?.name ?? g.groupId),
    statements: g.statements,
  }));
}

export function personStatements(context: FeatureContext, params: { personId: string; groupId?: unknown; aboutGroups?: unknown; offset?: unknown; limit?: unknown }): PersonStatements {
  const { people, matcher } = context.workspace;
  const groupId = params.groupId === null ? null : typeof params.groupId === 'string' ? params.groupId : undefined;
  const page = people.statementsOf(params.personId, { groupId, aboutGroups: params.aboutGroups === true, offset: offsetOf(params.offset), limit: pageSize(params.limit, DEFAULT_PAGE) });
  return {
    total: page.total,
    statements: page.items.map((s) => ({
      uri: s.uri,
      document: displayName(s.uri),
      range: s.claim.range,
      kind: s.claim.kind,
      subjects: s.claim.subjects.map((g) => matcher.group(g)?.name ?? g),
      date: s.date,
      snippet: claimSnippet(context, s.uri, s.claim, SNIPPET),
    })),
  };
}

export function personDocuments(context: FeatureContext, personId: string): PersonDocument[] {
  const { people } = context.workspace;
  return people
    .documentsOf(personId, MAX_DOCUMENTS)
    .map((d) => ({ uri: d.uri, document: displayName(d.uri), mentions: d.mentions, statements: d.statements, range: people.mentionsIn(d.uri, personId)[0]?.range ?? null }));
}
