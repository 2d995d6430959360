/**
 * The server's view of the corpus: folders, settings, gazetteer, open documents and the index,
 * and the background indexing run that fills it. No LSP types here: server.ts translates.
 *
 * Open documents always win over disk: their text is analysed on every change, and the disk
 * indexer skips them.
 */
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { CorpusFilter, CorpusOptions, discoverCorpusFiles, readCorpusFile } from './core/corpusFiles';
import { CorpusIndex, IndexedDocument, TextSource } from './core/corpusIndex';
import { Gazetteer } from './core/gazetteer';
import { WorkspaceGazetteer, combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } from './core/gazetteerFiles';
import { GroupMatcher } from './core/groupMatcher';
import { DEFAULT_SETTINGS, IndexStatus, Settings } from './protocol';

export interface IndexingProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  end(message: string): void;
  isCancelled(): boolean;
}

export interface WorkspaceLogger {
  info(message: string): void;
  warn(message: string): void;
}

const TEXT_CACHE_SIZE = 64;
/** Indexing yields to pending requests after this much work (ms). */
const SLICE_MS = 12;

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).toString();
}

export class CorpusWorkspace implements TextSource {
  settings: Settings = DEFAULT_SETTINGS;
  folders: string[] = [];
  readonly index: CorpusIndex;
  builtin: Gazetteer;
  workspaceGazetteers = new Map<string, WorkspaceGazetteer>();
  private readonly open = new Map<string, { text: string; version: number }>();
  private readonly diskTexts = new Map<string, string>(); // small LRU of passages' texts
  private runGeneration = 0;
  indexing = false;
  skipped = new Map<string, string>();
  /** Called after the index changed (debounced by the caller). */
  onIndexChanged: () => void = () => {};

  constructor(private readonly log: WorkspaceLogger) {
    try {
      this.builtin = loadBuiltinGazetteer();
    } catch (error) {
      // A broken installation: keep serving (workspace gazetteers still work) and say why.
      this.log.warn(`Cannot load the built-in gazetteer: ${(error as Error).message}`);
      this.builtin = { groups: [], spellingVariants: [] };
    }
    this.index = new CorpusIndex(new GroupMatcher(this.builtin));
  }

  get matcher(): GroupMatcher {
    return this.index.matcher;
  }

  corpusOptions(): CorpusOptions {
    const c = this.settings.corpus;
    return { include: c.include, exclude: c.exclude, maxFileBytes: Math.max(0.001, c.maxFileSizeMB) * 1024 * 1024 };
  }

  gazetteerFileFor(folder: string): string {
    return path.resolve(folder, this.settings.gazetteer.path || DEFAULT_SETTINGS.gazetteer.path);
  }

  isGazetteerFile(filePath: string): boolean {
    return this.folders.some((f) => path.resolve(this.gazetteerFileFor(f)) === path.resolve(filePath));
  }

  private filterCache: { key: string; filter: CorpusFilter } | undefined;

  /** The include/exclude filter for the current settings (compiled once per settings change). */
  corpusFilter(): CorpusFilter {
    const options = this.corpusOptions();
    const key = JSON.stringify(options);
    if (this.filterCache?.key !== key) this.filterCache = { key, filter: new CorpusFilter(options) };
    return this.filterCache.filter;
  }

  /** Whether a file path belongs to the corpus under the current settings. */
  isCorpusFile(filePath: string): boolean {
    const filter = this.corpusFilter();
    for (const folder of this.folders) {
      const rel = path.relative(folder, filePath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && filter.accepts(rel.split(path.sep).join('/'))) return true;
    }
    return false;
  }

  /** Re-reads the workspace gazetteers and rebuilds the matcher. Returns whether the gazetteer changed. */
  reloadGazetteer(openTexts: Map<string, string> = new Map()): boolean {
    const next = new Map<string, WorkspaceGazetteer>();
    for (const folder of this.folders) {
      const file = this.gazetteerFileFor(folder);
      const loaded = readWorkspaceGazetteer(file, openTexts.get(file));
      if (!loaded) continue;
      if (!loaded.parsed) {
        const previous = this.workspaceGazetteers.get(file);
        this.log.warn(`Workspace gazetteer ${file}: ${loaded.error?.message}. ${previous ? 'Keeping the last valid version.' : 'Using the built-in gazetteer only.'}`);
        if (previous) next.set(file, { ...previous, error: loaded.error, text: loaded.text });
        else next.set(file, loaded);
        continue;
      }
      next.set(file, loaded);
    }
    const before = JSON.stringify([...this.workspaceGazetteers.values()].map((w) => w.parsed?.gazetteer ?? null));
    const after = JSON.stringify([...next.values()].map((w) => w.parsed?.gazetteer ?? null));
    this.workspaceGazetteers = next;
    if (before === after && this.index.matcher.gazetteer.groups.length > 0) return false;
    const combined = combineGazetteers(this.builtin, [...next.values()]);
    this.index.matcher = new GroupMatcher(combined);
    this.log.info(`Gazetteer: ${combined.groups.length} groups (${next.size} workspace file(s)).`);
    return true;
  }

