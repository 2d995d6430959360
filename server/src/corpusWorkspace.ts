/**
 * The server's view of the corpus: folders, settings, gazetteer, open documents and the index,
 * and the background indexing run that fills it. No LSP types here: server.ts translates.
 *
 * Open documents always win over disk: their text is analysed on every change, and the disk
 * indexer skips them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { CorpusFile, CorpusFilter, CorpusOptions, discoverCorpusFiles, readCorpusFile, readCorpusFileKnown } from './core/corpus/files';
import { CorpusIndex, IndexedDocument, TextSource, analyzeGroups } from './core/corpus/corpusIndex';
import { Gazetteer } from './core/gazetteer/gazetteer';
import { WorkspaceGazetteer, combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } from './core/gazetteer/files';
import { GroupMatcher } from './core/recognition/groupMatcher';
import { contentHashOf } from './core/store/archive';
import { EMPTY_KNOWN_PEOPLE, KnownPeople, loadKnownPeople } from './core/gazetteer/people';
import { PeopleIndex } from './core/corpus/peopleIndex';
import { ClaimSearch } from './core/corpus/claimSearch';
import { forgetSharedValues, renumberClaimValues } from './core/corpus/storedClaims';
import { collectGarbage } from './heap';
import { CACHE_FILE_NAME, CacheEntry, defaultStoragePath, hashOf, loadIndexCache, runningCodeVersion, saveIndexCache } from './core/store/indexCache';
import { DEFAULT_SETTINGS, GroupsIndexedParams, IndexStatus, Settings } from './protocol';
import { AnalysisJob, AnalysisPool, PoolResult, analysisWorkerCount } from './analysisPool';

/**
 * The two stages of an indexing run: `groups`, the group pass (every document's group mentions,
 * before anything else, on a cold start), then `full`, the full analysis (claims and people).
 */
export type IndexingStage = 'groups' | 'full';

export interface IndexingProgress {
  begin(total: number): void;
  /** `stage`: which pass `done` counts (absent: the full analysis). */
  report(done: number, total: number, stage?: IndexingStage): void;
  end(message: string): void;
  isCancelled(): boolean;
}

/** The end of a run's group pass (the `sourceLens/groupsIndexed` notification's parameters). */
export type GroupsIndexed = GroupsIndexedParams;

export interface WorkspaceLogger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Characters of disk texts kept for passages (least recently read dropped first): about 500
 * articles of 4,000 characters. Hovers quote the same best passages of a group again and again
 * (its top documents, the claims related to its own), and a text read again costs a stat, an
 * open, a read and a decode on the request's time.
 */
