/**
 * Registers the Spanish pack (es: every word, usted throughout). Elements
 * with lang="es" or "es-*" (on themselves, an ancestor or the page) load this
 * file when they need it; import it to have it at once.
 * npm: import 'cramp-kit/lang/es.js'.
 * CDN: <script type="module" src=".../dist/cdn/lang/es.js"></script>
 */
import { registerShippedPack } from '../content/registry.js';
import { es } from '../content/es.js';

registerShippedPack(es);

export { es };
export default es;
