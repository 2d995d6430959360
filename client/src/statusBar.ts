/** The status-bar item: index state (documents, groups, claims), spinning while indexing. */
import * as vscode from 'vscode';
import type { IndexStatus } from '../../server/src/protocol';

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceLens.indexStatus', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Source Lens index';
    this.item.command = 'workbench.view.extension.sourceLens';
    this.item.text = '$(sync~spin) Source Lens';
    this.item.tooltip = 'Source Lens is starting';
    this.item.show();
  }

  update(status: IndexStatus): void {
    const counts = `${status.documents} docs · ${status.groups} groups · ${status.claims} claims`;
    this.item.text = status.indexing ? `$(sync~spin) Source Lens: indexing… ${status.documents} docs` : `$(telescope) ${counts}`;
    this.item.tooltip = `Source Lens index: ${status.documents} documents, ${status.groups} groups mentioned ${status.mentions} times, ${status.claims} claims` + (status.skipped ? `; ${status.skipped} files skipped (see the Source Lens output)` : '') + (status.indexing ? ' — indexing in progress' : '');
  }

  dispose(): void {
    this.item.dispose();
  }
}
