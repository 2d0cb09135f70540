/**
 * A rollup plugin for the CDN builds, which carry their own copy of lit: it
 * gives that lit's Trusted Types policy the name `cramp-kit-lit` instead of
 * lit's `lit-html`, so a page that runs its own lit under Trusted Types can
 * allow both (`trusted-types lit-html cramp-kit-lit cramp-kit`) without
 * 'allow-duplicates'. The build fails if lit stops naming its policy the way
 * this plugin expects, rather than ship a bundle that breaks such pages.
 */
export const LIT_POLICY = 'cramp-kit-lit';

export function litPolicyName() {
  let seen = false;
  return {
    name: 'lit-policy-name',
    buildStart() {
      seen = false;
    },
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(/createPolicy\(\s*(["'])lit-html\1/g, () => `createPolicy("${LIT_POLICY}"`);
      if (renamed === code) this.error(`lit-policy-name: found no createPolicy("lit-html" in ${id}; check lit's Trusted Types code.`);
      seen = true;
      return { code: renamed, map: null };
    },
    buildEnd(error) {
      if (!error && !seen) this.error('lit-policy-name: lit-html was not in this build; is lit still bundled?');
    },
  };
}
