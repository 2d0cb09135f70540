import { expect } from '@open-wc/testing';
import '../src/index.js';
import { SLICE } from '../src/core/slices.js';
import { $, text } from './helpers/index.js';

/**
 * A large page's first renders are spread over short tasks (src/core/slices.ts),
 * top first, so no single task builds the whole page.
 */

type Lit = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

const RealChannel = MessageChannel;
/** Runs after the current task and its microtasks: the first task the browser may run next. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new RealChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

describe('first renders over short tasks', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
  });

  it('renders a page of 50 explainers over several tasks, top first, each task stopping once it has run its slice', async () => {
    // The slicer's clock, made machine-independent: it moves only while an explainer renders, COST ms each.
    // A wall-clock limit flaked on a busy machine (a task's length is the machine's speed; the rule is the kit's).
    const COST = 4;
    type Updates = { update: (this: Lit, changed: unknown) => void };
    const Explainer = customElements.get('cramp-cause-explainer')!.prototype as Updates;
    const inherited = (Object.getPrototypeOf(Explainer) as Updates).update;
    // Whatever an earlier test left the slicer doing runs out first: its next task then starts on this test's clock.
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Each explainer 40px high (as a site might style it), so a known few are on screen, whatever their words.
    host.innerHTML = '<cramp-cause-explainer style="display:block;height:40px;overflow:hidden"></cramp-cause-explainer>'.repeat(50);
    const all = [...host.children] as Lit[];
    /** Each first render, in order: which element, in which of the slicer's tasks, and whether it was on screen. */
    const renders: { index: number; task: number; onScreen: boolean }[] = [];
    let clock = 0;
    let task = 0;
    try {
      performance.now = () => clock;
      // The slicer's tasks, counted: each of its message channels' messages starts one.
      globalThis.MessageChannel = class extends RealChannel {
        constructor() {
          super();
          const port = this.port1;
          const handler = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
          Object.defineProperty(port, 'onmessage', {
            set(fn: ((event: MessageEvent) => void) | null) {
              const counted = (event: MessageEvent) => {
                task += 1;
                fn?.(event);
              };
              handler.set!.call(port, fn && counted);
            },
            get: () => handler.get!.call(port) as unknown,
          });
        }
      };
      Object.defineProperty(Explainer, 'update', {
        configurable: true,
        value(this: Lit, changed: unknown) {
          if (!this.hasUpdated) {
            const index = all.indexOf(this);
            if (index >= 0) renders.push({ index, task, onScreen: this.getBoundingClientRect().top < innerHeight });
            clock += COST;
          }
          inherited.call(this, changed);
        },
      });
      for (let i = 0; i < 200 && renders.length < all.length; i += 1) await nextTask();
    } finally {
      delete (performance as { now?: unknown }).now;
      globalThis.MessageChannel = RealChannel;
      delete (Explainer as { update?: unknown }).update;
    }
    expect(renders.length).to.equal(50);
    // Top first: what a reader sees first comes first.
    expect(renders.map(({ index }) => index)).to.deep.equal([...Array(50).keys()]);
    expect(text($(all[49]!, 'h2'))).to.not.equal('');
    const tasks = [...new Set(renders.map((r) => r.task))].map((t) => renders.filter((r) => r.task === t));
    const perTask = tasks.map((t) => t.length).join(' ');
    // Not all in one task: before, the first task after they were added rendered all 50.
    expect(tasks.length, perTask).to.be.greaterThan(2);
    // A task renders until it has run its slice: so many explainers, and one more that starts inside it.
    const fit = Math.ceil(SLICE / COST);
    const [first, ...later] = tasks;
    // The first task goes past its slice for every explainer on screen, and only for those: they render at once, or
    // what the reader sees would move; none of them is left for later.
    const onScreen = renders.filter((r) => r.onScreen).length;
    expect(onScreen, perTask).to.be.greaterThan(fit);
    expect(first!.length, perTask).to.equal(onScreen);
    expect(
      later.flat().some((r) => r.onScreen),
      perTask,
    ).to.equal(false);
    for (const t of later.slice(0, -1)) expect(t.length, perTask).to.equal(fit);
    expect(later.at(-1)!.length, perTask).to.be.within(1, fit);
  });

  it('renders what is on screen at once, and nothing on screen moves while the rest renders', async () => {
    // A slow phone: every look at the clock finds the task's time used up, so all that can wait does.
    const now = performance.now.bind(performance);
    let slow = 0;
    performance.now = () => now() + (slow += SLICE);
    host.innerHTML = '<cramp-guide sections="causes checklist care"></cramp-guide><p id="after">After the guide</p>';
    const guide = host.firstElementChild as Lit;
    try {
      for (let i = 0; i < 100 && !guide.hasUpdated; i += 1) await nextTask();
    } finally {
      performance.now = now;
    }
    expect(guide.hasUpdated).to.equal(true);
    const inner = () => [...guide.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName.startsWith('cramp-')) as Lit[];
    // No element on screen is left empty, to be filled in after a paint (the causes are at the top); the rest waits.
    const onScreen = inner().filter((el) => el.getBoundingClientRect().top < innerHeight);
    expect(onScreen.map((el) => el.localName)).to.include('cramp-cause-explainer');
    for (const el of onScreen) expect(el.hasUpdated, el.localName).to.equal(true);
    // What is on screen now stays where it is.
    const visible = [...guide.shadowRoot!.querySelectorAll('h2, h3, p, li, [part="sources"]'), host.querySelector('#after')!]
      .map((el) => ({ el, top: el.getBoundingClientRect().top }))
      .filter(({ top }) => top >= 0 && top < innerHeight);
    expect(visible.length).to.be.greaterThan(3);
    await guide.updateComplete;
    expect(inner().every((el) => el.hasUpdated)).to.equal(true);
    for (const { el, top } of visible) expect(el.getBoundingClientRect().top, el.outerHTML.slice(0, 60)).to.equal(top);
  });

  it('draws in its first task only what fills the screen, when the elements take no room until drawn', async () => {
    // A slow phone: every look at the clock finds the task's time used up, so only what is on screen renders at once.
    const now = performance.now.bind(performance);
    let slow = 0;
    // Not drawn yet, fifty explainers take no room: all of them sit at the top of the screen until the first is drawn.
    host.innerHTML = '<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>'.repeat(50);
    const all = [...host.children] as Lit[];
    try {
      performance.now = () => now() + (slow += SLICE);
      for (let i = 0; i < 100 && !all[0]!.hasUpdated; i += 1) await nextTask();
    } finally {
      performance.now = now;
    }
    const drawn = all.filter((el) => el.hasUpdated);
    // What was drawn fills the screen and stops there: at most the one that starts on it reaches below.
    expect(drawn.filter((el) => el.getBoundingClientRect().top >= innerHeight).length, `${String(drawn.length)} drawn`).to.be.at.most(1);
    expect(drawn.length).to.be.below(50);
  });

  it('a guide’s updateComplete resolves only once every section inside it has rendered', async () => {
    host.innerHTML = '<cramp-guide></cramp-guide>';
    const guide = host.firstElementChild as Lit;
    await guide.updateComplete;
    const inner = [...guide.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName.startsWith('cramp-')) as Lit[];
    expect(inner.map((el) => el.localName)).to.include.members([
      'cramp-cause-explainer',
      'cramp-risk-checklist',
      'cramp-prevention-tips',
      'cramp-stretch-routine',
      'cramp-care-advice',
    ]);
    expect(inner.every((el) => el.hasUpdated)).to.equal(true);
    // The routine's own card, one level deeper, too.
    const card = inner.find((el) => el.localName === 'cramp-stretch-routine')!.shadowRoot!.querySelector('cramp-stretch-card') as Lit;
    expect(card.hasUpdated).to.equal(true);
  });

  it('resolves a guide’s updateComplete when it is taken off the page at once (sections that never render are not waited for)', async () => {
    host.innerHTML = '<cramp-guide></cramp-guide>';
    const guide = host.firstElementChild as Lit;
    guide.remove();
    const settled = await Promise.race([guide.updateComplete.then(() => 'resolved'), new Promise((r) => setTimeout(r, 3000, 'hung'))]);
    expect(settled).to.equal('resolved');
  });

  it('renders at once where there are no message channels (as some test environments lack them)', async () => {
    const channel = globalThis.MessageChannel;
    (globalThis as { MessageChannel?: unknown }).MessageChannel = undefined;
    try {
      host.innerHTML = '<cramp-prevention-tips></cramp-prevention-tips>';
      const el = host.firstElementChild as Lit;
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.not.equal('');
    } finally {
      globalThis.MessageChannel = channel;
    }
  });

  it('renders one small element at once: by the second task after it was added', async () => {
    host.innerHTML = '<cramp-prevention-tips></cramp-prevention-tips>';
    await nextTask();
    await nextTask();
    expect((host.firstElementChild as Lit).hasUpdated).to.equal(true);
  });
});
