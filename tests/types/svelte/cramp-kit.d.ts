// src/cramp-kit.d.ts in a Svelte 5 app: type-checks the cramp-kit tags (svelte-check).
import type { CustomElements } from 'cramp-kit/svelte';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}
