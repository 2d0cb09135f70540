import { html, type TemplateResult } from 'lit';
import type { ContentPack, SourceId } from '../content/index.js';

/** "Sources: NHS, Mayo Clinic", each named once, linked only to https addresses. */
export function sourcesLine(pack: ContentPack, ids: readonly SourceId[]): TemplateResult {
  return html`<p part="sources" class="sources muted">
    ${pack.sourcesLabel}
    ${[...new Set(ids)].map((id, i) => {
      const source = pack.sources[id];
      const name = source.url?.startsWith('https://') ? html`<a href=${source.url}>${source.name}</a>` : source.name;
      return html`${i ? pack.listSeparator : ''}<cite>${name}</cite>`;
    })}
  </p>`;
}
