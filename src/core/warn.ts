/** Every cramp-kit console message starts with this, so sites can filter them. */
export const PREFIX = 'cramp-kit:';

export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}
