// A Solid app as the docs show it: one import types cramp-kit's tags, nothing pasted.
// Compiled by `npm run typecheck:integrations`; each @ts-expect-error line must be an error.
import type {} from 'cramp-kit/solid';
import type { CauseId, ChecklistItemId } from 'cramp-kit';
import 'cramp-kit/cramp-risk-checklist.js';
import { createSignal } from 'solid-js';

// The checklist's answers kept in a signal: typed ids, no cast.
export function Risks() {
  const [checked, setChecked] = createSignal<ChecklistItemId[]>(['diet']);
  return (
    <cramp-risk-checklist
      value={checked()}
      persist
      heading-level={3}
      class="risks"
      on:cramp-checklist-change={(event) => setChecked(event.detail.checked)}
    />
  );
}

export function Explainer(props: { open: CauseId }) {
  return <cramp-cause-explainer layout="tabs" open={props.open} />;
}

export function Untyped() {
  const [checked] = createSignal<string[]>([]);
  // @ts-expect-error: any strings are refused; the ids are ChecklistItemId
  return <cramp-risk-checklist value={checked()} />;
}

// @ts-expect-error: a misspelt tag
export const misspeltTag = <cramp-risk-checklst />;

// @ts-expect-error: a misspelt attribute
export const misspeltAttribute = <cramp-cause-explainer layuot="tabs" />;

// @ts-expect-error: no such cause
export const wrongCause = <cramp-cause-explainer open="strains" />;

// @ts-expect-error: no such checklist item
export const wrongItem: ChecklistItemId = 'dehydrated';

// @ts-expect-error: the event's detail has no such field
export const wrongDetail = <cramp-stretch-card on:cramp-stretch-complete={(event) => event.detail.nope} />;
