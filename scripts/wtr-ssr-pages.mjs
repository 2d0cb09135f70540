import { readFile } from 'node:fs/promises';
import { URLSearchParams } from 'node:url';

/**
 * Serves pages prerendered by cramp-kit/ssr (the build, dist/ssr.js) to the
 * browser tests: `/__ssr/page.html` is tests/fixtures/ssr-page.html, rendered
 * on the server. `?script=/dist/cdn/cramp-kit.js` (repeatable) adds module
 * scripts before </body>: the build that takes the page over. Where scripts
 * run, the page records its errors and console messages in `window.crampLog`.
 */
const LOG = `<script>window.crampLog=[];addEventListener('error',function(e){crampLog.push('error: '+e.message)});addEventListener('unhandledrejection',function(e){crampLog.push('rejection: '+(e.reason&&e.reason.message||e.reason))});['error','warn'].forEach(function(k){var f=console[k];console[k]=function(){crampLog.push(k+': '+[].join.call(arguments,' '));return f.apply(console,arguments)}})</script>`;

export function ssrPagesPlugin() {
  return {
    name: 'cramp-ssr-pages',
    async serve(context) {
      const match = /^\/__ssr\/([\w-]+)\.html$/.exec(context.path);
      if (!match) return undefined;
      const { prerender } = await import(`../dist/ssr.js?t=${Date.now()}`);
      let html = await prerender(await readFile(new URL(`../tests/fixtures/${match[1]}.html`, import.meta.url), 'utf8'));
      const query = new URLSearchParams(context.querystring);
      const scripts = query.getAll('script').filter((src) => /^\/dist\/[\w/.-]+\.js$/.test(src));
      // ?stamp=0.0.0: as if another version of cramp-kit had rendered the page.
      const as = query.get('stamp');
      if (as && /^[\w.-]+$/.test(as)) html = html.replace(/<!--cramp-kit \S+ /g, `<!--cramp-kit ${as} `);
      html = html.replace('<head>', `<head>${LOG}`);
      html = html.replace('</body>', `${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</body>`);
      return { body: html, type: 'html' };
    },
  };
}
