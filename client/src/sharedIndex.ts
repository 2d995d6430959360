/**
 * The client's side of the shared index: the password in VS Code's secret storage (sent to the
 * server, never written to settings or logs), a URL that carries a password anyway (refused, with an
 * offer to move the password to the secret storage), and read-only `source-lens-archive:` documents
 * read from the archive through the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ARCHIVE_SCHEME, Requests, SharedIndexStatus } from '../../server/src/protocol';

const SECRET_KEY = 'sourceLens.sharedIndex.password';
const URL_SETTING = 'sharedIndex.url';

/** Sends the stored password (or none) to the server; returns the shared index's state. */
export async function sendSharedIndexPassword(context: vscode.ExtensionContext, client: LanguageClient): Promise<SharedIndexStatus> {
  const password = (await context.secrets.get(SECRET_KEY)) ?? undefined;
  return client.sendRequest<SharedIndexStatus>(Requests.setSharedIndexPassword, { password });
}

/** "Source Lens: Set Shared Index Password…": asks for it (hidden input) and stores it; empty clears it. */
export async function setSharedIndexPassword(context: vscode.ExtensionContext, client: LanguageClient | undefined): Promise<void> {
  const password = await vscode.window.showInputBox({
    title: 'Shared index password',
    prompt: 'Password of the role in sourceLens.sharedIndex.url. Kept in VS Code\'s secret storage, never in settings. Leave empty to remove it.',
    password: true,
    ignoreFocusOut: true,
  });
  if (password === undefined) return;
  if (password) await context.secrets.store(SECRET_KEY, password);
  else await context.secrets.delete(SECRET_KEY);
  if (!client) return;
  const status = await sendSharedIndexPassword(context, client);
  const state = status.state === 'ready' ? `connected (${status.documents ?? 0} documents)` : status.state === 'off' ? 'not configured (set sourceLens.sharedIndex.url)' : `${status.state}${status.message ? `: ${status.message}` : ''}`;
  void vscode.window.showInformationMessage(`Source Lens: shared index password ${password ? 'saved' : 'removed'}; shared index ${state}.`);
}

/** The password part of a postgres URL, if any, and the URL without it. */
export function splitPassword(url: string): { password: string | null; url: string } {
  const m = /^(postgres(?:ql)?:\/\/[^:@/]*):([^@/]*)@/i.exec(url);
  if (!m) return { password: null, url };
  let password = m[2];
  try {
    password = decodeURIComponent(password);
  } catch {
    // Keep it as written.
  }
  return { password, url: m[1] + '@' + url.slice(m[0].length) };
}

/**
 * A URL with a password in settings: the server ignores the password; offer to move it into the
 * secret storage and remove it from the settings file.
 */
export async function checkUrlForPassword(context: vscode.ExtensionContext, client: LanguageClient | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration('sourceLens');
  const url = config.get<string>(URL_SETTING) ?? '';
  const { password, url: stripped } = splitPassword(url);
  if (password === null) return;
  const move = 'Move It to Secret Storage';
  const choice = await vscode.window.showWarningMessage('Source Lens: sourceLens.sharedIndex.url contains a password, which is ignored (settings files are plain text). Move it to VS Code\'s secret storage?', move, 'Dismiss');
  if (choice !== move) return;
  await context.secrets.store(SECRET_KEY, password);
  const inspected = config.inspect<string>(URL_SETTING);
  const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(URL_SETTING, stripped, target);
  if (client) await sendSharedIndexPassword(context, client);
}

/** Read-only documents of the shared archive, by URI, from the server. */
export function archiveDocumentProvider(getClient: () => LanguageClient | undefined): vscode.TextDocumentContentProvider {
  return {
    provideTextDocumentContent: async (uri) => {
      const client = getClient();
      if (!client) return 'Source Lens is not running.';
      const answer = await client.sendRequest<{ text?: string; error?: string }>(Requests.archiveDocument, { uri: uri.toString() });
      if (typeof answer.text === 'string') return answer.text;
      void vscode.window.showWarningMessage(`Source Lens: ${answer.error ?? 'the archive document cannot be read.'}`);
      return `${answer.error ?? 'The archive document cannot be read.'}\n`;
    },
  };
}

export { ARCHIVE_SCHEME };
