import { warn } from '../warn.js';
import { toJson } from './json.js';

/**
 * One JSON-LD script in the document head, shared by every element that asks
 * for it: added with the first owner, removed with the last, never two copies.
 */
const owners = new Map<object, () => unknown>();
let script: HTMLScriptElement | undefined;

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
let policy: TrustedTypePolicyLike | null | undefined;

/**
 * Script text under Trusted Types (require-trusted-types-for 'script') goes
 * through a policy named "cramp-kit", used only for JSON this module builds.
 * Where the page's CSP does not allow that name, there is no JSON-LD (one
 * warning); everything else works.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicyLike } }).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('cramp-kit', { createScript: (input: string) => input });
    } catch {
      policy = null;
      warn('structured-data: the page’s Trusted Types policy does not allow "cramp-kit", so no JSON-LD was added.');
    }
  }
  return policy ? policy.createScript(json) : null;
}

/** JSON-LD script text: written by hand (a page's patched Array.prototype.toJSON cannot change it), with no raw "<" inside, whatever the content says: "</script>" cannot end it early. */
export function jsonLdText(data: unknown): string {
  return (toJson(data) ?? 'null').replace(/</g, '\\u003c');
}

function refresh(): void {
  const first = owners.values().next();
  if (first.done) {
    script?.remove();
    script = undefined;
    return;
  }
  const text = scriptText(jsonLdText(first.value()));
  if (text === null) return;
  // A page prerendered by cramp-kit/ssr already has the script, marked as the kit's: take it over rather than add a second.
  script ??= document.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-cramp-kit]') ?? undefined;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.crampKit = '';
  }
  // A TrustedScript where Trusted Types are enforced, else the plain JSON string.
  script.text = text as string;
  if (!script.isConnected) document.head.append(script);
}

/** Adds (or updates) an owner's JSON-LD; the first owner's data is the one shown. */
export function addJsonLd(owner: object, data: () => unknown): void {
  owners.set(owner, data);
  refresh();
}

export function removeJsonLd(owner: object): void {
  if (owners.delete(owner)) refresh();
}
