/**
 * WebKit for web-test-runner, from Debian's packages: `WebKitWebDriver`
 * (webkit2gtk-driver) drives MiniBrowser, which needs a display, so the
 * launcher starts `Xvfb` on a free display and stops both when the run ends.
 *
 * The stock WebDriver launcher (@web/test-runner-webdriver 0.9) cannot set the
 * viewport or hold a key down. This one speaks to web-test-runner's commands
 * as a puppeteer launcher would (`type: 'puppeteer'` with a small `getPage()`),
 * and does each through WebDriver: the window is sized so that the page gets
 * the width asked for, and keys go through WebDriver actions, whose state
 * (a held Control) lasts between calls. Media emulation is not there: the
 * `media` command answers false, as it does in Firefox.
 *
 * MiniBrowser's toolbar keeps its window at least 447 px wide; a GTK
 * stylesheet in the driver's own XDG_CONFIG_HOME lets it shrink to a phone's.
 * Set WEBKIT_DRIVER_PATH to use another WebKitWebDriver.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** WebDriver's codes for the keys the tests press. */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Backspace: '\uE003',
  Meta: '\uE03D',
  Space: ' ',
};
const code = (key) => KEYS[key] ?? key;

/** Lets the toolbar, and so the window, shrink below 447 px. */
const GTK_CSS = '* { min-width: 0; }\nentry, button, headerbar, toolbar { min-width: 0; padding-left: 0; padding-right: 0; }\n';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once something listens on the port (the driver), or rejects after `ms`. */
async function listening(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await globalThis.fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/** The first display number with no X server on it. */
function freeDisplay() {
  for (let n = 99; n < 200; n += 1) if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('no free X display between :99 and :199');
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(driverPath) {
    super({ hostname: '127.0.0.1', port: 0, capabilities: { browserName: 'MiniBrowser' } });
    this.driverPath = driverPath;
    this.children = [];
  }

  async initialize(config) {
    // Whatever happens, nothing this launcher started outlives the run.
    process.once('exit', () => {
      for (const child of this.children) child.kill();
    });
    try {
      await this.start(config);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async start(config) {
    const display = freeDisplay();
    const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    this.children.push(xvfb);
    const xvfbFailed = new Promise((resolve, reject) => {
      xvfb.once('error', (error) => reject(new Error(`WebKit: could not start Xvfb (${error.message}); install the xvfb package.`)));
      xvfb.once('exit', (status) => reject(new Error(`WebKit: Xvfb on :${display} exited (${String(status)}); is the display taken?`)));
    });
    xvfbFailed.catch(() => undefined);
    this.home = await mkdtemp(join(tmpdir(), 'cramp-webkit-'));
    await mkdir(join(this.home, 'gtk-3.0'), { recursive: true });
    await writeFile(join(this.home, 'gtk-3.0', 'gtk.css'), GTK_CSS);
    const port = await freePort();
    await Promise.race([
      (async () => {
        for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${display}`); i += 1) await sleep(100);
      })(),
      xvfbFailed,
    ]);
    const driver = spawn(this.driverPath, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: `:${display}`, XDG_CONFIG_HOME: this.home, GTK_THEME: 'Adwaita' },
    });
    this.children.push(driver);
    const driverFailed = new Promise((resolve, reject) => {
      driver.once('error', (error) =>
        reject(new Error(`WebKit: could not start ${this.driverPath} (${error.message}); install webkit2gtk-driver.`)),
      );
    });
    await Promise.race([listening(port, 15000), driverFailed, xvfbFailed]);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { args: ['--automation'] },
      },
    };
    await super.initialize(config);
    this.name = 'WebKit';
    // web-test-runner's commands (viewport, keys) reach this launcher as they reach puppeteer's.
    this.type = 'puppeteer';
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) {
      child.removeAllListeners('exit');
      child.kill();
    }
    this.children = [];
    if (this.home) await rm(this.home, { recursive: true, force: true });
  }

  /**
   * Enough of a puppeteer page for web-test-runner's viewport, key and mouse
   * commands, done through WebDriver (one page: the config runs one file at a
   * time). Commands that need more of puppeteer (media emulation, user agent,
   * accessibility snapshots) are not offered.
   */
  getPage() {
    const keys = (actions) => this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    const driver = () => this.driver;
    const launcher = { pointer: (actions) => this.driver.performActions([{ type: 'pointer', id: 'mouse', actions }]) };
    return {
      browser: () => ({ protocol: 'webdriver' }),
      async setViewport({ width, height }) {
        // The window is larger than the page by its frame and toolbar: size it so the page is as asked.
        let inner = [0, 0];
        for (let i = 0; i < 4; i += 1) {
          let outer;
          [inner, outer] = await driver().execute('return [[innerWidth, innerHeight], [outerWidth, outerHeight]]');
          if (inner[0] === width && inner[1] === height) return true;
          // Mid-resize the window may report an outer size below the inner one (seen once: a negative size was refused):
          // then no frame is counted, and the next round measures again.
          const frame = (o, n) => (Number.isFinite(o - n) && o >= n ? o - n : 0);
          await driver().setWindowSize(width + frame(outer[0], inner[0]), height + frame(outer[1], inner[1]));
        }
        // A test that asked for a phone's width must not pass at a desktop's.
        throw new Error(`WebKit: asked for a ${width}x${height} viewport, got ${inner[0]}x${inner[1]}`);
      },
      mouse: {
        move: (x, y) => launcher.pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }]),
        down: () => launcher.pointer([{ type: 'pointerDown', button: 0 }]),
        up: () => launcher.pointer([{ type: 'pointerUp', button: 0 }]),
        click: (x, y) =>
          launcher.pointer([
            { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ]),
      },
      keyboard: {
        press: (key) =>
          keys([
            { type: 'keyDown', value: code(key) },
            { type: 'keyUp', value: code(key) },
          ]),
        down: (key) => keys([{ type: 'keyDown', value: code(key) }]),
        up: (key) => keys([{ type: 'keyUp', value: code(key) }]),
        type: (text) =>
          keys(
            [...text].flatMap((c) => [
              { type: 'keyDown', value: c },
              { type: 'keyUp', value: c },
            ]),
          ),
      },
    };
  }
}

export function webkitLauncher({ driverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver' } = {}) {
  return new WebKitLauncher(driverPath);
}
