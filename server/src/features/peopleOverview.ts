/**
 * Data for the client's People view: people with their statement and mention counts (most
 * statements first, paged, filterable), a person's statements by group, and the documents naming
 * them. Answers from the people index merged with the shared archive (when one is configured; the
 * analyst's documents win over their archive copies); only the snippets of the local statements
 * returned are read.
 */
import { PeopleOverview, PersonDocument, PersonGroup, PersonStatements } from '../protocol';
import { FeatureContext } from './context';
import { displayName } from './markdown';
import { archivePathOf } from '../core/store/archive';
import { mergedPeopleTop, mergedPersonDocuments, mergedPersonGroups, mergedPersonStatements } from './sharedAnswers';

const DEFAULT_PAGE = 500;
const MAX_PAGE = 2000;
const MAX_DOCUMENTS = 500;
const SNIPPET = 140;

function pageSize(limit: unknown, fallback: number): number {
  return typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? Math.min(Math.floor(limit), MAX_PAGE) : fallback;
}

/** A document's name in the view; archive-only documents are marked, as in the Groups and Claims views. */
function documentLabel(uri: string): string {
  return archivePathOf(uri) !== null ? `${displayName(uri)} (archive)` : displayName(uri);
}

function offsetOf(offset: unknown): number {
  return typeof offset === 'number' && Number.isFinite(offset) && offset > 0 ? Math.floor(offset) : 0;
}

export async function peopleOverview(context: FeatureContext, params: { filter?: unknown; offset?: unknown; limit?: unknown }): Promise<PeopleOverview> {
  const filter = typeof params.filter === 'string' ? params.filter.slice(0, 200) : '';
  const page = (await mergedPeopleTop(context, filter, offsetOf(params.offset), pageSize(params.limit, DEFAULT_PAGE))).value;
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

export async function personGroups(context: FeatureContext, personId: string): Promise<PersonGroup[]> {
  const { matcher } = context.workspace;
  return (await mergedPersonGroups(context, personId)).value.map((g) => ({
    groupId: g.groupId,
    name: g.groupId === null ? 'about no group' : (matcher.group(g.groupId)?.name ?? g.groupId),
    statements: g.statements,
  }));
}

export async function personStatements(context: FeatureContext, params: { personId: string; groupId?: unknown; aboutGroups?: unknown; offset?: unknown; limit?: unknown }): Promise<PersonStatements> {
  const { matcher } = context.workspace;
  const groupId = params.groupId === null ? null : typeof params.groupId === 'string' ? params.groupId : undefined;
  const page = (await mergedPersonStatements(context, params.personId, { groupId, aboutGroups: params.aboutGroups === true, offset: offsetOf(params.offset), limit: pageSize(params.limit, DEFAULT_PAGE) })).value;
  return {
    total: page.total,
    statements: page.items.map((s) => ({
      uri: s.uri,
      document: documentLabel(s.uri),
      range: s.range,
      kind: s.kind,
      subjects: s.subjects.map((g) => matcher.group(g)?.name ?? g),
      date: s.date,
      snippet: s.snippet(SNIPPET),
    })),
  };
}

export async function personDocuments(context: FeatureContext, personId: string): Promise<PersonDocument[]> {
  return (await mergedPersonDocuments(context, personId, MAX_DOCUMENTS)).value.map((d) => ({ uri: d.uri, document: documentLabel(d.uri), mentions: d.mentions, statements: d.statements, range: d.range }));
}
