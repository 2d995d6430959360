import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CorpusWorkspace } from '../../server/src/corpusWorkspace';

/**
 * A `CorpusWorkspace` over `folder`, indexed in this process with `workers` analysis workers ("0":
 * none, the analysis on this thread) and a fresh cache folder; the variable is restored after.
 */
export async function indexedWorkspace(folder: string, workers: string): Promise<CorpusWorkspace> {
  const previous = process.env.SOURCE_LENS_ANALYSIS_WORKERS;
  process.env.SOURCE_LENS_ANALYSIS_WORKERS = workers;
  try {
    const ws = new CorpusWorkspace({ info() {}, warn() {} });
    ws.folders = [folder];
    ws.storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-ws-'));
    ws.reloadGazetteer();
    await ws.indexAll({ begin() {}, report() {}, end() {}, isCancelled: () => false });
    return ws;
  } finally {
    if (previous === undefined) delete process.env.SOURCE_LENS_ANALYSIS_WORKERS;
    else process.env.SOURCE_LENS_ANALYSIS_WORKERS = previous;
  }
}
