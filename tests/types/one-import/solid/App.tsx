// A Solid app: one import types cramp-kit's tags, with Solid's own attributes.
import type {} from 'cramp-kit/solid';
import type { ChecklistItemId } from 'cramp-kit';
import 'cramp-kit/cramp-risk-checklist.js';
import { createSignal } from 'solid-js';

export function Risks() {
  // The checklist's answers, kept in a signal as ids: no cast.
  const [checked, setChecked] = createSignal<ChecklistItemId[]>([]);
  return (
    <>
      <cramp-risk-checklist
        value={checked()}
        heading-level={3}
        class="risks"
        on:cramp-checklist-change={(event) => setChecked(event.detail.checked)}
      />
      <p>You ticked {checked().length}.</p>
    </>
  );
}
