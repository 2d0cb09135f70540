import { define } from './define.js';
import { CrampAnatomy } from './elements/cramp-anatomy/cramp-anatomy.js';

export { CrampAnatomy };
export type { AnatomySelectDetail } from './elements/cramp-anatomy/cramp-anatomy.js';
export type { StructureId } from './content/types.js';
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-anatomy', CrampAnatomy);
