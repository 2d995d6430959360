/**
 * The Source Lens language server: wires LSP messages to the corpus workspace and the feature
 * files. Every capability is declared statically in the initialize result, because some clients
 * (Neovim 0.7) ignore dynamic registration.
 */
import './engineFlags';
import * as path from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import {
  ClientCapabilities,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusWorkspace, IndexingProgress, IndexingStage, pathToUri, uriToPath } from './corpusWorkspace';
import { FeatureContext } from './features/context';
import { provideDefinition } from './features/definition';
import { provideDocumentHighlights } from './features/documentHighlight';
import { provideDocumentSymbols } from './features/documentSymbols';
import { renderGazetteerEntry } from './features/gazetteerEntry';
import { provideHover } from './features/hover';
import { mergedPersonLocations, provideReferences } from './features/references';
import { peopleOverview, personDocuments, personGroups, personStatements } from './features/peopleOverview';
import { legend, provideSemanticTokens } from './features/semanticTokens';
import { provideWorkspaceSymbols, searchGroups } from './features/workspaceSymbols';
import { warmUp } from './warmUp';
import { collectGarbage } from './heap';
import { claimObjectsMade } from './core/corpus/storedClaims';
import { groupDocuments, groupsOverview } from './features/corpusOverview';
import { claimCategories, claimsIn } from './features/claimsOverview';
import { registerClaimOutline } from './features/claimOutline';
import { conflictDiagnosticsWithArchive, registerDisputedModifier } from './features/conflictDiagnostics';
import { exportClaims } from './features/exportClaims';
import { exportGraph, exportTimeline, graphData, graphEdge, graphNode, groupAt, passageText, timelineData } from './features/corpusViews';
import { provideRelatedPassages } from './features/relatedPassages';
import { readSettings } from './settings';
import { AddToGazetteerParams, addToGazetteer, provideCodeActions } from './features/codeActions';
import { nearMissDiagnostics } from './features/nearMissDiagnostics';
import { gazetteerDiagnostics } from './features/gazetteerDiagnostics';
import { DEFAULT_SETTINGS, InitializationOptions, Notifications, Requests, Settings } from './protocol';
import { SharedIndex } from './sharedIndex';
import { mergedTotals } from './features/sharedAnswers';
import { mergedGroupLocations } from './features/references';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const log = {
  info: (message: string) => connection.console.info(message),
  warn: (message: string) => connection.console.warn(message),
};

const workspace = new CorpusWorkspace(log);
let capabilities: ClientCapabilities = {};
let initOptions: InitializationOptions = {};
let pushedSettings: unknown;

const shared = new SharedIndex(log, () => workspace.settings.sharedIndex.timeoutMs);
shared.onStatus = (status) => void connection.sendNotification(Notifications.sharedIndexStatus, status);

// --- quiet moments for background work ------------------------------------------------------------

/** Requests being answered, and when the last one started or ended. */
let answering = 0;
let lastAnswerAt = 0;
/** Background work waits for this long without requests before a slice… */
const QUIET_MS = 25;
/** …but never longer than this (a client that never pauses still gets its diagnostics). */
const QUIET_WAIT_MAX_MS = 1000;

/** Resolves once no request has been answered for QUIET_MS (at the latest after QUIET_WAIT_MAX_MS), never in the same turn. */
function quiet(): Promise<void> {
  const since = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const idle = now - lastAnswerAt;
      if ((answering === 0 && idle >= QUIET_MS) || now - since >= QUIET_WAIT_MAX_MS) resolve();
      else setTimeout(check, answering === 0 ? Math.max(1, QUIET_MS - idle) : QUIET_MS);
    };
    setImmediate(check);
  });
}

const context: FeatureContext = {
  workspace,
  shared,
  client: { commandLinks: false, gazetteerDocuments: false, hierarchicalDocumentSymbols: false },
  log: (message: string) => log.info(message),
  quiet,
};