  // --- open documents -------------------------------------------------------------------------

  openDocument(uri: string, text: string, version: number): IndexedDocument | undefined {
    this.open.set(uri, { text, version });
    return this.analyzeOpen(uri);
  }

  changeDocument(uri: string, text: string, version: number): IndexedDocument | undefined {
    this.open.set(uri, { text, version });
    return this.analyzeOpen(uri);
  }

  /** An editor closed a document: its disk version (if it is a corpus file) takes over. */
  closeDocument(uri: string): void {
    this.open.delete(uri);
    const filePath = uriToPath(uri);
    if (filePath && this.isCorpusFile(filePath)) this.indexFile(filePath);
    else this.index.remove(uri);
    this.onIndexChanged();
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  private analyzeOpen(uri: string): IndexedDocument | undefined {
    const doc = this.open.get(uri)!;
    const filePath = uriToPath(uri);
    // Open documents outside the corpus (another folder, untitled) are analysed too: the analyst is reading them.
    if (filePath && this.isGazetteerFile(filePath)) return undefined;
    const indexed = this.index.update(uri, doc.text, doc.version);
    this.onIndexChanged();
    return indexed;
  }

  /** Text of a document: the editor's if open, else the file on disk (cached). */
  read(uri: string): string | undefined {
    const open = this.open.get(uri);
    if (open) return open.text;
    const cached = this.diskTexts.get(uri);
    if (cached !== undefined) {
      this.diskTexts.delete(uri);
      this.diskTexts.set(uri, cached);
      return cached;
    }
    const filePath = uriToPath(uri);
    if (!filePath) return undefined;
    const result = readCorpusFile(filePath, this.corpusOptions().maxFileBytes);
    if (!result.ok) return undefined;
    this.diskTexts.set(uri, result.text);
    if (this.diskTexts.size > TEXT_CACHE_SIZE) this.diskTexts.delete(this.diskTexts.keys().next().value!);
    return result.text;
  }

  // --- disk -----------------------------------------------------------------------------------

  /** (Re)indexes one file from disk unless the editor has it open. */
  indexFile(filePath: string): void {
    const uri = pathToUri(filePath);
    this.diskTexts.delete(uri);
    if (this.open.has(uri)) return;
    const result = readCorpusFile(filePath, this.corpusOptions().maxFileBytes);
    if (!result.ok) {
      this.index.remove(uri);
      this.noteSkipped(filePath, result.reason);
      return;
    }
    this.skipped.delete(filePath);
    this.index.update(uri, result.text, null);
  }

  removeFile(filePath: string): void {
    const uri = pathToUri(filePath);
    this.diskTexts.delete(uri);
    this.skipped.delete(filePath);
    if (!this.open.has(uri)) this.index.remove(uri);
  }

  private noteSkipped(filePath: string, reason: string): void {
    if (this.skipped.get(filePath) !== reason) this.log.warn(`Skipped ${filePath}: ${reason}`);
    this.skipped.set(filePath, reason);
  }

  /**
   * Indexes every corpus file of every folder. A newer run cancels an older one. Yields to the
   * event loop every few milliseconds so requests are answered while it runs (with what is
   * indexed so far).
   */
  async indexAll(progress: IndexingProgress): Promise<void> {
    const generation = ++this.runGeneration;
    const cancelled = () => generation !== this.runGeneration || progress.isCancelled();
    this.indexing = true;
    const started = Date.now();
    try {
      const filter = this.corpusFilter();
      const files: string[] = [];
      for (const folder of this.folders) {
        const found = await discoverCorpusFiles(folder, filter, (p, reason) => this.noteSkipped(p, reason), cancelled);
        for (const f of found) files.push(f.path);
      }
      if (cancelled()) return;
      const wanted = new Set(files.map(pathToUri));
      for (const uri of [...this.index.uris()]) if (!wanted.has(uri) && !this.open.has(uri)) this.index.remove(uri);
      for (const uri of this.open.keys()) this.analyzeOpen(uri);
      progress.begin(files.length);
      let sliceStart = Date.now();
      for (let i = 0; i < files.length; i++) {
        if (cancelled()) {
          progress.end('Indexing cancelled');
          return;
        }
        this.indexFile(files[i]);
        if (Date.now() - sliceStart > SLICE_MS) {
          progress.report(i + 1, files.length);
          this.onIndexChanged();
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = Date.now();
        }
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(2);
      progress.end(`Indexed ${this.index.documentCount} documents in ${seconds} s`);
      this.log.info(`Indexed ${this.index.documentCount} documents (${this.skipped.size} skipped) in ${seconds} s.`);
    } finally {
      if (generation === this.runGeneration) this.indexing = false;
      this.onIndexChanged();
    }
  }

  cancelIndexing(): void {
    this.runGeneration++;
  }

  status(): IndexStatus {
    let mentions = 0;
    let groups = 0;
    for (const id of this.index.mentionedGroups()) {
      groups++;
      mentions += this.index.stats(id).mentions;
    }
    return { documents: this.index.documentCount, groups, mentions, claims: this.index.claimCount, indexing: this.indexing, skipped: this.skipped.size };
  }
}
