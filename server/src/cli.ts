/**
 * `source-lens` command line: the same core as the language server, for batch work and scripts.
 *
 *   source-lens scan <folder> [--json] [--gazetteer <file>] [--include <glob>]... [--exclude <glob>]...
 */
import './engineFlags';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusFilter, CorpusOptions, DEFAULT_CORPUS_OPTIONS, discoverCorpusFiles, readCorpusFile, readCorpusFileKnown } from './core/corpus/files';
import { Gazetteer } from './core/gazetteer/gazetteer';
import { CorpusIndex, IndexedDocument } from './core/corpus/corpusIndex';
import { findCrossReferences } from './core/corpus/crossReferences';
import { combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } from './core/gazetteer/files';
import { GroupMatcher } from './core/recognition/groupMatcher';
import { pathToUri, uriToPath } from './corpusWorkspace';
import { registerClaimsCommand } from './cliClaims';
import { registerViewCommands } from './cliViews';
import { registerIndexCommand } from './cliIndex';
import { isAnalysisWorker, runAnalysisWorker } from './indexer/analysisWorker';
import { AnalysisJob, AnalysisPool, analysisWorkerCount } from './analysisPool';

export const USAGE = `Usage:
  source-lens scan <folder> [--json] [options]     group mentions and cross-references per document
  source-lens claims <folder> [--format csv|json]  every claim with its fields, document and position
  source-lens graph <folder> [--format gexf|graphml|csv] [--out <file>]
                                                   groups, stated relations and co-occurrences (Gephi)
  source-lens timeline <folder> [--format csv|json] [--out <file>]
                                                   every claim on its date, tolls grouped by incident
  source-lens index <folder> --db <url> [--workers N]
                                                   analyse a folder (a team's archive) into the shared
                                                   index on PostgreSQL; reruns write only what changed

Options:
  --json                 machine-readable output
  --gazetteer <file>     workspace gazetteer (default: <folder>/source-lens.gazetteer.json if present)
  --include <glob>       corpus files to read (repeatable; default **/*.txt, **/*.md, ...)
  --exclude <glob>       files or folders to leave out (repeatable)
  --max-file-size <MB>   skip larger files (default ${DEFAULT_CORPUS_OPTIONS.maxFileBytes / 1024 / 1024})
  --cross-references <n> passages per group and document (default 3)
  --out <file>           graph, timeline: write the export to a file instead of standard output
  --from <date>          graph, timeline: from this ISO date (2023, 2023-05 or 2023-05-14)
  --to <date>            graph, timeline: up to this ISO date, inclusive
  --centre <group id>    graph: the group and its neighbours only
  --min-cooccurrence <n> graph: co-occurrence edges need n sentences naming both groups (default 2)
  -h, --help             this help

Shared index (index):
  --db <url>             postgresql://writer@host:port/database (the password comes from
                         PGPASSWORD or ~/.pgpass, never from the URL)
  --workers <n>          analysis threads (default: cores - 1, at least 1)
  --batch-size <n>       documents per write transaction (default 200)
  --reader-role <role>   role given read access for editors (default source_lens_reader, if it exists)
  --allow-mass-delete    remove indexed documents even when more than half are missing from <folder>`;

export class UsageError extends Error {}
/** An error whose message says it all (no stack trace for the user). */
export class CommandError extends Error {}

export interface CliOptions {
  command: string;
  folder: string;
  json: boolean;
  gazetteer: string | null;
  include: string[];
  exclude: string[];
  maxFileMB: number;
  crossReferences: number;
  format: string;
  out: string | null;
  from: string | null;
  to: string | null;
  centre: string | null;
  minCooccurrence: number | null;
  db: string;
  workers: number | null;
  batchSize: number;
  readerRole: string;
  allowMassDelete: boolean;
  rest: string[];
}

