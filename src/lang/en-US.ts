/**
 * Registers the US English pack. Elements with lang="en-US" (on themselves,
 * an ancestor or the page) load this file when they need it; import it to
 * have it at once. npm: import 'cramp-kit/lang/en-US.js'.
 * CDN: <script type="module" src=".../dist/cdn/lang/en-US.js"></script>
 */
import { registerShippedPack } from '../content/registry.js';
import { enUS } from '../content/en-US.js';

registerShippedPack(enUS);

export { enUS };
export default enUS;
