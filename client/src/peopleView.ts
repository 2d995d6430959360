/**
 * The "People" view: person (statements, documents, listed marker) -> their statements grouped by
 * the group they are about (statements about no group last, shown quietly) -> the passage; and the
 * documents naming them. Most statements first, filterable. Data comes from the server
 * (sourceLens/peopleOverview, personGroups, personStatements, personDocuments).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FilterableView } from './filterableView';
import { Commands, PeopleOverview, PersonDocument, PersonGroup, PersonListItem, PersonStatementItem, PersonStatements, Requests } from '../../server/src/protocol';

type Node =
  | { kind: 'person'; person: PersonListItem }
  | { kind: 'group'; personId: string; group: PersonGroup }
  | { kind: 'statement'; personId: string; statement: PersonStatementItem; quiet: boolean }
  | { kind: 'documents'; person: PersonListItem }
  | { kind: 'document'; personId: string; doc: PersonDocument };

const PAGE = 500;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export class PeopleView extends FilterableView<Node> {
  constructor(private readonly client: LanguageClient) {
    super();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const { people, total } = await this.client.sendRequest<PeopleOverview>(Requests.peopleOverview, { filter: this.filter, limit: PAGE });
      if (this.view) {
        this.view.message =
          people.length === 0
            ? this.filter
              ? `No person matches "${this.filter}".`
              : 'No person is named in this corpus yet.'
            : total > people.length
              ? `Showing the ${people.length} people with the most statements, of ${total}; filter to find others.`
              : undefined;
      }
      return people.map((person) => ({ kind: 'person', person }));
    }
    if (node.kind === 'person') {
      const groups = node.person.statements ? await this.client.sendRequest<PersonGroup[]>(Requests.personGroups, { personId: node.person.personId }) : [];
      return [...groups.map((group): Node => ({ kind: 'group', personId: node.person.personId, group })), { kind: 'documents', person: node.person }];
    }
    if (node.kind === 'group') {
      const { statements } = await this.client.sendRequest<PersonStatements>(Requests.personStatements, { personId: node.personId, groupId: node.group.groupId, limit: PAGE });
      return statements.map((statement) => ({ kind: 'statement', personId: node.personId, statement, quiet: node.group.groupId === null }));
    }
    if (node.kind === 'documents') {
      const docs = await this.client.sendRequest<PersonDocument[]>(Requests.personDocuments, { personId: node.person.personId });
      return docs.map((doc) => ({ kind: 'document', personId: node.person.personId, doc }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'person': {
        const p = node.person;
        const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = [plural(p.statements, 'statement'), plural(p.documents, 'doc'), p.listed ? `listed ${p.listed}` : ''].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(p.listed ? 'verified' : 'person', new vscode.ThemeColor('sourceLens.personIcon'));
        const tooltip = new vscode.MarkdownString();
        tooltip.appendText(p.name);
        if (p.listed) tooltip.appendText(`\nOn the UN Security Council Consolidated List (${p.listed})${p.listedName ? ` as ${p.listedName}` : ''}`);
        tooltip.appendText(`\n${plural(p.mentions, 'mention')} in ${plural(p.documents, 'document')}; ${plural(p.statements, 'statement')}`);
        item.tooltip = tooltip;
        item.contextValue = p.listed ? 'sourceLens.person.listed' : 'sourceLens.person';
        item.id = `person:${p.personId}`;
        return item;
      }
      case 'group': {
        const g = node.group;
        const item = new vscode.TreeItem(g.groupId === null ? 'About no group' : g.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${g.statements}`;
        item.iconPath = g.groupId === null ? new vscode.ThemeIcon('comment') : new vscode.ThemeIcon('organization', new vscode.ThemeColor('sourceLens.groupIcon'));
        item.id = `person-group:${node.personId}:${g.groupId ?? ''}`;
        return item;
      }
      case 'statement': {
        const s = node.statement;
        const item = new vscode.TreeItem(s.snippet.length > 90 ? s.snippet.slice(0, 89) + '…' : s.snippet, vscode.TreeItemCollapsibleState.None);
        item.description = [s.date ?? '', `${s.document}:${s.range.start.line + 1}`].filter(Boolean).join(' · ');
        const tooltip = new vscode.MarkdownString();
        tooltip.appendText(s.snippet);
        tooltip.appendMarkdown('\n\n');
        tooltip.appendText([`Kind: ${s.kind}`, `About: ${s.subjects.join(', ') || 'no group'}`, `Date: ${s.date ?? '—'}`, `Document: ${s.document}, line ${s.range.start.line + 1}`].join('\n'));
        item.tooltip = tooltip;
        item.iconPath = node.quiet ? new vscode.ThemeIcon('quote') : new vscode.ThemeIcon('quote', new vscode.ThemeColor('sourceLens.claimIcon'));
        item.command = { command: Commands.openPassage, title: 'Reveal passage', arguments: [s.uri, s.range.start.line, s.range.start.character] };
        item.id = `person-statement:${node.personId}:${s.uri}:${s.range.start.line}:${s.range.start.character}:${s.subjects.join(',')}`;
        return item;
      }
      case 'documents': {
        const item = new vscode.TreeItem('Named in', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.person.documents, 'document');
        item.iconPath = new vscode.ThemeIcon('files');
        item.id = `person-documents:${node.person.personId}`;
        return item;
      }
      case 'document': {
        const d = node.doc;
        const item = new vscode.TreeItem(d.document, vscode.TreeItemCollapsibleState.None);
        item.description = [plural(d.mentions, 'mention'), d.statements ? plural(d.statements, 'statement') : ''].filter(Boolean).join(' · ');
        item.resourceUri = vscode.Uri.parse(d.uri);
        item.iconPath = vscode.ThemeIcon.File;
        if (d.range) item.command = { command: Commands.openPassage, title: 'Reveal first mention', arguments: [d.uri, d.range.start.line, d.range.start.character] };
        item.id = `person-document:${node.personId}:${d.uri}`;
        return item;
      }
    }
  }
}
