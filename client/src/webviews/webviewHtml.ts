/**
 * The HTML shell of a Source Lens webview: a strict Content-Security-Policy (nothing remote, styles
 * only from the extension's own stylesheet, scripts only by nonce from its own bundles, no inline
 * handlers), the stylesheet and the script bundle from dist/webviews. Corpus text never goes into
 * this HTML: the page's script inserts it later as text nodes.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folder webviews may load from (and nothing else). */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webviews');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)], retainContextWhenHidden: true, enableFindWidget: true };
}

export function contentSecurityPolicy(webview: vscode.Webview, nonce: string): string {
  return [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

/** `script` is the bundle's file name in dist/webviews ("graph.js"); `title` is the extension's own text. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, script: string, title: string): string {
  const nonce = randomBytes(18).toString('base64');
  const root = webviewRoot(extensionUri);
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'views.css'));
  const code = webview.asWebviewUri(vscode.Uri.joinPath(root, script));
  // The stylesheet's id is the one cytoscape looks for before injecting an inline <style> of its own (which the policy would refuse).
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="__________cytoscape_stylesheet" rel="stylesheet" href="${style}">
<title>${title}</title>
</head>
<body>
<div id="app" aria-busy="true"></div>
<script nonce="${nonce}" src="${code}"></script>
</body>
</html>`;
}

/** Only documents (file or untitled) may be opened from a webview, at a well-formed range. */
export function passageTarget(message: { [key: string]: unknown }): { uri: vscode.Uri; range: vscode.Range } | null {
  if (typeof message.uri !== 'string') return null;
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(message.uri, true);
  } catch {
    return null;
  }
  if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return null;
  const r = message.range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
  const [sl, sc, el, ec] = [n(r?.start?.line), n(r?.start?.character), n(r?.end?.line), n(r?.end?.character)];
  if (sl === null || sc === null) return null;
  return { uri, range: new vscode.Range(sl, sc, el ?? sl, ec ?? sc) };
}

/** Opens a passage in the editor, selected, in another column than the view's so both stay in sight. */
export async function openPassage(target: { uri: vscode.Uri; range: vscode.Range }, viewColumn: vscode.ViewColumn | undefined): Promise<void> {
  const document = await vscode.workspace.openTextDocument(target.uri);
  const column = viewColumn === undefined || viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  await vscode.window.showTextDocument(document, { selection: target.range, preview: true, viewColumn: column });
}
