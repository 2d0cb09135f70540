import { exportParts, prefixed } from '../../core/parts.js';
import { CARD_PARTS } from '../cramp-stretch-card/cramp-stretch-card.js';

/** The parts each element inside documents (a test holds these to custom-elements.json). */
export const EXPLAINER_PARTS =
  'base title intro disclaimer item heading button icon panel tablist tab cards card badge summary note section-heading list sources get-help number footer';
export const CHECKLIST_PARTS =
  'base title intro privacy hint group legend item checkbox actions action status fallback summary summary-heading causes cause cause-heading count badge tips more notice notice-icon notice-heading number disclaimer sources get-help footer';
export const CARE_PARTS = 'base title intro level emergency urgent soon icon level-heading signs action number contact sources footer';
export const ANATOMY_PARTS = 'base title intro picture list item detail detail-heading more sources get-help number footer';
export const TIPS_PARTS = 'base title intro do dont list-heading list tip sources get-help number footer';
/** The routine's own parts, then its card's, which it lifts out as `card-*`. */
export const ROUTINE_PARTS = `base title intro progress card nav button sources get-help number footer ${prefixed(CARD_PARTS, 'card-')}`;

/** The parts of the elements inside, lifted out of the guide under their section's id: `causes-title` (the manifest lists them too). */
export const GUIDE_EXPORTS = {
  causes: exportParts(EXPLAINER_PARTS, 'causes-'),
  checklist: exportParts(CHECKLIST_PARTS, 'checklist-'),
  prevention: exportParts(TIPS_PARTS, 'prevention-'),
  stretches: exportParts(ROUTINE_PARTS, 'stretches-'),
  care: exportParts(CARE_PARTS, 'care-'),
  during: exportParts(CARD_PARTS, 'during-card-'),
  anatomy: exportParts(ANATOMY_PARTS, 'anatomy-'),
};
