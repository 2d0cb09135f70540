/**
 * Registers the US English pack. npm: import 'cramp-kit/lang/en-US.js'.
 * CDN: <script type="module" src=".../dist/cdn/lang/en-US.js"></script>
 * Elements with lang="en-US" (on themselves, an ancestor or the page) use it.
 */
import { registerContentPack } from '../content/index.js';
import { enUS } from '../content/en-US.js';

registerContentPack(enUS);

export { enUS };
