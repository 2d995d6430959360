/**
 * The "Groups" view: group -> documents -> mentions, most mentioned first, filterable. Data comes
 * from the server's index (sourceLens/groupsOverview, sourceLens/groupDocuments).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FilterableView } from './filterableView';
import { Commands, GroupDocument, GroupSummary, Requests, WireRange } from '../../server/src/protocol';

type Node = { kind: 'group'; group: GroupSummary } | { kind: 'document'; groupId: string; doc: GroupDocument } | { kind: 'mention'; uri: string; range: WireRange; alias: string };

export class GroupsView extends FilterableView<Node> {
  constructor(private readonly client: LanguageClient) {
    super();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const groups = await this.client.sendRequest<GroupSummary[]>(Requests.groupsOverview, { filter: this.filter });
      if (this.view) this.view.message = groups.length === 0 ? (this.filter ? `No group matches "${this.filter}".` : 'No known group is mentioned in this corpus yet.') : undefined;
      return groups.map((group) => ({ kind: 'group', group }));
    }
    if (node.kind === 'group') {
      const docs = await this.client.sendRequest<GroupDocument[]>(Requests.groupDocuments, { groupId: node.group.groupId });
      return docs.map((doc) => ({ kind: 'document', groupId: node.group.groupId, doc }));
    }
    if (node.kind === 'document') return node.doc.mentions.map((m) => ({ kind: 'mention', uri: node.doc.uri, range: m.range, alias: m.alias }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.group.mentions} mention${node.group.mentions === 1 ? '' : 's'} · ${node.group.documents} doc${node.group.documents === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('organization', new vscode.ThemeColor('sourceLens.groupIcon'));
      item.contextValue = 'sourceLens.group';
      item.id = `group:${node.group.groupId}`;
      return item;
    }
    if (node.kind === 'document') {
      const item = new vscode.TreeItem(node.doc.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.doc.mentions.length}`;
      item.resourceUri = vscode.Uri.parse(node.doc.uri);
      item.iconPath = vscode.ThemeIcon.File;
      item.id = `doc:${node.groupId}:${node.doc.uri}`;
      return item;
    }
    const item = new vscode.TreeItem(`line ${node.range.start.line + 1}: ${node.alias}`, vscode.TreeItemCollapsibleState.None);
    item.command = { command: Commands.openPassage, title: 'Reveal passage', arguments: [node.uri, node.range.start.line, node.range.start.character] };
    item.iconPath = new vscode.ThemeIcon('symbol-namespace');
    return item;
  }
}
