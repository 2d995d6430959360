/**
 * `source-lens index <folder> --db <url> [--workers N]`: the shared index's indexer. Shows a
 * progress bar on a terminal (a line every few seconds otherwise) and ends with a summary:
 * documents per second, how many were indexed, unchanged, removed and failed, with the reasons.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliOptions, CommandHandler } from './cli';
import { CommandError, UsageError, corpusOptionsOf, loadGazetteer } from './cli';
import { formatBytes } from './core/corpus/files';
import { runningCodeVersion } from './core/store/indexCache';
import { builtinPeoplePath } from './core/gazetteer/people';
import { PasswordSource, describeConnectionError, isConnectionError, parseSharedIndexUrl } from './core/store/postgres/connection';
import { IndexProgress, IndexSummary, indexArchive } from './indexer/indexArchive';

const FAILURES_LISTED = 20;

function progressPrinter(err: (s: string) => void): (p: IndexProgress) => void {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let lastPhase = '';
  return (p) => {
    const now = Date.now();
    const phaseChanged = p.phase !== lastPhase;
    if (!phaseChanged && now - last < (tty ? 200 : 5000) && p.done !== p.total) return;
    last = now;
    lastPhase = p.phase;
    const rate = p.seconds > 0 ? (p.indexed + p.unchanged) / p.seconds : 0;
    if (p.phase !== 'indexing') {
      const label = { discovering: 'finding documents…', removing: 'removing documents deleted from the folder…', finishing: 'updating totals and statistics…' }[p.phase];
      if (tty) process.stderr.write(`\r\x1b[K${label}`);
      else err(label);
      return;
    }
    const share = p.total ? p.done / p.total : 1;
    const eta = rate > 0 && p.total > p.done ? ` · ${Math.ceil((p.total - p.done) / rate)} s left` : '';
    const counts = `${p.done}/${p.total} · ${rate.toFixed(0)} docs/s · ${p.indexed} indexed · ${p.unchanged} unchanged · ${p.failed} failed${eta}`;
    if (tty) {
      const width = 24;
      const filled = Math.round(share * width);
      process.stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${counts}`);
    } else err(`indexing: ${(share * 100).toFixed(0)}% ${counts}`);
  };
}

export function formatSummary(s: IndexSummary): string[] {
  const lines: string[] = [];
  const what = s.switched ? (s.previousGeneration === null ? `generation ${s.generation} built and made current` : `generation ${s.generation} built${s.resumed ? ' (resumed)' : ''} and made current, replacing generation ${s.previousGeneration}`) : `generation ${s.generation} updated`;
  lines.push(s.cancelled ? `Interrupted: ${what.replace(/ and made current.*/, '')} is incomplete; run again to finish it.` : `Done: ${what}.`);
  lines.push(`  ${s.files} documents in ${s.seconds.toFixed(1)} s (${s.documentsPerSecond.toFixed(1)} documents/s): ${s.indexed} indexed, ${s.unchanged} unchanged (skipped), ${s.deleted} removed, ${s.failed.length} failed`);
  if (s.indexed > 0) lines.push(`  ${formatBytes(s.bytes)} of text analysed; ${s.writeSeconds.toFixed(1)} s writing batches, ${s.finishSeconds.toFixed(1)} s removing, totalling and switching`);
  if (s.deletionRefused) lines.push(`  Not removed: ${s.deletionRefused}`);
  if (s.pendingDrops.length) lines.push(`  Generation(s) ${s.pendingDrops.join(', ')} still in use by editors; dropped by the next run.`);
  if (s.failed.length) {
    lines.push('  Failed:');
    for (const f of s.failed.slice(0, FAILURES_LISTED)) lines.push(`    ${f.path}: ${f.reason}`);
    if (s.failed.length > FAILURES_LISTED) lines.push(`    … and ${s.failed.length - FAILURES_LISTED} more`);
  }
  return lines;
}

async function indexCommand(options: CliOptions, out: (s: string) => void): Promise<void> {
  if (!options.folder) throw new UsageError('missing <folder>');
  if (!options.db) throw new UsageError('index needs --db <postgresql://user@host:port/database>');
  let url;
  try {
    url = parseSharedIndexUrl(options.db);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const err = (s: string) => process.stderr.write(s + '\n');
  if (url.warning) err(`source-lens: ${url.warning}`);
  const skipped: { path: string; reason: string }[] = [];
  const root = path.resolve(options.folder);
  const gazetteer = loadGazetteer(options, root, skipped);
  for (const s of skipped) err(`source-lens: ${s.path}: ${s.reason}`);
  const corpus = corpusOptionsOf(options);
  const workers = options.workers ?? Math.max(1, os.availableParallelism() - 1);
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    err('\nsource-lens: stopping after the batches in flight (Ctrl-C again to stop at once; committed documents are kept either way)…');
  };
  process.on('SIGINT', onSignal);
  err(`Indexing ${root} into ${url.display} with ${workers} worker${workers === 1 ? '' : 's'}…`);
  let summary: IndexSummary;
  let passwordSource: PasswordSource | undefined;
  try {
    summary = await indexArchive({
      folder: root,
      url,
      gazetteer,
      // The list of known people decides person ids (a listing's id or an identity key): a new list is a new generation.
      extractorVersion: `${runningCodeVersion()}+people:${knownPeopleVersion()}`,
      include: corpus.include,
      exclude: corpus.exclude,
      maxFileBytes: corpus.maxFileBytes,
      workers,
      batchSize: options.batchSize,
      readerRole: options.readerRole || null,
      allowMassDelete: options.allowMassDelete,
      workerScript: require.main?.filename ?? process.argv[1],
      onProgress: progressPrinter(err),
      isCancelled: () => interrupted,
      onPasswordSource: (source) => (passwordSource = source),
    });
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (isConnectionError(error)) throw new CommandError(`cannot use the shared index at ${url.display}: ${describeConnectionError(error, passwordSource)}`);
    if (error instanceof Error && /^(not a folder|another indexer|the shared index has schema)/.test(error.message)) throw new CommandError(error.message);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (options.json) out(JSON.stringify(summary, null, 2));
  else for (const line of formatSummary(summary)) out(line);
  if (summary.cancelled) process.exitCode = 130;
}

export function registerIndexCommand(commands: Map<string, CommandHandler>): void {
  commands.set('index', indexCommand);
}

/** The known-people list the workers load, by content ('none' when it cannot be read: then no one is tied to a listing). */
function knownPeopleVersion(): string {
  try {
    return createHash('sha256').update(fs.readFileSync(builtinPeoplePath())).digest('hex').slice(0, 16);
  } catch {
    return 'none';
  }
}
