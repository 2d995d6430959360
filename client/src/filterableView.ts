/**
 * What the filterable activity-bar trees share (Groups, People): the change event, the filter
 * shown as the view's description, and a refresh that re-asks the server.
 */
import * as vscode from 'vscode';

export abstract class FilterableView<T> implements vscode.TreeDataProvider<T> {
  protected readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';
  view?: vscode.TreeView<T>;

  refresh(): void {
    this.changed.fire(undefined);
  }

  setFilter(filter: string): void {
    this.filter = filter;
    if (this.view) this.view.description = filter ? `filter: ${filter}` : undefined;
    this.refresh();
  }

  abstract getChildren(node?: T): Promise<T[]>;
  abstract getTreeItem(node: T): vscode.TreeItem;
}
