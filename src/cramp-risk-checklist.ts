import { define } from './define.js';
import { CrampRiskChecklist } from './elements/cramp-risk-checklist/cramp-risk-checklist.js';
import type { ChecklistChangeDetail } from './elements/cramp-risk-checklist/cramp-risk-checklist.js';

export { CrampRiskChecklist, DEFAULT_STORAGE_KEY } from './elements/cramp-risk-checklist/cramp-risk-checklist.js';
export type { ChecklistChangeDetail };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-risk-checklist', CrampRiskChecklist);
