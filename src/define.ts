import { VERSION } from './version.js';
import { warn } from './warn.js';

/** A constructor that says which cramp-kit version defined it. */
export type VersionedConstructor = CustomElementConstructor & {
  crampVersion?: string;
  /** The elements it renders inside itself, by tag: defined with it. */
  dependencies?: Record<string, CustomElementConstructor>;
};

let warned = false;

/**
 * Registers a custom element without ever throwing. When the tag is already
 * defined (say a plugin and a theme both load cramp-kit) the first definition
 * stays: silently for the same version, with one console warning per loaded
 * copy when versions differ. The elements it renders inside itself
 * (`dependencies`) are defined first, the same way.
 */
export function define(tag: string, ctor: VersionedConstructor): void {
  // Absent where there is no DOM (server rendering, old browsers): do nothing.
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  for (const [inner, dependency] of Object.entries(ctor.dependencies ?? {})) define(inner, dependency);
  const existing: VersionedConstructor | undefined = registry.get(tag);
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      warn(`could not define <${tag}>: ${String(error)}`);
    }
    return;
  }
  const incoming = ctor.crampVersion ?? VERSION;
  if (existing === ctor || existing.crampVersion === incoming || warned) return;
  warned = true;
  warn(
    `<${tag}> is already defined by ${
      existing.crampVersion ? `cramp-kit ${existing.crampVersion}` : 'another script'
    }; keeping that one and ignoring cramp-kit ${incoming}. Load cramp-kit once per page.`,
  );
}
