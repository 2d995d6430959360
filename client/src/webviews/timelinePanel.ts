/**
 * The timeline view's panel: claims on their dates in a lane per group (browser code in
 * browser/timeline.ts). Clicking a point opens its passage; the page asks for the passage's text to
 * show it beside the timeline.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, TimelineQuery, TimelineResponse } from '../../../server/src/protocol';
import type { TimelineHostMessage } from './messages';
import { passageTarget } from './webviewHtml';
import { ExportFormat, ViewPanel } from './viewPanel';

export const TIMELINE_VIEW_TYPE = 'sourceLens.timeline';

export class TimelinePanel extends ViewPanel<TimelineQuery, TimelineHostMessage> {
  static current: TimelinePanel | undefined;
  protected readonly exportFormats: ExportFormat[] = [
    { format: 'csv', label: 'CSV', extension: 'csv' },
    { format: 'json', label: 'JSON', extension: 'json' },
  ];
  protected readonly exportRequest = Requests.exportTimeline;
  protected readonly exportName = 'timeline';

  /** Shows the timeline (creating the panel once), on one group's lane when given. */
  static show(extensionUri: vscode.Uri, client: LanguageClient, groupId?: string): TimelinePanel {
    const current = TimelinePanel.current;
    if (current) {
      if (groupId !== undefined) current.showGroup(groupId);
      current.reveal();
      return current;
    }
    const panel = ViewPanel.createPanel(TIMELINE_VIEW_TYPE, 'Source Lens: Timeline', extensionUri);
    return (TimelinePanel.current = new TimelinePanel(panel, client, extensionUri, groupId ? { groups: [groupId] } : {}));
  }

  private constructor(panel: vscode.WebviewPanel, client: LanguageClient, extensionUri: vscode.Uri, query: TimelineQuery) {
    super(panel, client, extensionUri, 'timeline.js', 'Source Lens: Timeline', query, () => (TimelinePanel.current = undefined));
  }

  showGroup(groupId: string): void {
    this.query = { ...this.query, groups: groupId ? [groupId] : undefined };
    void this.load();
  }

  protected async load(): Promise<void> {
    const query = this.query;
    const data = await this.client.sendRequest<TimelineResponse | null>(Requests.timeline, query);
    if (data) this.post({ type: 'timeline', query, data });
    else this.post({ type: 'error', message: 'Source Lens: the timeline could not be built (see the Source Lens output channel).' });
  }

  protected async handle(message: { type: string; [key: string]: unknown }): Promise<void> {
    if (message.type === 'passage' && typeof message.pointId === 'string') {
      const target = passageTarget(message);
      if (!target) return;
      const answer = await this.client.sendRequest<{ snippet: string } | null>(Requests.passage, { uri: message.uri, range: message.range });
      this.post({ type: 'passage', pointId: message.pointId, snippet: answer?.snippet ?? null });
    }
  }
}
