// cramp-kit.d.ts in a Solid app: types the cramp-kit tags in JSX.
import type { CustomElements } from 'cramp-kit/solid';

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
