// cramp-kit.d.ts in a React 19 app: types the cramp-kit tags in JSX, with React's own HTML props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomElements } from 'cramp-kit/jsx';

type CrampTags = {
  [Tag in keyof CustomElements]: CustomElements[Tag] &
    DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CrampTags {}
  }
}
