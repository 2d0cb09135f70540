/**
 * A web-test-runner command, `media`, that emulates CSS media features
 * (prefers-color-scheme, prefers-reduced-motion, forced-colors, ...) in
 * Chromium through the DevTools protocol, and the media type (`print`). Firefox over WebDriver BiDi has no
 * such emulation yet: the command answers `false` there, and tests then
 * check against what the browser really reports.
 */
export function mediaPlugin() {
  // Emulation lasts only as long as the DevTools session that set it.
  const sessions = new WeakMap();
  return {
    name: 'cramp-media-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol !== 'cdp') return false;
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: payload?.features ?? [],
      });
      return true;
    },
  };
}
