/**
 * The graph view's panel: groups and their relations as a cytoscape.js graph (browser code in
 * browser/graph.ts). Clicking a node asks for its card, clicking an edge for the passages behind it;
 * both come from the server with the page's filters applied.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, EdgePassagesResponse, GraphQuery, GraphResponse, NodeCardResponse, Requests } from '../../../server/src/protocol';
import type { GraphHostMessage } from './messages';
import { ExportFormat, ViewPanel } from './viewPanel';

export const GRAPH_VIEW_TYPE = 'sourceLens.graph';

export class GraphPanel extends ViewPanel<GraphQuery, GraphHostMessage> {
  static current: GraphPanel | undefined;
  protected readonly exportFormats: ExportFormat[] = [
    { format: 'gexf', label: 'GEXF (Gephi)', extension: 'gexf' },
    { format: 'graphml', label: 'GraphML', extension: 'graphml' },
    { format: 'csv', label: 'CSV edge list', extension: 'csv' },
  ];
  protected readonly exportRequest = Requests.exportGraph;
  protected readonly exportName = 'graph';

  /** Shows the graph (creating the panel once), centred on `centre` when given. */
  static show(extensionUri: vscode.Uri, client: LanguageClient, centre?: string): GraphPanel {
    const current = GraphPanel.current;
    if (current) {
      if (centre !== undefined) current.centreOn(centre);
      current.reveal();
      return current;
    }
    const panel = ViewPanel.createPanel(GRAPH_VIEW_TYPE, 'Source Lens: Graph', extensionUri);
    return (GraphPanel.current = new GraphPanel(panel, client, extensionUri, centre ? { centre } : {}));
  }

  private constructor(panel: vscode.WebviewPanel, client: LanguageClient, extensionUri: vscode.Uri, query: GraphQuery) {
    super(panel, client, extensionUri, 'graph.js', 'Source Lens: Graph', query, () => (GraphPanel.current = undefined));
  }

  centreOn(groupId: string): void {
    this.query = { ...this.query, centre: groupId || null };
    void this.load();
  }

  protected async load(): Promise<void> {
    const query = this.query;
    const data = await this.client.sendRequest<GraphResponse | null>(Requests.graph, query);
    if (data) this.post({ type: 'graph', query, data });
    else this.post({ type: 'error', message: 'Source Lens: the graph could not be built (see the Source Lens output channel).' });
  }

  protected async handle(message: { type: string; [key: string]: unknown }): Promise<void> {
    if (message.type === 'node' && typeof message.groupId === 'string') {
      const card = await this.client.sendRequest<NodeCardResponse | null>(Requests.graphNode, { groupId: message.groupId, query: this.query });
      this.post({ type: 'node', card });
    } else if (message.type === 'edge' && typeof message.edgeId === 'string') {
      const passages = await this.client.sendRequest<EdgePassagesResponse | null>(Requests.graphEdge, { edgeId: message.edgeId, query: this.query });
      this.post({ type: 'edge', passages });
    } else if (message.type === 'timeline' && typeof message.groupId === 'string') {
      await vscode.commands.executeCommand(Commands.showTimeline, message.groupId);
    }
  }
}