connection.onInitialize((params: InitializeParams): InitializeResult => {
  capabilities = params.capabilities;
  initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
  context.client.commandLinks = initOptions.commandLinks === true;
  context.client.gazetteerDocuments = initOptions.gazetteerDocuments === true;
  context.client.hierarchicalDocumentSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
  const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
  if (folders.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  } else if (folders.length === 0 && params.rootPath) folders.push(params.rootPath);
  workspace.folders = folders.map((f) => path.resolve(f));
  if (initOptions.settings) workspace.settings = readSettings(initOptions.settings);
  if (typeof initOptions.storagePath === 'string' && initOptions.storagePath) workspace.storagePath = initOptions.storagePath;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      definitionProvider: true,
      implementationProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Source Lens' },
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend, full: true, range: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'source-lens', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  await refreshSettings();
  // The client may send the shared index password from its secret storage first; connect after it.
  if (initOptions.sharedIndexPasswordFollows === true) await Promise.race([passwordArrived, new Promise((resolve) => setTimeout(resolve, 5000))]);
  void configureSharedIndex();
  workspace.reloadGazetteer(openGazetteerTexts());
  publishGazetteerDiagnostics();
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{txt,md,markdown,text}' }, { globPattern: `**/${path.basename(workspace.settings.gazetteer.path)}` }],
    });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
      workspace.folders = workspace.folders.filter((f) => !removed.has(f));
      for (const f of event.added) {
        const p = uriToPath(f.uri);
        if (p) workspace.folders.push(path.resolve(p));
      }
      workspace.reloadGazetteer(openGazetteerTexts());
      void reindex();
    });
  }
  void reindex();
});

// --- settings ------------------------------------------------------------------------------------

async function refreshSettings(): Promise<void> {
  let raw: unknown = pushedSettings ?? initOptions.settings;
  if (capabilities.workspace?.configuration) {
    try {
      raw = (await connection.workspace.getConfiguration('sourceLens')) ?? raw;
    } catch {
      // Keep pushed or initial settings.
    }
  }
  workspace.settings = raw ? readSettings(raw) : DEFAULT_SETTINGS;
}

connection.onDidChangeConfiguration(async (change) => {
  const settings = (change.settings as { sourceLens?: unknown } | undefined)?.sourceLens;
  if (settings) pushedSettings = settings;
  const before = JSON.stringify(workspace.settings);
  await refreshSettings();
  const after: Settings = workspace.settings;
  if (before === JSON.stringify(after)) return;
  const old = JSON.parse(before) as Settings;
  if (JSON.stringify(old.sharedIndex) !== JSON.stringify(after.sharedIndex)) void configureSharedIndex();
  if (JSON.stringify(old.corpus) !== JSON.stringify(after.corpus) || old.gazetteer.path !== after.gazetteer.path) {
    workspace.reloadGazetteer(openGazetteerTexts());
    void reindex();
  } else refreshEditors();
  for (const doc of documents.all()) publishConflicts(doc.uri);
});

// --- shared index --------------------------------------------------------------------------------

let sharedIndexPassword: string | undefined;
let announcePassword: () => void = () => {};
const passwordArrived = new Promise<void>((resolve) => (announcePassword = resolve));

async function configureSharedIndex(): Promise<void> {
  const url = workspace.settings.sharedIndex.url;
  workspace.hashContents = url !== '';
  try {
    await shared.configure(url, sharedIndexPassword);
  } catch (error) {
    log.warn(`Shared index: ${(error as Error).message}`);
  }
  if (shared.active && !workspace.indexing) void shared.refreshHoldings(workspace.index, workspace.folders);
}

connection.onRequest(Requests.setSharedIndexPassword, async (params: { password?: unknown } | undefined) => {
  sharedIndexPassword = typeof params?.password === 'string' && params.password ? params.password : undefined;
  announcePassword();
  if (shared.status.state !== 'off' || workspace.settings.sharedIndex.url) await configureSharedIndex();
  return shared.status;
});
connection.onRequest(Requests.sharedIndexStatus, () => shared.status);
connection.onRequest(Requests.archiveDocument, async (params: { uri?: unknown } | undefined) => {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  if (!shared.active) return { error: 'No shared index is configured (sourceLens.sharedIndex.url).' };
  const answer = await shared.ask((store) => store.documentText(uri));
  if (answer.value !== null) return { text: answer.value };
  return { error: answer.note ? `The shared index cannot be read now (${answer.note}).` : `The shared index holds no document ${uri}.` };
});

