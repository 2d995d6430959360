/**
 * A small LSP client for protocol tests: starts the bundled server (`dist/server.js --stdio`) as a
 * child process and speaks JSON-RPC to it over stdio, as any editor would.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageConnection, ProgressType, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_RUNTIME_FLAGS, serverEnvironment } from '../../server/src/launch';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

export interface Notification {
  method: string;
  params: any;
  /** When it arrived (`performance.now()` of this process): the benchmark times the server's notifications by it. */
  at?: number;
}

export interface StartOptions {
  root: string;
  settings?: unknown;
  initializationOptions?: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
  env?: Record<string, string>;
}

const DEFAULT_CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { configuration: true, workspaceFolders: true, semanticTokens: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: false } },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    publishDiagnostics: { relatedInformation: true },
  },
};

export class TestLspClient {
  readonly notifications: Notification[] = [];
  readonly serverRequests: Notification[] = [];
  stderr = '';
  initializeResult: any;
  private versions = new Map<string, number>();
  private progressEnded = false;
  private progressWaiters: (() => void)[] = [];
  private notificationWaiters: { method: string; predicate: (params: any) => boolean; resolve: (params: any) => void }[] = [];

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection, private readonly settings: unknown) {}

  static async start(options: StartOptions): Promise<TestLspClient> {
    if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run "npm run build" first`);
    // Started as the editor's client starts it (server/src/launch.ts): the same runtime flags and allocator settings.
    const child = spawn(process.execPath, [...SERVER_RUNTIME_FLAGS, SERVER_BUNDLE, '--stdio'], { cwd: options.root, env: serverEnvironment({ ...process.env, ...options.env }), stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestLspClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk) => (client.stderr += chunk.toString()));
    // vscode-jsonrpc routes $/progress to per-token handlers, registered when the server creates a token.
    const onProgress = (token: string | number, value: any) => {
      client.notifications.push({ method: '$/progress', params: { token, value } });
      if (value?.kind === 'end') {
        client.progressEnded = true;
        for (const w of client.progressWaiters.splice(0)) w();
      }
    };
    connection.onNotification((method: string, params: any) => {
      client.notifications.push({ method, params, at: performance.now() });
      client.notificationWaiters = client.notificationWaiters.filter((w) => {
        if (w.method !== method || !w.predicate(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    connection.onRequest((method: string, params: any) => {
      client.serverRequests.push({ method, params });
      if (method === 'workspace/configuration') return ((params as any).items ?? []).map(() => client.settings);
      if (method === 'window/workDoneProgress/create') connection.onProgress(new ProgressType<any>(), params.token, (value) => onProgress(params.token, value));
      return null;
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(options.root),
      workspaceFolders: [{ uri: fileUri(options.root), name: path.basename(options.root) }],
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? {},
    });
    connection.sendNotification('initialized', {});
    return client;
  }

  /**
   * Resolves when the server's indexing work-done progress ends. The wait is generous: the sample
   * corpus takes a few seconds alone, several times that on a busy two-core machine (how fast is
   * the benchmark's business, not this wait's).
   */
  async waitForIndex(timeoutMs = 60000): Promise<void> {
    if (this.progressEnded) return;
    await withTimeout(new Promise<void>((resolve) => this.progressWaiters.push(resolve)), timeoutMs, 'indexing progress did not end');
  }

  /** Waits for a later indexing run (after a gazetteer change or rebuild). */
  resetIndexWait(): void {
    this.progressEnded = false;
  }

  waitForNotification(method: string, predicate: (params: any) => boolean = () => true, timeoutMs = 10000): Promise<any> {
    const existing = this.notifications.find((n) => n.method === method && predicate(n.params));
    if (existing) return Promise.resolve(existing.params);
    return withTimeout(new Promise((resolve) => this.notificationWaiters.push({ method, predicate, resolve })), timeoutMs, `no ${method} notification`);
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.versions.set(uri, 1);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  notify(method: string, params: unknown): void {
    this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 3000, 'shutdown timed out');
      this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; make sure it is.
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.process.kill('SIGKILL');
        resolve();
      }, 2000);
      this.process.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} after ${ms} ms`)), ms);
    }),
  ]);
}

/** Decodes LSP relative semantic tokens into absolute ones with their text. */
export function decodeSemanticTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }, text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: { line: number; character: number; length: number; type: string; modifiers: string[]; text: string }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    tokens.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers, text: lines[line].slice(character, character + data[i + 2]) });
  }
  return tokens;
}

/** Position (0-based, UTF-16) of the n-th occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found`);
  }
  const before = text.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
