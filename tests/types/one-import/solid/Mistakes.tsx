// Typed by App.tsx's one import: each line after @ts-expect-error must be a type error.
import type { CauseId, ChecklistItemId } from 'cramp-kit';
import { createSignal } from 'solid-js';

export function Fine(props: { open: CauseId }) {
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