export function parseArguments(argv: string[]): CliOptions {
  const options: CliOptions = { command: '', folder: '', json: false, gazetteer: null, include: [], exclude: [], maxFileMB: DEFAULT_CORPUS_OPTIONS.maxFileBytes / 1024 / 1024, crossReferences: 3, format: '', out: null, from: null, to: null, centre: null, minCooccurrence: null, db: '', workers: null, batchSize: 200, readerRole: 'source_lens_reader', allowMassDelete: false, rest: [] };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--json':
        options.json = true;
        break;
      case '--gazetteer':
        options.gazetteer = value();
        break;
      case '--include':
        options.include.push(value());
        break;
      case '--exclude':
        options.exclude.push(value());
        break;
      case '--format':
        options.format = value();
        break;
      case '--db':
        options.db = value();
        break;
      case '--reader-role':
        options.readerRole = value();
        break;
      case '--allow-mass-delete':
        options.allowMassDelete = true;
        break;
      case '--workers':
      case '--batch-size': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < (arg === '--workers' ? 0 : 1) || n > 10_000) throw new UsageError(`${arg} needs a whole number${arg === '--workers' ? '' : ' of at least 1'}`);
        if (arg === '--workers') options.workers = n;
        else options.batchSize = n;
        break;
      }
      case '--max-file-size': {
        const n = Number(value());
        if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size needs a positive number of MB');
        options.maxFileMB = n;
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--from':
      case '--to': {
        const v = value();
        if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)) throw new UsageError(`${arg} needs an ISO date (2023, 2023-05 or 2023-05-14), not "${v}"`);
        options[arg === '--from' ? 'from' : 'to'] = v;
        break;
      }
      case '--centre':
      case '--center':
        options.centre = value();
        break;
      case '--min-cooccurrence': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--min-cooccurrence needs a whole number of at least 1');
        options.minCooccurrence = n;
        break;
      }
      case '--cross-references': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--cross-references needs a whole number');
        options.crossReferences = n;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  options.command = positional[0] ?? '';
  options.folder = positional[1] ?? '';
  options.rest = positional.slice(2);
  return options;
}

export interface LoadedCorpus {
  index: CorpusIndex;
  root: string;
  skipped: { path: string; reason: string }[];
  readText: (uri: string) => string | undefined;
}

/** The built-in gazetteer with the folder's workspace gazetteer (or --gazetteer) over it; its problems go to `skipped`. */
export function loadGazetteer(options: CliOptions, root: string, skipped: { path: string; reason: string }[]): Gazetteer {
  const gazetteerFile = options.gazetteer ? path.resolve(options.gazetteer) : path.join(root, 'source-lens.gazetteer.json');
  const workspaceGazetteer = readWorkspaceGazetteer(gazetteerFile);
  if (options.gazetteer && !workspaceGazetteer) throw new UsageError(`cannot read gazetteer ${options.gazetteer}`);
  if (workspaceGazetteer && !workspaceGazetteer.parsed) {
    skipped.push({ path: gazetteerFile, reason: `gazetteer ignored: ${workspaceGazetteer.error?.message}` });
  }
  for (const problem of workspaceGazetteer?.parsed?.problems ?? []) skipped.push({ path: gazetteerFile, reason: `gazetteer ${problem.path}: ${problem.message}` });
  return combineGazetteers(loadBuiltinGazetteer(), [workspaceGazetteer]);
}

/** Include/exclude patterns and the size limit from the options (the defaults plus --include/--exclude). */
export function corpusOptionsOf(options: CliOptions): CorpusOptions {
  return {
    include: options.include.length ? options.include : DEFAULT_CORPUS_OPTIONS.include,
    exclude: [...DEFAULT_CORPUS_OPTIONS.exclude, ...options.exclude],
    maxFileBytes: options.maxFileMB * 1024 * 1024,
  };
}

/** Reads and indexes a folder the way the server does. */
export async function loadCorpus(options: CliOptions): Promise<LoadedCorpus> {
  const root = path.resolve(options.folder);
  if (!options.folder) throw new UsageError('missing <folder>');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`not a folder: ${options.folder}`);
  const skipped: { path: string; reason: string }[] = [];
  const matcher = new GroupMatcher(loadGazetteer(options, root, skipped));
  const maxFileBytes = options.maxFileMB * 1024 * 1024;
  const filter = new CorpusFilter(corpusOptionsOf(options));
  const files = await discoverCorpusFiles(root, filter, (p, reason) => skipped.push({ path: p, reason }));
  const index = new CorpusIndex(matcher);
  const texts = new Map<string, string>();
  // Analysis workers on two cores or more (as in the server); whatever they do not do is done here.
  let left: AnalysisJob[] = files.map((f) => ({ path: f.path, size: f.size, uri: pathToUri(f.path) }));
  const workers = analysisWorkerCount();
  const note = (message: string) => process.stderr.write(`source-lens: ${message}\n`);
  const pool = workers > 0 && left.length > 0 ? AnalysisPool.start(workers, matcher.gazetteer, maxFileBytes, note) : null;
  if (pool) {
    try {
      left = await pool.run(left, (r) => ('reason' in r ? skipped.push({ path: r.job.path, reason: r.reason }) : index.put(r.doc)), () => false, note);
    } finally {
      await pool.close();
    }
  }
  for (const job of left) {
    const result = readCorpusFileKnown(job.path, job.size, maxFileBytes);
    if (!result.ok) {
      skipped.push({ path: job.path, reason: result.reason });
      continue;
    }
    try {
      index.update(job.uri, result.text, null);
    } catch (error) {
      skipped.push({ path: job.path, reason: `analysis failed (${(error as Error).message}); please report this file` });
    }
  }
  const readText = (uri: string) => {
    let text = texts.get(uri);
    if (text === undefined) {
      const p = uriToPath(uri);
      const result = p ? readCorpusFile(p, maxFileBytes) : null;
      if (!result?.ok) return undefined;
      text = result.text;
      if (texts.size > 256) texts.clear();
      texts.set(uri, text);
    }
    return text;
  };
  return { index, root, skipped, readText };
}

