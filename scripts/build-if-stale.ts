/**
 * For the scripts that read the built site (npm run figures, facts,
 * registry:update): builds it first when dist/ is missing or older than its
 * sources (tests/support/dist-stamp.mjs), and exits when that build fails,
 * so none of them reads a site that does not match the sources.
 */
import { spawnSync } from 'node:child_process';
import { distProblem, distState } from '../tests/support/dist-stamp.mjs';

interface Options {
  /** The script's name, which starts each line it prints. */
  readonly name: string;
  /** Why it needs the build, after "building first, " (optional). */
  readonly why?: string;
  /** What did not happen, after "the build failed (see above); " (optional). */
  readonly unwritten?: string;
  /** Show the build's own output, or only its errors. */
  readonly output: 'all' | 'errors';
}

export function buildIfStale(root: string, dist: string, { name, why, unwritten, output }: Options): void {
  const problem = distProblem(distState(root, dist));
  if (!problem) return;
  console.log(`${name}: ${problem.replace(/: run npm run build/, '')}; building first${why ? `, ${why}` : ''}`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: output === 'all' ? 'inherit' : ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error(`${name}: the build failed (see above)${unwritten ? `; ${unwritten}` : ''}.`);
    process.exit(1);
  }
}
