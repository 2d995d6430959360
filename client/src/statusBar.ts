/** The status-bar item: index state (documents, groups, claims), spinning while indexing. */
import * as vscode from 'vscode';
import type { IndexStatus, SharedIndexStatus } from '../../server/src/protocol';

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceLens.indexStatus', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Source Lens index';
    this.item.command = 'workbench.view.extension.sourceLens';
    this.item.text = '$(sync~spin) Source Lens';
    this.item.tooltip = 'Source Lens is starting';
    this.item.show();
  }

  private local: IndexStatus | undefined;
  private shared: SharedIndexStatus | undefined;

  update(status: IndexStatus): void {
    this.local = status;
    this.render();
  }

  /** The shared index's state; an unreachable one is shown until it answers again. */
  updateShared(status: SharedIndexStatus): void {
    this.shared = status;
    this.render();
  }

  private render(): void {
    const status = this.local;
    const shared = this.shared;
    const sharedText = !shared || shared.state === 'off' ? '' : shared.state === 'ready' ? ` · $(database) +${shared.documents ?? 0} archive` : shared.state === 'connecting' ? ' · $(database) connecting…' : ' · $(warning) shared index unreachable';
    const sharedTip = !shared || shared.state === 'off' ? '' : `\nShared index ${shared.url ?? ''}: ${shared.state === 'ready' ? `${shared.documents ?? 0} documents (generation ${shared.generation ?? '—'})` : shared.state}${shared.message ? ` — ${shared.message}` : ''}${shared.state === 'unreachable' ? '; answers come from the local folders only' : ''}`;
    if (!status) {
      this.item.text = `$(sync~spin) Source Lens${sharedText}`;
      this.item.tooltip = `Source Lens is starting${sharedTip}`;
      return;
    }
    const counts = `${status.documents} docs · ${status.groups} groups · ${status.claims} claims`;
    this.item.text = (status.indexing ? `$(sync~spin) Source Lens: indexing… ${status.documents} docs` : `$(telescope) ${counts}`) + sharedText;
    this.item.tooltip = `Source Lens index: ${status.documents} documents, ${status.groups} groups mentioned ${status.mentions} times, ${status.claims} claims` + (status.skipped ? `; ${status.skipped} files skipped (see the Source Lens output)` : '') + (status.indexing ? ' — indexing in progress' : '') + sharedTip;
  }

  dispose(): void {
    this.item.dispose();
  }
}
