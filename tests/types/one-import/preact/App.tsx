// A Preact app: one import types cramp-kit's tags, with Preact's own props.
import type {} from 'cramp-kit/preact';
import type { ChecklistItemId } from 'cramp-kit';
import 'cramp-kit/cramp-risk-checklist.js';
import { useState } from 'preact/hooks';

export function Risks() {
  // The checklist's answers, kept in state as ids: no cast.
  const [checked, setChecked] = useState<ChecklistItemId[]>([]);
  return (
    <>
      <cramp-risk-checklist
        value={checked}
        heading-level={3}
        class="risks"
        oncramp-checklist-change={(event) => setChecked(event.detail.checked)}
      />
      <p>You ticked {checked.length}.</p>
    </>
  );
}
