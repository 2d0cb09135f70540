/** The system tokens, every element's: those of the base class in custom-elements.json. */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'CrampElement');
export default base?.cssProperties ?? [];
