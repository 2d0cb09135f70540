/**
 * A reader who prefers dark, in any engine. Chromium can emulate the preference (`emulateMedia`);
 * Firefox and WebKit, driven here, cannot. So this does to a document's styles what a browser does
 * when `prefers-color-scheme: dark` matches:
 *
 * - every `@media (prefers-color-scheme: dark)` rule applies (its media becomes `all`), and every
 *   `@media (prefers-color-scheme: light)` rule stops applying (`not all`);
 * - every `color-scheme` that offers dark beside light (`light dark`, `dark light`) becomes `dark`:
 *   the browser paints such an element in its dark scheme for a reader who prefers dark, so
 *   `light-dark()`, the system colours (Canvas, CanvasText) and form controls turn dark with it.
 *   `color-scheme: light`, `only light` and `normal` stay light, as they do in a browser.
 *
 * It reaches the document's style sheets (and the sheets they import), its adopted sheets, inline
 * `style` attributes and `<meta name="color-scheme">`, and the same in every open shadow root
 * (adopted sheets and `<style>`), then ends the colour transitions that this starts, as a page
 * that loads dark has none. Not simulated: what a script reads from `matchMedia()`, `<picture>`
 * sources and images' own media queries, closed shadow roots, and styles added after it runs. A
 * media query it cannot evaluate (the feature inside a longer condition) throws, naming it.
 *
 * @param undo - collects a function per change that puts it back (for sheets shared with later tests).
 * @returns how many media rules and `color-scheme` declarations it changed.
 */
export function preferDark(doc: Document, undo: (() => void)[] = []): number {
  const seen = new Set<CSSStyleSheet>();
  let changed = 0;

  const scheme = (style: CSSStyleDeclaration): void => {
    const value = style.getPropertyValue('color-scheme').trim().split(/\s+/);
    if (value.includes('dark') && value.includes('light')) {
      const [before, priority] = [style.getPropertyValue('color-scheme'), style.getPropertyPriority('color-scheme')];
      style.setProperty('color-scheme', value.includes('only') ? 'only dark' : 'dark', priority);
      undo.push(() => {
        style.setProperty('color-scheme', before, priority);
      });
      changed++;
    }
  };

  const media = (list: MediaList): void => {
    const queries = [...list];
    if (!queries.some((q) => q.includes('prefers-color-scheme'))) return;
    const before = list.mediaText;
    undo.push(() => (list.mediaText = before));
    list.mediaText = queries
      .map((q) => {
        if (!q.includes('prefers-color-scheme')) return q;
        const value = /^\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)$/.exec(q.trim())?.[1];
        if (!value) throw new Error(`preferDark cannot evaluate the media query "${q}"`);
        return value === 'dark' ? 'all' : 'not all';
      })
      .join(', ');
    changed++;
  };

  const rules = (list: CSSRuleList): void => {
    for (const rule of list) {
      // Duck-typed: the rules come from the page's window (a frame), where this window's classes do not match.
      if ('media' in rule) media(rule.media as MediaList);
      if ('styleSheet' in rule && rule.styleSheet) sheet(rule.styleSheet as CSSStyleSheet);
      if ('style' in rule) scheme(rule.style as CSSStyleDeclaration);
      if ('cssRules' in rule) rules(rule.cssRules as CSSRuleList);
    }
  };

  const sheet = (s: CSSStyleSheet): void => {
    if (seen.has(s)) return;
    seen.add(s);
    rules(s.cssRules);
  };

  const root = (r: Document | ShadowRoot): void => {
    for (const s of [...r.styleSheets, ...r.adoptedStyleSheets]) sheet(s);
    for (const el of r.querySelectorAll('*')) {
      if ('style' in el && el.getAttribute('style')?.includes('color-scheme')) scheme(el.style as CSSStyleDeclaration);
      if (el.shadowRoot) root(el.shadowRoot);
    }
  };

  root(doc);
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="color-scheme"]')) {
    const value = meta.content.trim().split(/\s+/);
    if (value.includes('dark') && value.includes('light')) {
      const before = meta.content;
      undo.push(() => (meta.content = before));
      meta.content = 'dark';
      changed++;
    }
  }
  // getAnimations() brings the styles up to date first, so the transitions just started are among them.
  for (const animation of doc.getAnimations()) if ('transitionProperty' in animation) animation.finish();
  return changed;
}
