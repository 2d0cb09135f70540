import type { CauseId } from '../content/index.js';

/** Detail of `cramp-cause-toggle`: a cause was opened or closed (accordion), or selected (tabs). */
export interface CauseToggleDetail {
  id: CauseId;
  open: boolean;
}
