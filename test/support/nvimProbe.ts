/**
 * Where the workspace's shared nvim-lsp-probe is: SOURCE_LENS_NVIM_PROBE when set; otherwise
 * `shared/tools/nvim-lsp-probe/run.sh` beside the checkout — beside this one, beside the main
 * checkout when this is a git worktree, then the same for the repository its `origin` remote names
 * when that is a local path, and so on up that chain. So a clone made elsewhere (of the workspace's
 * repository or of a worktree of it) still finds the probe.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './lspClient';

const PROBE_IN_SHARED = path.join('shared', 'tools', 'nvim-lsp-probe', 'run.sh');
const MAX_HOPS = 5;

export interface ProbeLookup {
  probe?: string;
  /** Every place looked at, in order (for the SKIPPED reason). */
  looked: string[];
}

function git(dir: string, ...args: string[]): string | undefined {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

/** The directory a remote URL names when it is on this machine (path or file://), else undefined. */
function localRemote(url: string, from: string): string | undefined {
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]+:/.test(url)) return undefined; // scheme://… or host:path
  return path.resolve(from, url);
}

/** The checkout itself and, for a worktree, the main checkout (the parent of the common .git). */
function checkouts(dir: string): string[] {
  const common = git(dir, 'rev-parse', '--path-format=absolute', '--git-common-dir');
  const main = common && (path.basename(common) === '.git' ? path.dirname(common) : common); // bare: itself
  return main && main !== dir ? [dir, main] : [dir];
}

export function findNvimProbe(repoRoot = REPO_ROOT, override = process.env.SOURCE_LENS_NVIM_PROBE): ProbeLookup {
  if (override) return { probe: fs.existsSync(override) ? override : undefined, looked: [`${override} (SOURCE_LENS_NVIM_PROBE)`] };
  const looked: string[] = [];
  const seen = new Set<string>();
  let dir: string | undefined = path.resolve(repoRoot);
  for (let hop = 0; dir && hop < MAX_HOPS && !seen.has(dir) && fs.existsSync(dir); hop++) {
    seen.add(dir);
    for (const checkout of checkouts(dir)) {
      const candidate = path.resolve(checkout, '..', PROBE_IN_SHARED);
      if (looked.includes(candidate)) continue;
      looked.push(candidate);
      if (fs.existsSync(candidate)) return { probe: candidate, looked };
    }
    const origin = git(dir, 'remote', 'get-url', 'origin');
    dir = origin ? localRemote(origin, dir) : undefined;
  }
  return { looked };
}
