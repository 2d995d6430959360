#!/usr/bin/env node
// The environment for every tool the scripts start (npm under Node 24, code-server, Chromium,
// apt-get, the Neovim probe): the caller's environment without what npm exported for its own
// script run, then exactly what the tool needs.
//
// Under `npm test` / `npm start`, npm exports npm_config_* (among them npm_config_user_agent with
// the *parent* Node's version, which code-server's postinstall trusts), npm_package_*,
// npm_lifecycle_*, INIT_CWD, NODE, COLOR, and puts node_modules/.bin and its node-gyp shim on PATH.
// A nested npm or a build inheriting them behaves differently from a user's plain run; so they go.
//
//   import { cleanEnv } from './clean-env.mjs';
//   spawn(cmd, args, { env: cleanEnv({ FOO: '1' }, { pathPrepend: [dir] }) });
// From any language (e.g. a TypeScript test):
//   node scripts/clean-env.mjs [NAME=VALUE…] -- command [args…]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NPM_RUN_VARIABLES = new Set(['INIT_CWD', 'NODE', 'COLOR']);
const isNpmVariable = (name) => /^npm_/i.test(name) || NPM_RUN_VARIABLES.has(name);
// PATH entries npm run-script adds: every ancestor's node_modules/.bin and npm's node-gyp shim.
const isNpmPathEntry = (dir) => /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir) || /[\\/]@npmcli[\\/]run-script[\\/]lib[\\/]node-gyp-bin[\\/]?$/.test(dir);

/**
 * A copy of `base` (default process.env) without npm's run-script variables and PATH entries,
 * with `pathPrepend` put in front of PATH and `set` applied last (undefined values delete).
 */
export function cleanEnv(set = {}, { pathPrepend = [], base = process.env } = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) if (!isNpmVariable(name) && value !== undefined) env[name] = value;
  const entries = (env.PATH ?? '').split(path.delimiter).filter((dir) => dir && !isNpmPathEntry(dir));
  env.PATH = [...pathPrepend, ...entries].join(path.delimiter);
  for (const [name, value] of Object.entries(set)) {
    if (value === undefined) delete env[name];
    else env[name] = String(value);
  }
  return env;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const dash = argv.indexOf('--');
  if (dash < 0 || dash === argv.length - 1) {
    console.error('usage: node scripts/clean-env.mjs [NAME=VALUE…] -- command [args…]');
    process.exit(2);
  }
  const set = Object.fromEntries(argv.slice(0, dash).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  const [command, ...args] = argv.slice(dash + 1);
  // A signal to this wrapper stops the command's whole process group too.
  const { installSignalHandlers, run } = await import('./processes.mjs');
  installSignalHandlers();
  process.exit(await run(command, args, { env: cleanEnv(set) }));
}
