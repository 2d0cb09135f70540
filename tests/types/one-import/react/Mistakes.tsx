// Typed by App.tsx's one import: each line after @ts-expect-error must be a type error.
import type { CauseId, ChecklistItemId, StretchId } from 'cramp-kit';
import { useState } from 'react';

export function Fine({ open, stretch }: { open: CauseId; stretch: StretchId }) {
  return (
    <>
      <cramp-cause-explainer layout="tabs" open={open} onClick={(event) => console.log(event.currentTarget.layout)} />
      <cramp-stretch-card stretch={stretch} hold="30" reps={2} oncramp-stretch-complete={(event) => console.log(event.detail.reps)} />
      <cramp-guide sections="intro causes" emergency-number="112" theme="dark" style={{ margin: 0 }} />
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
