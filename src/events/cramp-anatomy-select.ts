import type { StructureId } from '../content/index.js';

/** Detail of `cramp-anatomy-select`: the reader chose a structure in the anatomy picture or its list. */
export interface AnatomySelectDetail {
  id: StructureId;
}
