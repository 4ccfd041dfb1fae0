/**
 * A real browser for the page tests: Debian's `chromium` on PATH, or the executable CHROMIUM_PATH
 * names, driven by puppeteer-core (which downloads no browser of its own). Without one the browser
 * tests cannot run; `chromiumUnavailableReason` says why, and under CI (CI=true, as .ci/run sets,
 * installing chromium when it is missing) that is a failure, not a silent skip.
 */
import { spawnSync } from 'node:child_process';

function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return spawnSync(configured, ['--version'], { stdio: 'ignore' }).status === 0 ? configured : null;
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim().split('\n')[0]! : null;
}

export const chromiumPath: string | null = findChromium();

/** Null when the browser tests can run here, else why not. */
export const chromiumUnavailableReason: string | null = chromiumPath
  ? null
  : process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not run`
    : 'no chromium on PATH and CHROMIUM_PATH is not set (apt-get install chromium, or point CHROMIUM_PATH at a Chromium)';
