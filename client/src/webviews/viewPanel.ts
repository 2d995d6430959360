/**
 * What the graph and timeline panels share: one panel per view, revealed again when asked twice;
 * the HTML shell; the query the page is showing (cards, passages and exports use the same filters);
 * opening passages in the editor; exports written where the analyst chooses; "the index changed"
 * notices. Data always comes from the server; the page only renders it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ViewExport } from '../../../server/src/protocol';
import { openPassage, passageTarget, webviewHtml, webviewOptions } from './webviewHtml';

export interface ExportFormat {
  format: string;
  /** Save dialog filter name and extension. */
  label: string;
  extension: string;
}

export abstract class ViewPanel<Query extends object, HostMessage extends { type: string }> {
  protected query: Query;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves once the page has said it is ready (messages posted before are lost). */
  private ready: Promise<void>;
  private markReady: () => void = () => {};

  protected constructor(
    readonly panel: vscode.WebviewPanel,
    protected readonly client: LanguageClient,
    extensionUri: vscode.Uri,
    script: string,
    title: string,
    initial: Query,
    private readonly onDispose: () => void,
  ) {
    this.query = initial;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    panel.webview.html = webviewHtml(panel.webview, extensionUri, script, title);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  protected static createPanel(viewType: string, title: string, extensionUri: vscode.Uri): vscode.WebviewPanel {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: column, preserveFocus: false }, webviewOptions(extensionUri));
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'source-lens.svg');
    return panel;
  }

  /** Messages from the page: checked field by field, since the page renders corpus text. */
  private async receive(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return;
    const m = message as { type: string; [key: string]: unknown };
    try {
      if (m.type === 'ready') {
        this.markReady();
        await this.load();
      } else if (m.type === 'openPassage') {
        const target = passageTarget(m);
        if (target) await openPassage(target, this.panel.viewColumn);
      } else if (m.type === 'export') {
        await this.export(String(m.format));
      } else if (m.type === 'query' && m.query && typeof m.query === 'object') {
        this.query = m.query as Query;
        await this.load();
      } else await this.handle(m);
    } catch (error) {
      this.post({ type: 'error', message: `Source Lens: ${(error as Error).message ?? error}` } as unknown as HostMessage);
    }
  }

  /** View-specific messages. */
  protected abstract handle(message: { type: string; [key: string]: unknown }): Promise<void>;
  /** Sends the page the data for the current query. */
  protected abstract load(): Promise<void>;
  protected abstract readonly exportFormats: ExportFormat[];
  protected abstract readonly exportRequest: string;
  protected abstract readonly exportName: string;

  protected post(message: HostMessage): void {
    void this.ready.then(() => this.panel.webview.postMessage(message));
  }

  /** Writes the view's data, with the page's filters, to a file the analyst picks. */
  async export(format?: string): Promise<void> {
    const formats = this.exportFormats;
    const chosen = formats.find((f) => f.format === format) ?? formats[0];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const filters: Record<string, string[]> = {};
    for (const f of [chosen, ...formats.filter((x) => x !== chosen)]) filters[f.label] = [f.extension];
    const target = await vscode.window.showSaveDialog({ title: `Export the ${this.exportName}`, defaultUri: folder ? vscode.Uri.joinPath(folder, `${this.exportName}.${chosen.extension}`) : undefined, filters });
    if (!target) return;
    const byExtension = formats.find((f) => target.path.toLowerCase().endsWith('.' + f.extension)) ?? chosen;
    const result = await this.client.sendRequest<ViewExport | null>(this.exportRequest, { format: byExtension.format, query: this.query });
    if (!result) throw new Error(`the ${this.exportName} could not be exported (see the Source Lens output channel)`);
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.content, 'utf8'));
    void vscode.window.showInformationMessage(`Source Lens: exported ${result.summary} to ${vscode.workspace.asRelativePath(target)}.`);
  }

  /** The index changed: the page offers to refresh (its layout is not pulled from under the analyst). */
  indexChanged(): void {
    this.post({ type: 'indexChanged' } as unknown as HostMessage);
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}
