import { readFileSync } from 'node:fs';

const { version, homepage, repository } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const minor = version.split('.').slice(0, 2).join('.');

export default {
  name: 'cramp-kit',
  version,
  // The addresses are written once, in package.json.
  repo: repository.url.replace(/^git\+/, '').replace(/\.git$/, ''),
  url: homepage,
  /** The one script tag a page needs, from the CDN. */
  cdn: `https://cdn.jsdelivr.net/npm/cramp-kit@${minor}/dist/cdn/cramp-kit.js`,
  cdnBase: `https://cdn.jsdelivr.net/npm/cramp-kit@${minor}/dist/cdn/`,
};
