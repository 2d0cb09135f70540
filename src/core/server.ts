import { isServer, nothing } from 'lit';

/**
 * True in Node, where cramp-kit/ssr renders. Lit's `isServer`, typed as the
 * boolean it is: its browser typing is `false`, which makes lint call every
 * test of it needless.
 */
export const onServer = isServer as boolean;

/**
 * A property binding's value that also renders right on the server. Lit's
 * server renderer writes some properties as attributes, `false` included:
 * `.checked=${false}` would come out as `checked="false"`, a ticked box, and
 * `.hidden=${false}` as a hidden panel. There, `false` is left out instead.
 */
export const serverSafe = <T>(value: T): T => (onServer && value === false ? nothing : value) as T;
