/**
 * Runs every test in each browser engine: Chromium and Firefox side by side
 * (with coverage, from Chromium), then WebKit on its own (all three at once
 * on two cores timed out the heaviest tests). Ends with one line adding them
 * up, `N passed, N failed`, which CI reads.
 *
 * BROWSERS picks the engines (default: chromium,firefox,webkit). When WebKit
 * was not asked for by name and its driver is missing (no webkit2gtk-driver),
 * it is left out with a message saying how to add it; asked for by name, a
 * missing driver is a failure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const asked = process.env.BROWSERS;
const engines = (asked || 'chromium,firefox,webkit')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const driver = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const extra = process.argv.slice(2);

const runs = [];
const together = engines.filter((e) => e !== 'webkit');
if (together.length) runs.push({ browsers: together, args: together.includes('chromium') ? ['--coverage'] : [] });
if (engines.includes('webkit')) {
  const xvfb = (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/Xvfb`));
  if ((existsSync(driver) && xvfb) || asked) runs.push({ browsers: ['webkit'], args: [] });
  else
    console.log(
      `WebKit left out: ${existsSync(driver) ? 'Xvfb' : driver} not found. Install webkit2gtk-driver and xvfb (Debian), or set BROWSERS.`,
    );
}

const totals = { passed: 0, failed: 0 };
let status = 0;
for (const { browsers, args } of runs) {
  let last = '';
  let pending = '';
  const code = await new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...args, ...extra], {
      env: { ...process.env, BROWSERS: browsers.join(',') },
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    // Whole lines only: a count split across two chunks must not be misread.
    const read = (line) => {
      if (/^\d+ passed, \d+ failed/.test(line)) last = line;
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(read);
    });
    child.on('close', (exit) => {
      read(pending);
      resolve(exit);
    });
  });
  const [, passed = '0', failed = '0'] = /^(\d+) passed, (\d+) failed/.exec(last) ?? [];
  totals.passed += Number(passed);
  // A run that ended badly without a count (a browser that would not start) counts as a failure.
  totals.failed += Number(failed) + (code !== 0 && !last ? 1 : 0);
  if (code !== 0) status = 1;
}
console.log(`${String(totals.passed)} passed, ${String(totals.failed)} failed`);
process.exit(status);
