/**
 * `source-lens graph <folder>` and `source-lens timeline <folder>`: the data of the editor's graph
 * and timeline views, for Gephi, spreadsheets and scripts. The whole graph is exported (no caps);
 * `--from`/`--to` and `--centre` filter it as the views do.
 */
import * as fs from 'node:fs';
import type { CliOptions, CommandHandler } from './cli';
import { UsageError, loadCorpus, relativeTo } from './cli';
import { buildGraph } from './core/corpus/graph';
import { graphToCsv, graphToGexf, graphToGraphml, timelineToCsv } from './core/corpus/graphExport';
import { buildTimeline } from './core/corpus/timeline';
import { LineIndex } from './core/text/positions';
import { collapseWhitespace } from './core/text/sentences';

/** Writes the export to `--out` (saying what was written) or to standard output. */
function deliver(options: CliOptions, content: string, summary: string, out: (s: string) => void): void {
  if (!options.out) {
    out(content.trimEnd());
    return;
  }
  try {
    fs.writeFileSync(options.out, content);
  } catch (error) {
    throw new UsageError(`cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  out(`wrote ${summary} to ${options.out}`);
}

async function graphCommand(options: CliOptions, out: (s: string) => void): Promise<void> {
  const format = options.format || 'gexf';
  if (!['gexf', 'graphml', 'csv'].includes(format)) throw new UsageError(`--format must be gexf, graphml or csv, not "${format}"`);
  const { index } = await loadCorpus(options);
  if (options.centre && !index.matcher.group(options.centre)) throw new UsageError(`--centre: no group "${options.centre}" in the gazetteer`);
  const graph = buildGraph(index, { from: options.from, to: options.to, centre: options.centre, minCooccurrence: options.minCooccurrence ?? undefined, maxNodes: Number.MAX_SAFE_INTEGER, maxEdges: Number.MAX_SAFE_INTEGER });
  const content = format === 'graphml' ? graphToGraphml(graph) : format === 'csv' ? graphToCsv(graph) : graphToGexf(graph, `Source Lens corpus graph of ${options.folder}`);
  deliver(options, content, `${graph.nodes.length} nodes and ${graph.edges.length} edges`, out);
}

async function timelineCommand(options: CliOptions, out: (s: string) => void): Promise<void> {
  const format = options.format || (options.json ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json, not "${format}"`);
  const { index, root, readText } = await loadCorpus(options);
  const timeline = buildTimeline(index, { from: options.from, to: options.to, maxPoints: Number.MAX_SAFE_INTEGER });
  const name = (uri: string) => relativeTo(root, uri);
  let content: string;
  if (format === 'json') content = JSON.stringify({ root, ...timeline, documentNames: timeline.documents.map(name) }, null, 2) + '\n';
  else {
    // Points come document by document: one line index per document.
    let cached: { doc: number; lines: LineIndex } | undefined;
    const text = (i: number) => {
      const p = timeline.points[i];
      const source = readText(timeline.documents[p.doc]);
      if (source === undefined) return '';
      if (cached?.doc !== p.doc) cached = { doc: p.doc, lines: new LineIndex(source) };
      const lines = cached.lines;
      return collapseWhitespace(source.slice(lines.offsetAt(p.range.start), lines.offsetAt(p.range.end)));
    };
    content = timelineToCsv(timeline, name, text);
  }
  deliver(options, content, `${timeline.points.length} claims`, out);
}

/** Called by cli.ts once its command map exists. */
export function registerViewCommands(commands: Map<string, CommandHandler>): void {
  commands.set('graph', graphCommand);
  commands.set('timeline', timelineCommand);
}
