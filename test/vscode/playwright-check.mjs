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
  await page.locator('.tab.active', { hasText: fileName }).waitFor({ timeout: 10_000 });
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
    const line = /Ln (\d+)/.exec(await status.innerText())?.[1];
    if (line !== described[2]) throw new Error(`the editor is on line ${line}, the statement on line ${described[2]}`);
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
