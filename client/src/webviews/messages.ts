/**
 * Messages between the extension and its webviews (graph, timeline). Types only: the browser
 * bundles import them with `import type`, so no extension code reaches a webview.
 */
import type { EdgePassagesResponse, GraphQuery, GraphResponse, NodeCardResponse, TimelineQuery, TimelineResponse, WireRange } from '../../../server/src/protocol';

/** A webview asks the extension to open a passage in the editor. */
export interface OpenPassageMessage {
  type: 'openPassage';
  uri: string;
  range: WireRange;
}

export type GraphViewMessage =
  | { type: 'ready' }
  | { type: 'query'; query: GraphQuery }
  | { type: 'node'; groupId: string }
  | { type: 'edge'; edgeId: string }
  | { type: 'export'; format: 'gexf' | 'graphml' | 'csv' }
  | { type: 'timeline'; groupId: string }
  | OpenPassageMessage;

export type GraphHostMessage =
  | { type: 'graph'; query: GraphQuery; data: GraphResponse }
  | { type: 'node'; card: NodeCardResponse | null }
  | { type: 'edge'; passages: EdgePassagesResponse | null }
  | { type: 'indexChanged' }
  | { type: 'error'; message: string };

export type TimelineViewMessage =
  | { type: 'ready' }
  | { type: 'query'; query: TimelineQuery }
  | { type: 'passage'; uri: string; range: WireRange; pointId: string }
  | { type: 'export'; format: 'csv' | 'json' }
  | OpenPassageMessage;

export type TimelineHostMessage =
  | { type: 'timeline'; query: TimelineQuery; data: TimelineResponse }
  | { type: 'passage'; pointId: string; snippet: string | null }
  | { type: 'indexChanged' }
  | { type: 'error'; message: string };
