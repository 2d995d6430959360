// The person-like check: drives the code-server workbench in headless Chromium with the keyboard
// and mouse, reads the hover widget, opens the Source Lens view, runs a palette command, and saves
// screenshots to docs/screenshots/. Each check is one test result { title, state, error?, durationMs }.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = path.join(root, 'docs', 'screenshots');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function quickOpenOnce(page, fileName) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(fileName);
  // Accept only once the first (selected) row is the file, not a stale "recently opened" entry.
  await page.locator('.quick-input-widget .monaco-list-row[data-index="0"]', { hasText: fileName }).waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.editor-group-container.active .tab.active', { hasText: fileName }).waitFor({ timeout: 10_000 });
  await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: 15_000 });
}

/** Ctrl+P, type the file name, Enter — as a person would; one retry for a lost keystroke. */
async function quickOpen(page, fileName) {
  try {
    await quickOpenOnce(page, fileName);
  } catch {
    await quickOpenOnce(page, fileName);
  }
}

/**
 * Puts the line holding `text` of a sample document on screen with Go to Line (Ctrl+G), as a
 * person would: long wrapped paragraphs can push it below the fold.
 */
async function revealLine(page, fileName, text) {
  const file = fs.readdirSync(path.join(root, 'samples', 'corpus')).find((f) => f === fileName);
  const content = file ? fs.readFileSync(path.join(root, 'samples', 'corpus', file), 'utf8') : '';
  const at = content.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in samples/corpus/${fileName}`);
  const line = content.slice(0, at).split('\n').length;
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line},`) }).first().waitFor({ timeout: 10_000 });
}

async function runPaletteCommand(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Screen point in the middle of the first occurrence of `text` in the visible editor lines. */
async function pointOf(page, text, offsetChars) {
  return page.evaluate(
    ({ text, offsetChars }) => {
      const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
      for (const line of lines) {
        // A sentence spans several token <span>s: search the line's whole text, then map back.
        const nodes = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
        const whole = nodes.map((n) => n.nodeValue).join('').replace(/\u00a0/g, ' ');
        const at = whole.indexOf(text);
        if (at < 0) continue;
        let target = at + Math.min(offsetChars ?? Math.floor(text.length / 2), text.length - 1);
        for (const node of nodes) {
          if (target < node.nodeValue.length) {
            const range = document.createRange();
            range.setStart(node, target);
            range.setEnd(node, target + 1);
            const box = range.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }
          target -= node.nodeValue.length;
        }
      }
      return null;
    },
    { text, offsetChars },
  );
}

/** Moves the mouse over `text` until a hover containing `expected` appears (retries while indexing). */
async function hoverUntil(page, text, expected, { offsetChars, timeoutMs = 45_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const point = await pointOf(page, text, offsetChars);
    if (!point) throw new Error(`"${text}" is not visible in the editor`);
    await page.mouse.move(5, 5);
    await sleep(200);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    try {
      const hover = page.locator('.monaco-hover', { hasText: expected }).first();
      await hover.waitFor({ state: 'visible', timeout: 4000 });
      return await hover.innerText();
    } catch {
      last = await page.locator('.monaco-hover').first().innerText({ timeout: 500 }).catch(() => '(no hover)');
    }
  }
  throw new Error(`no hover containing "${expected}" over "${text}" within ${timeoutMs / 1000} s; last hover: ${last.slice(0, 300)}`);
}

/** The frame of a Source Lens webview (code-server nests it in iframes) once its page has drawn: `#app[data-ready=true]` holding `#<id>`. */
async function viewFrame(page, id, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const ready = await frame.evaluate((id) => !!document.getElementById(id) && document.getElementById('app')?.dataset.ready === 'true', id).catch(() => false);
      if (ready) return frame;
    }
    await sleep(500);
  }
  throw new Error(`no Source Lens webview with #${id} became ready within ${timeoutMs / 1000} s`);
}

/** The editor the passage landed in: the active tab's file name and the cursor's line (1-based) from the status bar. */
async function landing(page) {
  const tab = (await page.locator('.editor-group-container.active .tab.active').first().innerText({ timeout: 10_000 })).replace(/\s+/g, '');
  const item = await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText({ timeout: 10_000 });
  return { tab, line: Number(/Ln (\d+)/.exec(item)[1]) };
}

