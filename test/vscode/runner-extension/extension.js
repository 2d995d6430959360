// Test-only extension staged by test/vscode/run-code-server.mjs. When SOURCE_LENS_TEST_SUITE and
// SOURCE_LENS_TEST_RESULTS are set on the code-server process, it opens a sample document so that
// Source Lens activates, runs the bundled mocha suite inside this extension host and writes the
// results as JSON. Without those variables it does nothing.
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');

const TARGET_EXTENSION = 'source-lens.source-lens';
let started = false;

function write(file, data) {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file);
}

async function activate() {
  const suitePath = process.env.SOURCE_LENS_TEST_SUITE;
  const resultsFile = process.env.SOURCE_LENS_TEST_RESULTS;
  if (!suitePath || !resultsFile || started) return;
  // Only one window (extension host) should run the suite.
  if (fs.existsSync(resultsFile) || fs.existsSync(`${resultsFile}.lock`)) return;
  try { fs.writeFileSync(`${resultsFile}.lock`, String(process.pid), { flag: 'wx' }); } catch { return; }
  started = true;
  const t0 = Date.now();
  const results = [];
  let fatal;
  try {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    if (!folder) throw new Error('no workspace folder is open');
    const files = await vscode.workspace.findFiles('**/*.{txt,md}', '**/node_modules/**', 5);
    if (files.length === 0) throw new Error(`no .txt/.md file in ${folder.uri.fsPath}`);
    const doc = await vscode.workspace.openTextDocument(files[0]);
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(TARGET_EXTENSION);
    if (ext) {
      const deadline = Date.now() + 30000;
      while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    }
    const suite = require(path.resolve(suitePath));
    await suite.run((r) => results.push(r)).catch(() => { /* failures are in results */ });
  } catch (e) {
    fatal = String((e && e.stack) || e);
  }
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.filter((r) => r.state === 'failed').length + (fatal ? 1 : 0);
  write(resultsFile, { passed, failed, durationMs: Date.now() - t0, fatal, results, vscodeVersion: vscode.version });
}

module.exports = { activate, deactivate() {} };
