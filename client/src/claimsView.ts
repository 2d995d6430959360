/**
 * The "Claims" view: claims by kind and by group, each marked when related claims in other
 * documents agree or differ. Selecting a claim reveals its passage.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimCategories, ClaimListItem, Commands, QUIET_STATEMENTS, Requests } from '../../server/src/protocol';

type Node =
  | { kind: 'section'; section: 'kind' | 'group'; label: string }
  | { kind: 'category'; filter: { kind?: string; groupId?: string }; label: string; count: number }
  | { kind: 'claim'; claim: ClaimListItem };

const KIND_LABELS: Record<string, string> = {
  responsibility: 'Responsibility',
  casualties: 'Casualties',
  strength: 'Strength',
  announcement: 'Announcements',
  statement: 'Attributed statements',
  relation: 'Relations between groups',
  [QUIET_STATEMENTS]: 'Statements about no group',
};

export class ClaimsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private categories: Promise<ClaimCategories> | undefined;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.categories = undefined;
    this.changed.fire(undefined);
  }

  private loadCategories(): Promise<ClaimCategories> {
    this.categories ??= this.client.sendRequest<ClaimCategories>(Requests.claimCategories, {});
    return this.categories;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const { kinds } = await this.loadCategories();
      if (kinds.length === 0) return [];
      return [
        { kind: 'section', section: 'kind', label: 'By kind' },
        { kind: 'section', section: 'group', label: 'By group' },
      ];
    }
    if (node.kind === 'section') {
      const categories = await this.loadCategories();
      return node.section === 'kind'
        ? categories.kinds.map((k) => ({ kind: 'category', filter: { kind: k.kind }, label: KIND_LABELS[k.kind] ?? k.kind, count: k.count }))
        : categories.groups.map((g) => ({ kind: 'category', filter: { groupId: g.groupId }, label: g.name, count: g.count }));
    }
    if (node.kind === 'category') {
      const claims = await this.client.sendRequest<ClaimListItem[]>(Requests.claimsIn, node.filter);
      return claims.map((claim) => ({ kind: 'claim', claim }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `section:${node.section}`;
      return item;
    }
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.count}`;
      item.id = `category:${node.filter.kind ?? ''}:${node.filter.groupId ?? ''}`;
      item.iconPath = new vscode.ThemeIcon(node.filter.groupId ? 'organization' : 'symbol-event', new vscode.ThemeColor(node.filter.groupId ? 'sourceLens.groupIcon' : 'sourceLens.claimIcon'));
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(c.snippet.length > 90 ? c.snippet.slice(0, 89) + '…' : c.snippet, vscode.TreeItemCollapsibleState.None);
    const mark = c.relation === 'differs' ? 'differs from other sources' : c.relation === 'agrees' ? 'agrees with other sources' : '';
    item.description = [c.figures.join('; '), c.document, mark].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(c.snippet);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText([`Kind: ${c.kind}`, `Subject: ${c.subjects.join(', ') || '—'}`, c.speaker ? `Speaker: ${c.speaker}` : '', `Claimant: ${c.claimant ?? '—'}`, `Figures: ${c.figures.join('; ') || '—'}`, `Date: ${c.date ?? '—'}`, mark && `Other sources: ${c.relation}`].filter(Boolean).join('\n'));
    item.tooltip = tooltip;
    item.iconPath =
      c.relation === 'differs'
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('sourceLens.disputedClaim'))
        : c.relation === 'agrees'
          ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('sourceLens.claimIcon'))
          : new vscode.ThemeIcon('quote', new vscode.ThemeColor('sourceLens.claimIcon'));
    item.command = { command: Commands.openPassage, title: 'Reveal passage', arguments: [c.uri, c.range.start.line, c.range.start.character] };
    return item;
  }
}