const TEXT_CACHE_CHARS = 2_000_000;
/** Indexing yields to pending requests after this much work (ms). */
const SLICE_MS = 12;
/** Changed files are written to the index cache this long after the last change (ms). */
const CACHE_SAVE_DELAY_MS = 5000;

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
  /** People across the corpus, kept up to date with the index. */
  readonly people: PeopleIndex;
  /** Full-text search over claim passages, kept up to date with the index (related claims). */
  readonly claimSearch = new ClaimSearch();
  /** The official lists' individuals (UN list), for person hovers. */
  readonly knownPeople: KnownPeople;
  builtin: Gazetteer;
  workspaceGazetteers = new Map<string, WorkspaceGazetteer>();
  private readonly open = new Map<string, { text: string; version: number }>();
  private readonly diskTexts = new Map<string, string>(); // LRU of passages' texts, TEXT_CACHE_CHARS in all
  private diskTextChars = 0;
  private runGeneration = 0;
  indexing = false;
  /**
   * True while the index holds every corpus document's group mentions: outside a run, and during a
   * run once its group pass has ended (claims and people may still be being read).
   */
  groupsComplete = true;
  skipped = new Map<string, string>();
  /** Called after the index changed (debounced by the caller). */
  onIndexChanged: () => void = () => {};
  /** Called when a run's group pass has ended (before the full analysis; not called when a run has no group pass). */
  onGroupsIndexed: (info: GroupsIndexed) => void = () => {};
  /** Folder of the persisted index cache (the client's storage folder); null: a temp folder per workspace. */
  storagePath: string | null = null;
  /** Disk analyses with the size and mtime they were made from: what the index cache persists. */
  private readonly diskEntries = new Map<string, CacheEntry>();
  private cacheDirty = false;
  /** The matcher the disk entries were made with. */
  private entriesMatcher: GroupMatcher | undefined;
  private cacheTimer: NodeJS.Timeout | undefined;
  /** Content hashes of documents analysed in this session, kept while a shared index is in use (its copies are recognised by them). */
  readonly contentHashes = new Map<string, string>();
  hashContents = false;

  constructor(private readonly log: WorkspaceLogger) {
    try {
      this.builtin = loadBuiltinGazetteer();
    } catch (error) {
      // A broken installation: keep serving (workspace gazetteers still work) and say why.
      this.log.warn(`Cannot load the built-in gazetteer: ${(error as Error).message}`);
      this.builtin = { groups: [], spellingVariants: [] };
    }
    this.index = new CorpusIndex(new GroupMatcher(this.builtin));
    const known = loadKnownPeople();
    if (known.problem) this.log.warn(`${known.problem}; people are recognised from the text only.`);
    this.knownPeople = known.problem ? EMPTY_KNOWN_PEOPLE : known.people;
    this.people = new PeopleIndex(this.knownPeople);
    this.index.observe(this.people);
    this.index.observe(this.claimSearch);
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
    let indexed: IndexedDocument | undefined;
    try {
      indexed = this.index.update(uri, doc.text, doc.version);
      if (this.hashContents) this.contentHashes.set(uri, contentHashOf(doc.text));
    } catch (error) {
      // A bug in an analysis stage must not take the server down: drop the stale analysis and say why.
      this.index.remove(uri);
      this.log.warn(`Cannot analyse ${uri}: ${(error as Error).stack ?? error}`);
    }
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
    // An indexed file's size is known: read it without a stat, into the reused buffer.
    const maxBytes = this.corpusOptions().maxFileBytes;
    const known = this.diskEntries.get(filePath);
    const result = known ? readCorpusFileKnown(filePath, known.size, maxBytes) : readCorpusFile(filePath, maxBytes);
    if (!result.ok) return undefined;
    this.diskTexts.set(uri, result.text);
    this.diskTextChars += result.text.length;
    // The newest text stays, whatever its size.
    while (this.diskTextChars > TEXT_CACHE_CHARS && this.diskTexts.size > 1) this.forgetText(this.diskTexts.keys().next().value!);
    return result.text;
  }

  private forgetText(uri: string): void {
    const text = this.diskTexts.get(uri);
    if (text === undefined) return;
    this.diskTexts.delete(uri);
    this.diskTextChars -= text.length;
  }

  // --- disk -----------------------------------------------------------------------------------

  /** (Re)indexes one file from disk unless the editor has it open. `stat` is known during a full run. */
  indexFile(filePath: string, stat?: { size: number; mtimeMs: number }, uri = pathToUri(filePath)): void {
    this.forgetText(uri);
    if (this.open.has(uri)) return;
    if (!stat) {
      try {
        stat = fs.statSync(filePath); // before reading: a change after this is seen on the next start
      } catch {
        stat = undefined;
      }
      this.scheduleCacheSave();
    }
    // During a full run discovery has just stat'ed the file: read it without a second stat.
    const maxBytes = this.corpusOptions().maxFileBytes;
    const result = stat ? readCorpusFileKnown(filePath, stat.size, maxBytes) : readCorpusFile(filePath, maxBytes);
    if (!result.ok) {
      this.index.remove(uri);
      this.diskEntries.delete(filePath);
      this.noteSkipped(filePath, result.reason);
      return;
    }
    let doc: IndexedDocument;
    try {
      doc = this.index.update(uri, result.text, null);
    } catch (error) {
      // One document the analysis cannot handle is skipped (and reported), never the whole run.
      this.index.remove(uri);
      this.diskEntries.delete(filePath);
      this.noteSkipped(filePath, `analysis failed (${(error as Error).message}); please report this file`);
      this.log.warn(`Analysis of ${filePath} failed: ${(error as Error).stack ?? error}`);
      return;
    }
    this.skipped.delete(filePath);
    if (this.hashContents) this.contentHashes.set(uri, contentHashOf(result.text));
    if (stat) this.diskEntries.set(filePath, { size: stat.size, mtimeMs: stat.mtimeMs, doc });
    else this.diskEntries.delete(filePath);
    this.cacheDirty = true;
  }

  /** Stores what an analysis worker made of a file, unless the editor opened it meanwhile. */
  private storeAnalysis(result: PoolResult, stat: { size: number; mtimeMs: number }): void {
    const { path: filePath, uri } = result.job;
    this.forgetText(uri);
    if (this.open.has(uri)) return;
    if ('reason' in result) {
      this.index.remove(uri);
      this.diskEntries.delete(filePath);
      this.noteSkipped(filePath, result.reason);
      return;
    }
    this.skipped.delete(filePath);
    this.index.put(result.doc);
    this.diskEntries.set(filePath, { size: stat.size, mtimeMs: stat.mtimeMs, doc: result.doc });
    this.cacheDirty = true;
  }

  /**
   * Stores a group pass's document unless the editor has the document open (open documents always
   * win) or the index already holds a full analysis of it (made meanwhile: a changed file, a closed
   * editor): a group pass never replaces a full analysis, and `put` keeps one entry per uri.
   */
  private storeGroups(doc: IndexedDocument): void {
    if (this.open.has(doc.uri)) return;
    const current = this.index.get(doc.uri);
    if (current && !current.groupsOnly) return;
    this.index.put(doc);
  }

  /**
   * The group pass: every job's group mentions (`analyzeGroups`), on the workers when there are
   * some (the same workers then run the full pass), else on this thread; what a worker handed back
   * is done here. A file that cannot be read is left to the full pass, which reports it. Reports
   * "groups" progress over all `total` files (the others are indexed already), then tells
   * `onGroupsIndexed`. Returns false when the run was cancelled.
   */
  private async groupPass(jobs: readonly AnalysisJob[], total: number, pool: AnalysisPool | null, progress: IndexingProgress, cancelled: () => boolean, started: number): Promise<boolean> {
    let done = total - jobs.length;
    let sliceStart = Date.now();
    const tick = () => {
      done++;
      if (Date.now() - sliceStart <= SLICE_MS) return false;
      progress.report(done, total, 'groups');
      this.onIndexChanged();
      sliceStart = Date.now();
      return true;
    };
    let left: readonly AnalysisJob[] = jobs;
    if (pool) {
      const store = (result: PoolResult) => {
        if (!('reason' in result)) this.storeGroups(result.doc);
        tick();
      };
      left = await pool.run(jobs, store, cancelled, (m) => this.log.warn(m), true);
    }
    const maxBytes = this.corpusOptions().maxFileBytes;
    for (const job of left) {
      if (cancelled()) return false;
      if (!this.open.has(job.uri)) {
        const read = readCorpusFileKnown(job.path, job.size, maxBytes);
        try {
          if (read.ok) this.storeGroups(analyzeGroups(this.matcher, job.uri, read.text, null));
        } catch {
          // The full pass analyses the file again and reports what fails.
        }
      }
      if (tick()) await new Promise((resolve) => setImmediate(resolve));
    }
    if (cancelled()) return false;
    progress.report(total, total, 'groups');
    this.groupsComplete = true;
    const status = this.status();
    const info: GroupsIndexed = { documents: status.documents, analysed: jobs.length, mentions: status.mentions, groups: status.groups, ms: Date.now() - started };
    this.log.info(`Groups indexed: ${info.mentions} mentions of ${info.groups} groups in ${info.documents} documents (${info.analysed} read) in ${(info.ms / 1000).toFixed(2)} s; reading claims and people.`);
    this.onGroupsIndexed(info);
    this.onIndexChanged();
    // Requests that waited for the pass are answered before the full analysis starts.
    await new Promise((resolve) => setImmediate(resolve));
    return true;
  }

  removeFile(filePath: string): void {
    const uri = pathToUri(filePath);
    this.forgetText(uri);
    this.skipped.delete(filePath);
    if (this.diskEntries.delete(filePath)) {
      this.cacheDirty = true;
      this.scheduleCacheSave();
    }
    if (!this.open.has(uri)) {
      this.index.remove(uri);
      this.contentHashes.delete(uri);
    }
  }

  // --- index cache ----------------------------------------------------------------------------

  private cacheFile(): string {
    return path.join(this.storagePath ?? defaultStoragePath(this.folders), CACHE_FILE_NAME);
  }

  private cacheIdentity() {
    return { gazetteer: hashOf(JSON.stringify(this.matcher.gazetteer)), extractor: runningCodeVersion() };
  }

  /** Disk analyses of the last run, if still valid for this gazetteer and code; a bad cache is logged and ignored. */
  private loadCache(): Map<string, CacheEntry> {
    const file = this.cacheFile();
    const { entries, problem } = loadIndexCache(file, this.cacheIdentity(), pathToUri);
    if (problem) this.log.info(`Index cache ${file} not used: ${problem}. Rebuilding it.`);
    return entries;
  }

  /** True while the cache file is being written (streamed, in the background). */
  get cacheWriting(): boolean {
    return this.cacheSave !== undefined;
  }

  private cacheSave: Promise<void> | undefined;

  /**
   * Writes the cache if anything changed since it was read or written. Streamed and asynchronous:
   * requests are answered while it runs. A save requested during another one runs after it.
   */
  async saveCache(): Promise<void> {
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    while (this.cacheSave) await this.cacheSave;
    if (!this.cacheDirty) return;
    this.cacheDirty = false;
    const write = async () => {
      const error = await saveIndexCache(this.cacheFile(), this.cacheIdentity(), this.diskEntries);
      if (error) this.log.warn(`Index cache not saved: ${error}`);
    };
    this.cacheSave = write().finally(() => (this.cacheSave = undefined));
    await this.cacheSave;
  }

  private scheduleCacheSave(): void {
    if (this.indexing || this.cacheTimer) return; // a full run saves at its end
    this.cacheTimer = setTimeout(() => void this.saveCache(), CACHE_SAVE_DELAY_MS);
    this.cacheTimer.unref?.();
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
    this.groupsComplete = false;
    const started = Date.now();
    try {
      const filter = this.corpusFilter();
      const files: CorpusFile[] = [];
      for (const folder of this.folders) {
        const found = await discoverCorpusFiles(folder, filter, (p, reason) => this.noteSkipped(p, reason), cancelled);
        for (const f of found) files.push(f);
      }
      if (cancelled()) return;
      const uris = files.map((f) => pathToUri(f.path));
      const wanted = new Set(uris);
      for (const uri of [...this.index.uris()]) if (!wanted.has(uri) && !this.open.has(uri)) this.index.remove(uri);
      for (const uri of this.open.keys()) this.analyzeOpen(uri);
      // Analyses of unchanged files come from the index itself on a re-run with the same matcher
      // (unless the index was cleared: "Rebuild Index"), else from the persisted cache.
      const reuse = this.diskEntries.size > 0 && this.entriesMatcher === this.matcher;
      const cached = reuse ? new Map(this.diskEntries) : this.loadCache();
      this.diskEntries.clear();
      this.entriesMatcher = this.matcher;
      if (cached.size !== files.length) this.cacheDirty = true;
      progress.begin(files.length);
      // With workers (two cores or more), files to analyse go to them; this thread stores results.
      const workers = analysisWorkerCount();
      const jobs: AnalysisJob[] = [];
      const fileOf = new Map<string, CorpusFile>();
      let done = 0;
      let sliceStart = Date.now();
      const breathe = async () => {
        if (Date.now() - sliceStart <= SLICE_MS) return;
        progress.report(done, files.length, 'full');
        this.onIndexChanged();
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      };
      for (let i = 0; i < files.length; i++) {
        if (cancelled()) {
          progress.end('Indexing cancelled');
          return;
        }
        const file = files[i];
        const hit = cached.get(file.path);
        if (hit && hit.size === file.size && hit.mtimeMs === file.mtimeMs && !this.open.has(uris[i]) && (!reuse || this.index.get(uris[i]) === hit.doc)) {
          this.diskEntries.set(file.path, hit);
          if (this.index.get(uris[i]) !== hit.doc) this.index.put(hit.doc);
          this.skipped.delete(file.path);
          done++;
        } else if (!this.open.has(uris[i])) {
          jobs.push({ path: file.path, size: file.size, uri: uris[i] });
          fileOf.set(file.path, file);
        } else {
          this.indexFile(file.path, file, uris[i]); // open: the editor's text is what the index holds
          done++;
        }
        await breathe();
      }
      let left: AnalysisJob[] = jobs;
      const pool = jobs.length && workers > 0 ? AnalysisPool.start(workers, this.matcher.gazetteer, this.corpusOptions().maxFileBytes, (m) => this.log.warn(m)) : null;
      try {
        // The group pass, for documents the index holds no full analysis of (a cold start, new
        // files, a rebuild, what a cancelled run left as groups only): their group mentions first,
        // so that references, symbols, hovers' counts, the graph and group colouring are complete
        // while the full analysis runs and replaces each document's entry. A warm start (every file
        // in the cache) has none.
        const firstSeen = jobs.filter((job) => this.index.get(job.uri)?.groupsOnly !== false);
        if (firstSeen.length) {
          if (!(await this.groupPass(firstSeen, files.length, pool, progress, cancelled, started))) {
            progress.end('Indexing cancelled');
            return;
          }
          sliceStart = Date.now();
        }
        if (pool) {
          const store = (result: PoolResult) => {
            this.storeAnalysis(result, fileOf.get(result.job.path)!);
            done++;
            if (Date.now() - sliceStart > SLICE_MS) {
              progress.report(done, files.length, 'full');
              this.onIndexChanged();
              sliceStart = Date.now();
            }
          };
          left = await pool.run(jobs, store, cancelled, (m) => this.log.warn(m));
        }
      } finally {
        await pool?.close();
      }
      // Whatever no worker did (none started, one stopped) is analysed here.
      for (const job of left) {
        if (cancelled()) break;
        this.indexFile(job.path, fileOf.get(job.path), job.uri);
        done++;
        await breathe();
      }
      if (cancelled()) {
        progress.end('Indexing cancelled');
        return;
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(2);
      progress.end(`Indexed ${this.index.documentCount} documents in ${seconds} s`);
      this.log.info(`Indexed ${this.index.documentCount} documents (${this.skipped.size} skipped) in ${seconds} s.`);
      // After the end of progress the index is ready; persisting it is housekeeping, streamed in
      // the background while requests are answered.
      if (generation === this.runGeneration) this.indexing = false;
      this.onIndexChanged();
      await this.saveCache();
      // The index is complete and persisted: its leftovers go now, not during the next requests,
      // with the tables that shared repeated values among the documents just stored. The analysis
      // workers have ended, so the collection may compact the whole old generation.
      if (generation === this.runGeneration) {
        forgetSharedValues();
        renumberClaimValues();
        this.index.gatherColumns();
        this.claimSearch.trim();
        // The orders a bulk run let go are made now, not by the first hovers on each group.
        this.index.prepareOrders();
        const collecting = Date.now();
        if (collectGarbage({ compact: true })) this.log.info(`Heap compacted after indexing in ${Date.now() - collecting} ms.`);
      }
    } finally {
      if (generation === this.runGeneration) this.indexing = false;
      if (!this.indexing) this.groupsComplete = true;
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
    return { documents: this.index.documentCount, groups, mentions, claims: this.index.claimCount, indexing: this.indexing, skipped: this.skipped.size, cacheWriting: this.cacheWriting };
  }
}
