// A Preact app as the docs show it: one import types cramp-kit's tags, nothing pasted.
// Compiled by `npm run typecheck:integrations`; each @ts-expect-error line must be an error.
import type {} from 'cramp-kit/preact';
import type { CauseId, ChecklistItemId, StretchId } from 'cramp-kit';
import 'cramp-kit/cramp-risk-checklist.js';
import { useState } from 'preact/hooks';

// The checklist's answers kept in Preact state: typed ids, no cast.
export function Risks() {
  const [checked, setChecked] = useState<ChecklistItemId[]>(['diet']);
  return (
    <cramp-risk-checklist
      value={checked}
      persist
      heading-level={3}
      class="risks"
      style="margin: 0"
      oncramp-checklist-change={(event) => setChecked(event.detail.checked)}
    />
  );
}

export function Explainer({ open, stretch }: { open: CauseId; stretch: StretchId }) {
  return (
    <>
      <cramp-cause-explainer layout="tabs" open={open} onClick={(event) => console.log(event.currentTarget.layout)} />
      <cramp-stretch-card stretch={stretch} hold="30" reps={2} oncramp-stretch-complete={(event) => console.log(event.detail.reps)} />
      <cramp-guide sections="intro causes" emergency-number="112" theme="dark" />
    </>
  );
}

export function Untyped() {
  const [checked] = useState<string[]>([]);
  // @ts-expect-error: any strings are refused; the ids are ChecklistItemId
  return <cramp-risk-checklist value={checked} />;
}

// @ts-expect-error: a misspelt tag
export const misspeltTag = <cramp-risk-checklst />;

// @ts-expect-error: a misspelt attribute
export const misspeltAttribute = <cramp-cause-explainer layuot="tabs" />;

// @ts-expect-error: no such cause
export const wrongCause = <cramp-cause-explainer open="strains" />;

// @ts-expect-error: no such stretch (the id is hamstring)
export const wrongStretch = <cramp-stretch-card stretch="hamstrings" />;

// @ts-expect-error: no such checklist item
export const wrongItem: ChecklistItemId = 'dehydrated';

// @ts-expect-error: the event's detail has no such field
export const wrongDetail = <cramp-stretch-card oncramp-stretch-complete={(event) => event.detail.nope} />;
