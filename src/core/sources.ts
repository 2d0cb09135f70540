import { html, type TemplateResult } from 'lit';
import type { ContentPack, Source, SourceId } from '../content/index.js';

/**
 * A link to a source's page (https only), opened without telling the page
 * who sent the reader; else the text alone.
 */
export function sourceLink(source: Source, text: unknown): unknown {
  return source.url?.startsWith('https://')
    ? html`<a href=${source.url} rel="noopener noreferrer" referrerpolicy="no-referrer">${text}</a>`
    : text;
}

/** "Sources: NHS, Mayo Clinic", each named once, each linked where it has a page. */
export function sourcesLine(pack: ContentPack, ids: readonly SourceId[]): TemplateResult {
  return html`<p part="sources" class="sources muted">
    ${pack.sourcesLabel}
    ${[...new Set(ids)].map((id, i) => {
      const source = pack.sources[id];
      return html`${i ? pack.listSeparator : ''}<cite>${sourceLink(source, source.name)}</cite>`;
    })}
  </p>`;
}