// --- documents -----------------------------------------------------------------------------------

function openGazetteerTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const doc of documents.all()) {
    const p = uriToPath(doc.uri);
    if (p && workspace.isGazetteerFile(p)) texts.set(path.resolve(p), doc.getText());
  }
  return texts;
}

documents.onDidChangeContent((event) => {
  workspace.changeDocument(event.document.uri, event.document.getText(), event.document.version);
  publishConflicts(event.document.uri);
});

documents.onDidClose((event) => {
  clearTimeout(pendingConflicts.get(event.document.uri));
  pendingConflicts.delete(event.document.uri);
  conflictRuns.delete(event.document.uri);
  workspace.closeDocument(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

const pendingConflicts = new Map<string, NodeJS.Timeout>();
/** The latest computation per document: an older one that answers later (the archive is slower) is dropped. */
const conflictRuns = new Map<string, number>();
let conflictRun = 0;

/**
 * Conflicting-figure diagnostics for one open document (empty when the setting is off), computed
 * 300 ms after the last change so typing and indexing never wait for them.
 */
function publishConflicts(uri: string): void {
  clearTimeout(pendingConflicts.get(uri));
  pendingConflicts.set(
    uri,
    setTimeout(() => {
      pendingConflicts.delete(uri);
      if (!documents.get(uri)) return;
      const run = ++conflictRun;
      conflictRuns.set(uri, run);
      // Computed when no request is being answered (the first hovers after an open come first).
      void quiet()
        .then(async () => {
          if (conflictRuns.get(uri) !== run || !documents.get(uri)) return;
          const nearMisses = safeNearMisses(uri);
          const conflicts = await conflictDiagnosticsWithArchive(context, uri);
          // null: the document changed while its claims were compared; its change asks again.
          if (conflicts === null || conflictRuns.get(uri) !== run || !documents.get(uri)) return;
          conflictRuns.delete(uri);
          void connection.sendDiagnostics({ uri, diagnostics: [...conflicts, ...nearMisses] });
        })
        .catch((error) => log.warn(`conflict diagnostics failed: ${(error as Error).stack ?? error}`));
    }, 300),
  );
}

documents.onDidSave((event) => {
  const p = uriToPath(event.document.uri);
  if (p && workspace.isGazetteerFile(p)) gazetteerChanged();
});

connection.onDidChangeWatchedFiles((params) => {
  let gazetteer = false;
  for (const change of params.changes) {
    const p = uriToPath(change.uri);
    if (!p) continue;
    if (workspace.isGazetteerFile(p)) {
      gazetteer = true;
      continue;
    }
    if (change.type === FileChangeType.Deleted) workspace.removeFile(p);
    else if (workspace.isCorpusFile(p)) workspace.indexFile(p);
  }
  if (gazetteer) gazetteerChanged();
  else scheduleIndexChanged(true);
});

function gazetteerChanged(): void {
  if (workspace.reloadGazetteer(openGazetteerTexts())) void reindex();
  // "ignoredNames" changes do not change the matcher: re-publish near misses anyway.
  else for (const doc of documents.all()) publishConflicts(doc.uri);
  publishGazetteerDiagnostics();
}

/** Lint diagnostics for the workspace gazetteer files that are not open (open ones go through publishConflicts). */
function publishGazetteerDiagnostics(): void {
  for (const file of workspace.workspaceGazetteers.keys()) {
    const uri = pathToUri(file);
    if (documents.get(uri)) continue;
    try {
      void connection.sendDiagnostics({ uri, diagnostics: gazetteerDiagnostics(context, file) });
    } catch (error) {
      log.warn(`gazetteer diagnostics failed: ${(error as Error).stack ?? error}`);
    }
  }
}

// --- indexing ------------------------------------------------------------------------------------

let indexChangedTimer: NodeJS.Timeout | undefined;
let refreshWanted = false;

/** Tells the client the index changed, at most every 250 ms; optionally asks it to re-colour. */
function scheduleIndexChanged(refreshTokens = false): void {
  refreshWanted ||= refreshTokens;
  if (indexChangedTimer) return;
  indexChangedTimer = setTimeout(() => {
    indexChangedTimer = undefined;
    void connection.sendNotification(Notifications.indexChanged, workspace.status());
    // Other documents' claims may now agree or differ: re-publish for every open document.
    for (const doc of documents.all()) publishConflicts(doc.uri);
    if (refreshWanted) refreshEditors();
    refreshWanted = false;
  }, 250);
}

workspace.onIndexChanged = () => scheduleIndexChanged(false);

function refreshEditors(): void {
  if (capabilities.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
}

/** The hover rehearsal after an index, while it runs (reported by indexStatus as `warmingUp`). */
let rehearsing: Promise<void> | undefined;

/** The part of the progress bar (percent) a cold start's group pass takes. */
const GROUP_PASS_SHARE = 10;

workspace.onGroupsIndexed = (info) => {
  void connection.sendNotification(Notifications.groupsIndexed, info);
  // Group colouring is complete now: editors ask for their tokens again.
  scheduleIndexChanged(true);
};

async function reindex(): Promise<void> {
  let reporter: WorkDoneProgressServerReporter | undefined;
  if (capabilities.window?.workDoneProgress) {
    try {
      reporter = await connection.window.createWorkDoneProgress();
    } catch {
      reporter = undefined;
    }
  }
  let lastPercent = -1;
  let lastStage: IndexingStage | undefined;
  // With a group pass (a cold start), it is the first tenth of the bar: it reads every file but
  // takes a small part of the run's time (docs/performance.md).
  let groupShare = 0;
  const progress: IndexingProgress = {
    begin: (total) => reporter?.begin('Source Lens: indexing corpus', 0, `0/${total} documents`, true),
    report: (done, total, stage = 'full') => {
      if (stage === 'groups') groupShare = GROUP_PASS_SHARE;
      const fraction = total ? done / total : 1;
      const percent = Math.floor(stage === 'groups' ? fraction * groupShare : groupShare + fraction * (100 - groupShare));
      if (percent !== lastPercent || stage !== lastStage) reporter?.report(percent, stage === 'groups' ? `Indexing groups ${done}/${total}` : groupShare ? `Reading claims and people ${done}/${total}` : `${done}/${total} documents`);
      lastPercent = percent;
      lastStage = stage;
    },
    end: (message) => {
      if (reporter) {
        reporter.report(100, message);
        reporter.done();
      }
    },
    isCancelled: () => reporter?.token.isCancellationRequested === true,
  };
  try {
    await workspace.indexAll(progress);
  } catch (error) {
    log.warn(`Indexing failed: ${(error as Error).stack ?? error}`);
    reporter?.done();
  }
  scheduleIndexChanged(true);
  if (shared.active) void shared.refreshHoldings(workspace.index, workspace.folders);
  // The first hovers rehearsed in the background (warmUp.ts), until the index changes.
  // Local answers only: the rehearsal compiles the code, it does not query the shared archive.
  const generation = workspace.index.generation;
  if (!workspace.indexing && workspace.index.documentCount > 0) {
    const started = performance.now();
    const run: Promise<void> = warmUp({ ...context, shared: undefined }, () => !workspace.indexing && workspace.index.generation === generation).then((hovers) => {
      log.info(`Rehearsed ${hovers} hovers in ${Math.round(performance.now() - started)} ms.`);
      // The claim objects the rehearsal made (the index keeps claims as columns and makes them on
      // demand: at 10k documents about 120k objects, 20 MB) go now, with the rest of its leftovers,
      // and the heap is compacted again (no analysis worker runs once indexing is over).
      if (!workspace.indexing && workspace.index.generation === generation) {
        const collecting = performance.now();
        if (collectGarbage({ compact: true })) log.info(`Heap compacted after the rehearsal in ${Math.round(performance.now() - collecting)} ms.`);
      }
      if (rehearsing === run) rehearsing = undefined;
    });
    rehearsing = run;
  }
}

// --- features ------------------------------------------------------------------------------------

/** Runs a feature, turning an unexpected exception into a logged null answer instead of a crash. */
function guarded<P, R>(name: string, feature: (params: P) => R | Promise<R>, fallback: R): (params: P, token?: { isCancellationRequested: boolean }) => Promise<R> {
  return async (params: P, token?: { isCancellationRequested: boolean }) => {
    // The local part of a feature runs synchronously, so a cancellation is seen before it starts:
    // requests queued behind an indexing slice and cancelled meanwhile are not computed at all.
    if (token?.isCancellationRequested) return fallback;
    answering++;
    lastAnswerAt = performance.now();
    try {
      return await feature(params);
    } catch (error) {
      log.warn(`${name} failed: ${(error as Error).stack ?? error}`);
      return fallback;
    } finally {
      answering--;
      lastAnswerAt = performance.now();
    }
  };
}

registerClaimOutline();
registerDisputedModifier(context);
connection.onImplementation(guarded('implementation', (p) => provideRelatedPassages(context, p), null));
connection.onRequest(Requests.exportClaims, (params: { format?: unknown } | undefined) => exportClaims(context, params?.format));
connection.onHover(guarded('hover', (p) => provideHover(context, p), null));
connection.onDefinition(guarded('definition', (p) => provideDefinition(context, p), null));
connection.onReferences(guarded('references', (p) => provideReferences(context, p), null));
connection.onDocumentHighlight(guarded('documentHighlight', (p) => provideDocumentHighlights(context, p), null));
connection.onDocumentSymbol(guarded('documentSymbol', (p) => provideDocumentSymbols(context, p), null));
connection.onWorkspaceSymbol(guarded('workspaceSymbol', (p) => provideWorkspaceSymbols(context, p), []));
connection.languages.semanticTokens.on(guarded('semanticTokens', (p) => provideSemanticTokens(context, p.textDocument.uri), { data: [] }));
connection.languages.semanticTokens.onRange(guarded('semanticTokens/range', (p) => provideSemanticTokens(context, p.textDocument.uri, p.range), { data: [] }));

connection.onRequest(Requests.gazetteerEntry, (params: { groupId?: string }) => {
  const markdown = typeof params?.groupId === 'string' ? renderGazetteerEntry(context, params.groupId) : null;
  return markdown === null ? null : { markdown };
});
/** Near-miss diagnostics; a failure there must not drop the conflict diagnostics. */
function safeNearMisses(uri: string): ReturnType<typeof nearMissDiagnostics> {
  try {
    // A gazetteer file gets its lint diagnostics instead (its JSON is no corpus text).
    const file = uriToPath(uri);
    if (file && workspace.isGazetteerFile(file)) return gazetteerDiagnostics(context, path.resolve(file), documents.get(uri)?.getText());
    return nearMissDiagnostics(context, uri);
  } catch (error) {
    log.warn(`near-miss diagnostics failed: ${(error as Error).stack ?? error}`);
    return [];
  }
}

const openDocument = (uri: string) => {
  const doc = documents.get(uri);
  return doc ? { text: doc.getText(), version: doc.version } : undefined;
};
connection.onCodeAction(guarded('codeAction', (p) => provideCodeActions(context, p, openDocument), []));
connection.onRequest(Requests.addToGazetteer, guarded('addToGazetteer', (p: AddToGazetteerParams) => addToGazetteer(context, p, openDocument), null));
connection.onRequest(Requests.indexStatus, () => ({ ...workspace.status(), warmingUp: rehearsing !== undefined }));
connection.onRequest(
  Requests.groupReferences,
  guarded('groupReferences', (params: { groupId?: string }) => (typeof params?.groupId === 'string' ? mergedGroupLocations(context, params.groupId, null, 0) : []), []),
);
connection.onRequest(Requests.claimCategories, guarded('claimCategories', () => claimCategories(context), { kinds: [], groups: [] }));
connection.onRequest(
  Requests.claimsIn,
  guarded('claimsIn', (params: { kind?: unknown; groupId?: unknown }) => claimsIn(context, { kind: typeof params?.kind === 'string' ? params.kind : undefined, groupId: typeof params?.groupId === 'string' ? params.groupId : undefined }), []),
);
connection.onRequest(Requests.groupsOverview, guarded('groupsOverview', (params: { filter?: string }) => groupsOverview(context, typeof params?.filter === 'string' ? params.filter : ''), []));
connection.onRequest(Requests.groupDocuments, guarded('groupDocuments', (params: { groupId?: string }) => (typeof params?.groupId === 'string' ? groupDocuments(context, params.groupId) : []), []));
connection.onRequest(Requests.searchGroups, async (params: { query?: string }) => {
  const query = typeof params?.query === 'string' ? params.query : '';
  const ids = query.trim() ? searchGroups(workspace.matcher, query, 50) : shared.active ? workspace.matcher.groups.map((g) => g.id) : [...workspace.index.mentionedGroups()];
  const totals = (await mergedTotals(context, ids)).value;
  return (query.trim() ? ids : ids.filter((id) => totals.has(id)))
    .map((id) => workspace.matcher.group(id))
    .filter((g) => !!g)
    .map((g) => ({ groupId: g!.id, name: g!.name, aliases: g!.aliases.map((a) => a.text), ...(totals.get(g!.id) ?? { mentions: 0, documents: 0 }) }));
});
const personIdOf = (params: { personId?: unknown } | undefined): string | null => (typeof params?.personId === 'string' ? params.personId : null);
connection.onRequest(Requests.peopleOverview, guarded('peopleOverview', (p: { filter?: unknown; offset?: unknown; limit?: unknown } | undefined) => peopleOverview(context, p ?? {}), { people: [], total: 0 }));
connection.onRequest(Requests.personGroups, guarded('personGroups', (p: { personId?: unknown } | undefined) => { const id = personIdOf(p); return id ? personGroups(context, id) : []; }, []));
connection.onRequest(
  Requests.personStatements,
  guarded('personStatements', (p: { personId?: unknown; groupId?: unknown; aboutGroups?: unknown; offset?: unknown; limit?: unknown } | undefined) => {
    const id = personIdOf(p);
    return id ? personStatements(context, { ...p, personId: id }) : { statements: [], total: 0 };
  }, { statements: [], total: 0 }),
);
connection.onRequest(Requests.personDocuments, guarded('personDocuments', (p: { personId?: unknown } | undefined) => { const id = personIdOf(p); return id ? personDocuments(context, id) : []; }, []));
connection.onRequest(Requests.personReferences, guarded('personReferences', (p: { personId?: unknown } | undefined) => { const id = personIdOf(p); return id ? mergedPersonLocations(context, id, null, 0) : []; }, []));
connection.onRequest(Requests.memoryUsage, () => ({
  ...process.memoryUsage(),
  cpu: process.cpuUsage(),
  pid: process.pid,
  heapSpaces: getHeapSpaceStatistics().map((s) => ({ name: s.space_name, size: s.space_size, used: s.space_used_size })),
  claimObjectsMade,
}));
// The graph and timeline views: built from the index, never from the corpus text.
connection.onRequest(Requests.graph, guarded('graph', (p: unknown) => graphData(context, p), null));
connection.onRequest(Requests.graphEdge, guarded('graphEdge', (p: Parameters<typeof graphEdge>[1]) => graphEdge(context, p), null));
connection.onRequest(Requests.graphNode, guarded('graphNode', (p: Parameters<typeof graphNode>[1]) => graphNode(context, p), null));
connection.onRequest(Requests.exportGraph, guarded('exportGraph', (p: Parameters<typeof exportGraph>[1]) => exportGraph(context, p), null));
connection.onRequest(Requests.timeline, guarded('timeline', (p: unknown) => timelineData(context, p), null));
connection.onRequest(Requests.exportTimeline, guarded('exportTimeline', (p: Parameters<typeof exportTimeline>[1]) => exportTimeline(context, p), null));
connection.onRequest(Requests.passage, guarded('passage', (p: Parameters<typeof passageText>[1]) => passageText(context, p), null));
connection.onRequest(Requests.groupAt, guarded('groupAt', (p: Parameters<typeof groupAt>[1]) => groupAt(context, p), null));
connection.onRequest(Requests.rebuildIndex, async () => {
  workspace.reloadGazetteer(openGazetteerTexts());
  workspace.index.clear();
  await reindex();
  return workspace.status();
});

connection.onShutdown(() => shared.dispose());

documents.listen(connection);
connection.listen();
