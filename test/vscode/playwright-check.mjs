#!/usr/bin/env node
// Drives code-server in headless Chromium like a person: quick-open a sample, hover a group name,
// read the hover, look for Source Lens commands in the palette, take screenshots (docs/screenshots/).
// Standalone: starts its own code-server session. From run-code-server.mjs --playwright: reuses its page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, startCodeServer } from './code-server-session.mjs';

const SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');
const isMac = process.platform === 'darwin';

async function quickOpen(page, fileName) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press(isMac ? 'Meta+P' : 'Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${fileName}"], .tab:has-text("${fileName}")`).first().waitFor({ timeout: 15_000 });
}

async function hoverWord(page, word) {
  const span = page.locator('.monaco-editor .view-line span', { hasText: word }).first();
  await span.waitFor({ timeout: 15_000 });
  // Hover the word itself, not the start of a longer span: compute its offset within the span.
  const box = await span.evaluate((el, w) => {
    const text = el.textContent || '';
    const i = text.indexOf(w);
    const node = el.firstChild && el.firstChild.nodeType === 3 ? el.firstChild : el.querySelector('*')?.firstChild;
    const range = document.createRange();
    if (node && i >= 0) { range.setStart(node, i); range.setEnd(node, Math.min(i + w.length, node.textContent.length)); }
    else range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.x + Math.min(r.width / 2, 12), y: r.y + r.height / 2 };
  }, word);
  await page.mouse.move(box.x - 40, box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 5 });
}

/** Each check: [name, async fn(page)] — add more (hover-claim.png, groups-view.png) here. */
const CHECKS = [
  ['quick open a sample document', async (page) => {
    await quickOpen(page, '2021-08-26-kabul-airport-gate-bombing.txt');
  }],
  ['hover a group name shows Cross-references (hover-group.png)', async (page) => {
    const deadline = Date.now() + 45_000;
    let text = '';
    while (Date.now() < deadline) {
      await hoverWord(page, 'ISIS-K');
      try {
        await page.locator('.monaco-hover').filter({ hasText: 'Cross-references' }).first().waitFor({ state: 'visible', timeout: 5_000 });
        text = await page.locator('.monaco-hover').filter({ hasText: 'Cross-references' }).first().innerText();
        break;
      } catch {
        text = await page.locator('.monaco-hover').first().innerText().catch(() => '');
        await page.mouse.move(5, 5);
      }
    }
    if (!/Cross-references/.test(text)) throw new Error(`hover did not show Cross-references; last hover text: ${JSON.stringify(text.slice(0, 300))}`);
    if (!/Khorasan/i.test(text)) throw new Error(`hover lacks the canonical name: ${JSON.stringify(text.slice(0, 300))}`);
    await page.screenshot({ path: path.join(SHOTS, 'hover-group.png') });
    await page.mouse.move(5, 5);
  }],
  ['command palette lists Source Lens commands and runs Rebuild Index', async (page) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>Source Lens: ');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ timeout: 10_000 });
    const labels = await rows.allInnerTexts();
    const ours = labels.filter((l) => /Source Lens:/.test(l));
    if (ours.length === 0) throw new Error(`no "Source Lens:" command in the palette; rows: ${labels.slice(0, 10).join(' | ')}`);
    const rebuild = rows.filter({ hasText: 'Source Lens: Rebuild Index' }).first();
    if (await rebuild.count()) {
      await rebuild.click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    } else {
      await page.keyboard.press('Escape');
    }
  }],
];

export async function runPlaywrightCheck(session, page) {
  fs.mkdirSync(SHOTS, { recursive: true });
  let passed = 0;
  let failed = 0;
  console.log('\nPlaywright (as a person would):');
  for (const [name, fn] of CHECKS) {
    const t = Date.now();
    try {
      await fn(page);
      passed++;
      console.log(`  PASS ${name} (${Date.now() - t} ms)`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${name} (${Date.now() - t} ms)\n       ${String(e.message).split('\n').slice(0, 6).join('\n       ')}`);
      await page.screenshot({ path: path.join(session.workDir, `failed-${passed + failed}.png`) }).catch(() => {});
    }
  }
  return { passed, failed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let session;
  let code = 1;
  try {
    session = await startCodeServer();
    const page = await session.openBrowser();
    const { passed, failed } = await runPlaywrightCheck(session, page);
    if (failed) console.log(`(failure screenshots in ${session.workDir})`);
    console.log(`\n${passed} passed, ${failed} failed`);
    code = failed > 0 ? 1 : 0;
  } catch (e) {
    console.error(`playwright-check: ${e.stack || e.message}`);
    console.log('0 passed, 1 failed');
  } finally {
    if (session) await session.stop();
  }
  process.exit(code);
}
