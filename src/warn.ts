/** Every cramp-kit console message starts with this, so sites can filter them. */
export const PREFIX = 'cramp-kit:';

export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** How many keys a `firstTime` set remembers. */
const REMEMBERED = 256;

/**
 * True the first time `key` is seen in `seen`, to warn once about it. Only
 * the last 256 keys are remembered, the oldest forgotten first: a server
 * that renders page after page meets endless languages and must not keep
 * them all (one that comes back after 256 others is warned about again).
 */
export function firstTime(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  if (seen.size >= REMEMBERED) seen.delete(seen.values().next().value as string);
  seen.add(key);
  return true;
}
