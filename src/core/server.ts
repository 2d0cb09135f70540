import { isServer, nothing } from 'lit';

/**
 * A property binding's value that also renders right on the server. Lit's
 * server renderer writes some properties as attributes, `false` included:
 * `.checked=${false}` would come out as `checked="false"`, a ticked box, and
 * `.hidden=${false}` as a hidden panel. There, `false` is left out instead.
 */
export const serverSafe = <T>(value: T): T =>
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- true in Node, where cramp-kit/ssr renders
  (isServer && value === false ? nothing : value) as T;
