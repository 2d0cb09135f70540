// Compiled by `npm run typecheck:integrations`: the Solid types accept real use and refuse mistakes.
import 'cramp-kit/cramp-stretch-card.js';

export const card = (
  <cramp-stretch-card
    stretch="wall-calf"
    hold={30}
    heading-level="3"
    on:cramp-stretch-complete={(event) => {
      console.log(event.detail.reps);
    }}
  />
);

// @ts-expect-error: no such stretch (the id is hamstring)
export const wrongStretch = <cramp-stretch-card stretch="hamstrings" />;

// @ts-expect-error: no such layout
export const wrongLayout = <cramp-cause-explainer layout="tab" />;

// @ts-expect-error: the event's detail has no such field
export const wrongDetail = <cramp-stretch-card on:cramp-stretch-complete={(event) => event.detail.nope} />;

// Solid's own HTML attributes pass too, and value sets the checklist's property.
export const attributes = (
  <cramp-risk-checklist
    value={['diet']}
    class="risks"
    role="region"
    aria-label="Your risks"
    tabindex={-1}
    on:click={() => {
      console.log('clicked');
    }}
  />
);
