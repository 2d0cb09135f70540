// cramp-kit.d.ts in a Solid app: types the cramp-kit tags in JSX, with Solid's own HTML attributes.
import type { JSX } from 'solid-js';
import type { CustomElements } from 'cramp-kit/solid';

type CrampTags = { [Tag in keyof CustomElements]: CustomElements[Tag] & JSX.HTMLAttributes<HTMLElementTagNameMap[Tag]> };

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CrampTags {}
  }
}
