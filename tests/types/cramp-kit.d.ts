// cramp-kit.d.ts in a React 19 app: types the cramp-kit tags in JSX.
import type { CustomElements } from 'cramp-kit/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
