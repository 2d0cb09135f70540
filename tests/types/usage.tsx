// Compiled by `npm run typecheck:integrations` against the built declarations:
// the JSX and Vue types that cramp-kit ships must accept real use and refuse mistakes.
// React: cramp-kit.d.ts beside this file, as the frameworks guide shows. Vue: one import.
import type {} from 'cramp-kit/vue';
import type { GlobalComponents } from 'vue';
import { useRef } from 'react';
import type { CrampGuide } from 'cramp-kit';

export const explainer = (
  <cramp-cause-explainer
    layout="tabs"
    open="strain"
    heading-level="3"
    oncramp-cause-toggle={(event) => {
      console.log(event.detail.id, event.detail.open);
    }}
  />
);

export const checklist = (
  <cramp-risk-checklist
    persist
    value={['diet', 'statin']}
    name="risks"
    oncramp-checklist-change={(event) => {
      console.log(event.detail.checked.length, event.detail.seeProfessional);
    }}
  />
);

export const guide = <cramp-guide structured-data sections="intro causes" emergency-number="112" />;

export const stretch = (
  <cramp-stretch-card
    stretch="wall-calf"
    oncramp-stretch-complete={(event) => {
      console.log(event.detail.reps);
    }}
  />
);

// Numbers where the attribute is a number, as a developer writes them.
export const numbers = (
  <>
    <cramp-stretch-card stretch="hamstring" hold="30" reps={2} heading-level={3} />
    <cramp-care-advice emergency-number={112} heading-level="4" />
  </>
);

// React 19 sets properties by their camelCase names too.
export const properties = (
  <>
    <cramp-risk-checklist storageKey="my-site-risks" emergencyNumber={911} headingLevel={3} />
    <cramp-cause-explainer causes={['strain', 'genetics']} open="strain" reviewedBy="Dr A. Jones, GP" reviewedOn="2026-11-01" />
    <cramp-stretch-routine stretches="wall-calf hamstring" />
  </>
);

// React's own HTML props pass too: handlers, roles, ARIA, a ref to the element.
export function WithReact() {
  const ref = useRef<CrampGuide>(null);
  return (
    <cramp-guide
      ref={ref}
      className="guide"
      role="region"
      aria-label="Leg cramps"
      tabIndex={-1}
      style={{ margin: 0 }}
      onClick={(event) => {
        console.log(event.currentTarget.sections);
      }}
      suppressHydrationWarning
    />
  );
}

// Vue listens with @cramp-cause-toggle, which is the prop onCrampCauseToggle: its detail is typed.
export const vueListener: VueProps<'cramp-cause-explainer'> = {
  onCrampCauseToggle: (event) => {
    console.log(event.detail.id, event.detail.open);
  },
};
// @ts-expect-error: the detail of cramp-cause-toggle has no such field
export const vueWrongDetail: VueProps<'cramp-cause-explainer'> = { onCrampCauseToggle: (event) => event.detail.nope };

// @ts-expect-error: no such cause in a list of ids
export const wrongCauseList = <cramp-cause-explainer causes={['strain', 'genetic']} />;

// @ts-expect-error: no such section at the start of the list
export const wrongSection = <cramp-guide sections="intro-text causes" />;

// @ts-expect-error: state is read-only
export const readOnly = <cramp-stretch-card state="running" />;

// @ts-expect-error: no such layout
export const wrongLayout = <cramp-cause-explainer layout="tab" />;

// @ts-expect-error: no such theme
export const wrongTheme = <cramp-guide theme="drak" />;

// @ts-expect-error: no such stretch (the id is hamstring)
export const wrongStretch = <cramp-stretch-card stretch="hamstrings" />;

// @ts-expect-error: heading levels go from 2 to 9
export const wrongLevel = <cramp-prevention-tips heading-level={1} />;

// @ts-expect-error: the event's detail has no such field
export const wrongDetail = <cramp-cause-explainer oncramp-cause-toggle={(event) => event.detail.nope} />;

// @ts-expect-error: value is a list of ids, not a string
export const wrongValue = <cramp-risk-checklist value="diet" />;

// @ts-expect-error: persist is a boolean attribute
export const wrongType = <cramp-risk-checklist persist="yes please" />;

// @ts-expect-error: no such element
export const unknownTag = <cramp-unknown-thing />;

// Vue sees every element as a global component.
export type VueTags = keyof Pick<
  GlobalComponents,
  | 'cramp-cause-explainer'
  | 'cramp-risk-checklist'
  | 'cramp-stretch-card'
  | 'cramp-stretch-routine'
  | 'cramp-care-advice'
  | 'cramp-prevention-tips'
  | 'cramp-guide'
>;

// The same mistakes are refused in Vue templates' props.
type VueProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const vueGood: VueProps<'cramp-stretch-card'> = { stretch: 'hamstring', hold: 30, headingLevel: '3' };
// @ts-expect-error: no such layout
export const vueLayout: VueProps<'cramp-cause-explainer'> = { layout: 'tab' };
// @ts-expect-error: no such stretch
export const vueStretch: VueProps<'cramp-stretch-card'> = { stretch: 'hamstrings' };

// Listeners anywhere know each event's detail, from its one definition.
document.addEventListener('cramp-checklist-change', (event) => {
  console.log(event.detail.careLevel, event.detail.checked.length);
});
// @ts-expect-error: the detail of cramp-stretch-complete has no such field
document.addEventListener('cramp-stretch-complete', (event) => event.detail.nope);
