/**
 * `npm run screenshot` (after `npm run build` and `npm run docs`): the
 * picture of the guide in the README, docs/assets/guide.png, taken from the
 * built site's demo page with the system's Chromium (CHROME_PATH).
 */
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';

const root = new URL('..', import.meta.url).pathname;
const server = await startDevServer({
  config: { rootDir: `${root}site`, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1100, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${String(server.config.port)}/elements/cramp-guide/`, { waitUntil: 'networkidle0' });
  const guide = await page.waitForSelector('.example cramp-guide');
  await guide.evaluate((el) => el.updateComplete);
  await guide.screenshot({ path: `${root}docs/assets/guide.png`, clip: { x: 0, y: 0, width: 800, height: 1000 } });
  console.log('docs/assets/guide.png written');
} finally {
  await browser.close();
  await server.stop();
}