/** Waits until the editor shows `fileName` with the cursor on `line` (1-based), or throws with what it shows. */
async function expectLanding(page, fileName, line, timeoutMs = 30_000) {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let last = null;
  let refocused = false;
  while (Date.now() < deadline) {
    last = await landing(page).catch(() => null);
    if (last && last.tab.includes(fileName) && last.line === line) return;
    // The passage may have opened beside the view while the view kept the keyboard focus (then the
    // status bar shows no line): a click on the document's tab, as a person would, focuses it
    // without moving its cursor. A wrong document or line still fails.
    if (!refocused && Date.now() - started > 3_000) {
      refocused = true;
      await page.locator('.tab.active', { hasText: fileName }).first().click({ timeout: 5_000 }).catch(() => {});
    }
    await sleep(300);
  }
  throw new Error(`expected ${fileName} at line ${line}; the editor shows ${JSON.stringify(last)}`);
}

/** 1-based line of the first line of a sample document holding `text`. */
function sampleLine(fileName, text) {
  const lines = fs.readFileSync(path.join(root, 'samples', 'corpus', fileName), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const index = lines.findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${fileName}`);
  return index + 1;
}

export async function playwrightCheck(page, { screenshots = SCREENSHOTS, log = console.log } = {}) {
  fs.mkdirSync(screenshots, { recursive: true });
  const results = [];
  const check = async (title, fn) => {
    const t = Date.now();
    try {
      await fn();
      results.push({ title: `Playwright: ${title}`, state: 'passed', durationMs: Date.now() - t });
      log(`  ✓ Playwright: ${title} (${Date.now() - t} ms)`);
    } catch (error) {
      const message = String(error?.message ?? error);
      results.push({ title: `Playwright: ${title}`, state: 'failed', durationMs: Date.now() - t, error: message });
      log(`  ✗ Playwright: ${title}\n      ${message.split('\n').join('\n      ')}`);
      await page.screenshot({ path: path.join(root, 'out', `failed-${title.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    }
  };

  await check('hover over a group name shows cross-references', async () => {
    await quickOpen(page, '2023-07-31-bajaur-rally-bombing.txt');
    const text = await hoverUntil(page, 'ISKP', 'Cross-references');
    if (!/Cross-references/.test(text)) throw new Error(`hover text: ${text}`);
    await page.screenshot({ path: path.join(screenshots, 'hover-group.png') });
  });

  await check('hover over a claim sentence shows the claim', async () => {
    await quickOpen(page, '2023-01-30-peshawar-police-lines-mosque-blast.txt');
    const text = await hoverUntil(page, 'least 59 people', /claim/i, { offsetChars: 7 });
    if (!/claim/i.test(text)) throw new Error(`hover text: ${text}`);
    await page.screenshot({ path: path.join(screenshots, 'hover-claim.png') });
  });

  await check('Source Lens view shows the Groups tree', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await runPaletteCommand(page, 'View: Show Source Lens');
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Groups' }) }).first();
    await pane.waitFor({ state: 'visible', timeout: 15_000 });
    await pane.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
    await sleep(500);
    await page.screenshot({ path: path.join(screenshots, 'groups-view.png') });
  });

  await check('hover over a person shows who they are and their statements elsewhere', async () => {
    await quickOpen(page, '2024-04-15-analysis-iskp-external-operations.md');
    // Her first mention sits in a statement with no conflicting figures, so the person card is the whole hover.
    await revealLine(page, '2024-04-15-analysis-iskp-external-operations.md', 'Lina Haidari');
    const text = await hoverUntil(page, 'Lina Haidari', 'Statements about groups elsewhere', { offsetChars: 3 });
    if (!/Lina Haidari \(person\)/.test(text)) throw new Error(`hover text: ${text}`);
    await page.screenshot({ path: path.join(screenshots, 'hover-person.png') });
  });

  await check('People view: expand a person and a group, click a statement, the editor lands on the passage', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await runPaletteCommand(page, 'Source Lens: Filter People…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('Azimi');
    await page.keyboard.press('Enter');
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'People' }) }).first();
    await pane.waitFor({ state: 'visible', timeout: 15_000 });
    const person = pane.locator('.monaco-list-row', { hasText: 'Farid Azimi' }).first();
    await person.waitFor({ state: 'visible', timeout: 30_000 });
    await person.click();
    const group = pane.locator('.monaco-list-row[aria-level="2"]').first();
    await group.waitFor({ state: 'visible', timeout: 15_000 });
    await group.click();
    const statement = pane.locator('.monaco-list-row[aria-level="3"]').first();
    await statement.waitFor({ state: 'visible', timeout: 15_000 });
    await sleep(500);
    await page.screenshot({ path: path.join(screenshots, 'people-view.png') });
    // The row's description: "date · document:line".
    const description = await statement.locator('.label-description').first().innerText();
    const described = /(?:^|· )([^·]+\.(?:txt|md)):(\d+)$/.exec(description.trim());
    if (!described) throw new Error(`the statement row names no document and line: ${description}`);
    await statement.click();
    await page.locator('.tab.active', { hasText: described[1] }).waitFor({ timeout: 15_000 });
    const status = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
    await status.waitFor({ timeout: 10_000 });
    // The document may already be open (an earlier check hovered in it): then its tab is active at
    // once and the cursor moves a moment later, so the line is read until it settles (10 s at most).
    let line;
    for (const started = Date.now(); Date.now() - started < 10_000; await sleep(200)) {
      line = /Ln (\d+)/.exec(await status.innerText())?.[1];
      if (line === described[2]) break;
    }
    if (line !== described[2]) throw new Error(`the editor is on line ${line}, the statement on line ${described[2]}`);
  });

  // The views need the room: no side bar from here on.
  await runPaletteCommand(page, 'View: Close Primary Side Bar').catch(() => {});

  await check('graph view: the hover link centres it; a click on a node shows its card, on an edge its passages, and a passage lands in the editor', async () => {
    await quickOpen(page, '2023-07-31-bajaur-rally-bombing.txt');
    await hoverUntil(page, 'ISKP', 'Centre graph on this group');
    await page.locator('.monaco-hover a', { hasText: 'Centre graph on this group' }).first().click();
    const frame = await viewFrame(page, 'graph');
    // The hover stays up until the mouse leaves it; it would cover the graph.
    await page.mouse.move(5, 5);
    await page.locator('.monaco-hover').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
    await frame.waitForFunction(() => document.getElementById('centre')?.value === 'iskp', null, { timeout: 30_000 });
    // The whole corpus, then a node: the TTP.
    await frame.locator('#centre').selectOption('');
    await frame.waitForFunction(() => document.getElementById('app').dataset.ready === 'true' && window.sourceLensGraph.nodes().length > 10, null, { timeout: 60_000 });
    // Centred first, as a person scrolls to what they click: wherever the layout puts it, the status line may cover it.
    const node = await frame.evaluate(() => { const g = window.sourceLensGraph; g.center(g.$id('ttp')); return g.$id('ttp').renderedPosition(); });
    await frame.locator('#graph').click({ position: node });
    await frame.locator('#details .card h2', { hasText: 'Tehrik-e-Taliban Pakistan' }).waitFor({ timeout: 30_000 });
    const documents = await frame.locator('#details .documents li').count();
    if (documents < 5) throw new Error(`the TTP card lists ${documents} documents`);
    // An edge: "Jamaat-ul-Ahrar rejoined the TTP", stated in the Peshawar mosque report. Centred on
    // Jamaat-ul-Ahrar first, as a person would to tell its links apart.
    await frame.locator('#centre').selectOption('jamaat-ul-ahrar');
    await frame.waitForFunction(() => document.getElementById('app').dataset.ready === 'true' && document.getElementById('centre').value === 'jamaat-ul-ahrar', null, { timeout: 60_000 });
    // Points of the edge that a click there selects, nearest its midpoint first: not under a node, nor
    // under another edge between the same two groups. The layout is random and a parallel edge is a
    // curve, so the points are found by asking the renderer over a grid across the edge's box.
    const edgePoints = await frame.evaluate(() => {
      const g = window.sourceLensGraph;
      const e = g.$id('relation|rejoined|jamaat-ul-ahrar|ttp');
      g.center(e);
      const m = e.midpoint();
      const box = e.boundingBox({ includeLabels: false, includeOverlays: false });
      const points = [m];
      for (let i = 0; i <= 24; i++) for (let j = 0; j <= 24; j++) points.push({ x: box.x1 + (box.w * i) / 24, y: box.y1 + (box.h * j) / 24 });
      const hits = points.filter((p) => g.renderer().findNearestElement(p.x, p.y, true, false) === e);
      hits.sort((a, b) => Math.hypot(a.x - m.x, a.y - m.y) - Math.hypot(b.x - m.x, b.y - m.y));
      const rendered = (p) => ({ x: p.x * g.zoom() + g.pan().x, y: p.y * g.zoom() + g.pan().y });
      const inView = (p) => p.x > 4 && p.y > 4 && p.x < g.width() - 4 && p.y < g.height() - 4;
      const clickable = hits.map(rendered).filter(inView);
      return (clickable.length ? clickable : [rendered(m)]).slice(0, 4);
    });
    // A person clicks again, a little along the line, when the first click caught something else.
    const edgeTitle = frame.locator('#details .edge h2', { hasText: 'rejoined' });
    for (const [i, point] of edgePoints.entries()) {
      await frame.locator('#graph').click({ position: point });
      const shown = await edgeTitle.waitFor({ timeout: i === edgePoints.length - 1 ? 30_000 : 8_000 }).then(() => true, () => false);
      if (shown) break;
      if (i === edgePoints.length - 1) throw new Error(`no click on the "rejoined" edge showed its passages (${edgePoints.length} points tried; the pane shows: ${(await frame.locator('#details').innerText()).slice(0, 200)})`);
      log(`    (a click on the "rejoined" edge at ${Math.round(point.x)},${Math.round(point.y)} showed something else; clicking further along it)`);
    }
    await page.screenshot({ path: path.join(screenshots, 'graph-view.png') });
    const fileName = '2023-01-30-peshawar-police-lines-mosque-blast.txt';
    await frame.locator('#details .passage', { hasText: fileName }).locator('button.open').first().click();
    await expectLanding(page, fileName, sampleLine(fileName, 'a faction that rejoined the TTP'));
    // And the node card's first document lands on the TTP's first mention there.
    const ttp = await frame.evaluate(() => { const g = window.sourceLensGraph; g.center(g.$id('ttp')); return g.$id('ttp').renderedPosition(); });
    await frame.locator('#graph').click({ position: ttp });
    await frame.locator('#details .card h2', { hasText: 'Tehrik-e-Taliban Pakistan' }).waitFor({ timeout: 30_000 });
    const first = await frame.locator('#details .documents button.open').first().innerText();
    const [, doc, line] = /^(?:corpus\/)?(.+):(\d+)$/.exec(first);
    await frame.locator('#details .documents button.open').first().click();
    await expectLanding(page, doc, Number(line));
  });

  await check('timeline view: a click on a point lands on its passage, tolls of one incident drawn as a range', async () => {
    await runPaletteCommand(page, 'Source Lens: Show Timeline');
    let frame = await viewFrame(page, 'timeline');
    // Every group (the view may have been left on one group's lane).
    if ((await frame.locator('#group').inputValue()) !== '') {
      await frame.locator('#group').selectOption('');
      frame = await viewFrame(page, 'timeline');
    }
    const fileName = '2023-01-30-peshawar-police-lines-mosque-blast.txt';
    const line = sampleLine(fileName, 'At least 59 people were killed');
    const point = frame.locator(`.point[data-document="corpus/${fileName}"][data-line="${line - 1}"]`).first();
    await point.scrollIntoViewIfNeeded();
    await point.click();
    await frame.locator('#details .point-details h2', { hasText: '59' }).waitFor({ timeout: 30_000 });
    await frame.locator('#point-snippet', { hasText: 'At least 59 people were killed' }).waitFor({ timeout: 30_000 });
    const incidents = await frame.locator('.incident').count();
    const differing = await frame.locator('.incident.differ').count();
    if (incidents < 5 || differing < 1) throw new Error(`${incidents} incidents drawn, ${differing} with differing figures`);
    await expectLanding(page, fileName, line);
    // The picture from its start: the incidents' ranges on top, then the lanes.
    await frame.evaluate(() => document.getElementById('timeline').scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshots, 'timeline-view.png') });
  });

  await check('palette "Source Lens: Rebuild Index" reports the indexed documents', async () => {
    await runPaletteCommand(page, 'Source Lens: Rebuild Index');
    const toast = page.locator('.notification-toast', { hasText: /Source Lens: indexed \d+ documents/ }).first();
    try {
      await toast.waitFor({ state: 'visible', timeout: 30_000 });
    } catch {
      const all = await page.locator('.notification-toast').allInnerTexts().catch(() => []);
      throw new Error(`no "Source Lens: indexed N documents" notification; notifications: ${JSON.stringify(all)}`);
    }
    const errors = await page.locator('.notification-toast', { has: page.locator('.codicon-error') }).allInnerTexts();
    if (errors.length) throw new Error(`error notification(s): ${JSON.stringify(errors)}`);
  });

  return results;
}
