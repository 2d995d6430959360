// Test-only extension: code-server ignores --extensionTestsPath, so this extension plays that role.
// When SOURCE_LENS_TEST_SUITE (path of the bundled suite) is set on the code-server process, it
// opens a sample document, waits for Source Lens to activate, runs the suite and writes
// { passed, failed, tests, failures } to SOURCE_LENS_TEST_RESULTS. Otherwise it does nothing.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'source-lens.source-lens';

function write(file, results) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(file + '.tmp', file);
}

async function main(suitePath, resultsPath) {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Source Lens Tests');
  try {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    if (!folder) throw new Error('no workspace folder is open');
    const sample = vscode.Uri.joinPath(folder.uri, 'corpus', '2021-08-26-kabul-airport-gate-bombing.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sample));
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this code-server`);
    const deadline = Date.now() + 60000;
    while (!extension.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    if (!extension.isActive) await extension.activate();
    log.appendLine(`Source Lens active after ${Date.now() - started} ms; running ${suitePath}`);
    const suite = require(suitePath);
    let runError;
    try {
      await suite.run();
    } catch (error) {
      runError = error;
    }
    const results = suite.lastResults || { passed: 0, failed: 1, tests: [], failures: [] };
    if (runError && results.failed === 0) {
      results.failed = 1;
      results.failures.push({ title: 'suite', error: String(runError && runError.stack || runError) });
    }
    results.durationMs = Date.now() - started;
    write(resultsPath, results);
  } catch (error) {
    const message = String((error && error.stack) || error);
    log.appendLine(message);
    write(resultsPath, { passed: 0, failed: 1, tests: [], failures: [{ title: 'test runner', error: message }], durationMs: Date.now() - started });
  }
}

exports.activate = function activate() {
  const suitePath = process.env.SOURCE_LENS_TEST_SUITE;
  const resultsPath = process.env.SOURCE_LENS_TEST_RESULTS;
  if (!suitePath || !resultsPath) return;
  void main(suitePath, resultsPath);
};

exports.deactivate = function deactivate() {};
