// src/cramp-kit.d.ts in a Svelte 5 app: types the cramp-kit tags (svelte-check), with Svelte's own HTML attributes.
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from 'cramp-kit/svelte';

type CrampTags = { [Tag in keyof CustomElements]: CustomElements[Tag] & HTMLAttributes<HTMLElementTagNameMap[Tag]> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CrampTags {}
}
