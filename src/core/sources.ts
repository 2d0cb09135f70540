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

const QUOTED = /([«“"])([^«»“”"]+)([»”"])/g;

/**
 * A citation in the reader's language with its titles as published: where
 * the source is in another language (an English page cited in Spanish), each
 * quoted title is marked with that language, or the whole citation where it
 * quotes none (a paper, cited as published), so a screen reader says it with
 * the right voice (WCAG 3.1.2).
 */
export function citationOf(source: Source, lang: string): unknown {
  const text = source.citation;
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  if (primary(source.lang) === primary(lang)) return text;
  const titles = [...text.matchAll(QUOTED)];
  if (!titles.length) return html`<span lang=${source.lang}>${text}</span>`;
  const out: unknown[] = [];
  let last = 0;
  for (const m of titles) {
    out.push(text.slice(last, m.index + 1), html`<span lang=${source.lang}>${m[2]}</span>`, m[3]);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
