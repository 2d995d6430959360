import { CorpusWorkspace } from '../corpusWorkspace';
import { SharedIndex } from '../sharedIndex';

/** What every feature needs: the corpus and what the client can do. */
export interface FeatureContext {
  workspace: CorpusWorkspace;
  /** The team's shared index (inactive unless sourceLens.sharedIndex.url is set). */
  shared?: SharedIndex;
  client: {
    /** Hovers may link to the extension's own commands (VS Code client). */
    commandLinks: boolean;
    /** The client opens `source-lens-gazetteer:` documents. */
    gazetteerDocuments: boolean;
    hierarchicalDocumentSymbols: boolean;
  };
  /** Writes a line to the client's output channel. */
  log?: (message: string) => void;
  /**
   * Resolves when no request is being answered and none has been for a moment (at the latest after
   * a bounded wait): background work awaits it between its slices. Without it, a turn of the event loop.
   */
  quiet?: () => Promise<void>;
}