export function relativeTo(root: string, uri: string): string {
  const p = uriToPath(uri) ?? uri;
  return path.relative(root, p).split(path.sep).join('/');
}

async function scan(options: CliOptions, out: (s: string) => void): Promise<void> {
  const { index, root, skipped, readText } = await loadCorpus(options);
  const source = { read: readText };
  const documents = [...index.documents()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  // One document's report at a time, written as soon as it is made: memory stays flat and the
  // work is linear (a cross-reference costs a bounded ranking, none at all with 0 passages).
  const reportOf = (doc: IndexedDocument) => {
    const counts = doc.groupCounts;
    const groups = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
    const text = readText(doc.uri);
    return {
      path: relativeTo(root, doc.uri),
      mentions: doc.mentions.map((m) => ({
        group: m.groupId,
        name: index.matcher.group(m.groupId)?.name ?? m.groupId,
        alias: m.alias,
        text: text?.slice(m.start, m.end) ?? m.alias,
        line: m.range.start.line + 1,
        character: m.range.start.character + 1,
        range: m.range,
      })),
      crossReferences: groups.map((groupId) => {
        const refs = findCrossReferences(index, source, groupId, doc.uri, options.crossReferences);
        return {
          group: groupId,
          otherDocuments: refs.totalDocuments,
          passages: refs.passages.map((p) => ({ path: relativeTo(root, p.uri), line: p.range.start.line + 1, character: p.range.start.character + 1, snippet: p.snippet })),
        };
      }),
    };
  };
  const skippedReport = skipped.map((s) => ({ path: path.relative(root, s.path) || s.path, reason: s.reason }));
  if (options.json) {
    // The same text as JSON.stringify(report, null, 2), produced document by document.
    const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
    out(`{\n  "root": ${JSON.stringify(root)},`);
    if (documents.length === 0) out('  "documents": [],');
    else {
      out('  "documents": [');
      documents.forEach((doc, i) => out('    ' + nested(reportOf(doc), 2) + (i < documents.length - 1 ? ',' : '')));
      out('  ],');
    }
    out(`  "skipped": ${nested(skippedReport, 1)}\n}`);
    return;
  }
  let mentionTotal = 0;
  for (const doc of documents) {
    const report = reportOf(doc);
    mentionTotal += report.mentions.length;
    out(`${report.path}  (${report.mentions.length} mention${report.mentions.length === 1 ? '' : 's'})`);
    for (const m of report.mentions) out(`  ${m.line}:${m.character}  ${m.name}  "${m.text.replace(/\s+/g, ' ')}"`);
    for (const x of report.crossReferences) {
      if (x.otherDocuments === 0) continue;
      out(`  ↳ ${index.matcher.group(x.group)?.name ?? x.group}: ${x.otherDocuments} other document${x.otherDocuments === 1 ? '' : 's'}`);
      for (const p of x.passages) out(`      ${p.path}:${p.line}  ${p.snippet}`);
    }
  }
  for (const s of skipped) out(`skipped ${s.path}: ${s.reason}`);
  out(`${documents.length} documents, ${mentionTotal} mentions, ${[...index.mentionedGroups()].length} groups`);
}

export type CommandHandler = (options: CliOptions, out: (s: string) => void) => Promise<void>;

/** Subcommands by name; other modules add theirs (e.g. `claims`). */
export const commands = new Map<string, CommandHandler>([['scan', scan]]);
registerClaimsCommand(commands);
registerViewCommands(commands);
registerIndexCommand(commands);

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n'), err: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  try {
    if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
      out(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    const options = parseArguments(argv);
    const handler = commands.get(options.command);
    if (!handler) throw new UsageError(`unknown command "${options.command}"`);
    await handler(options, out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`source-lens: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    err(`source-lens: ${error instanceof CommandError ? error.message : ((error as Error).stack ?? error)}`);
    return 1;
  }
}

if (isAnalysisWorker()) runAnalysisWorker();
else if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code || process.exitCode;
    // A database connection refused during authentication can keep a socket open until the server
    // times it out; the command is done, so the process is too.
    if (process.argv[2] === 'index') process.stdout.write('', () => process.exit());
  });
}
