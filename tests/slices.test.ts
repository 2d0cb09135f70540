import { expect } from '@open-wc/testing';
import '../src/index.js';
import { SLICE } from '../src/core/slices.js';
import { $, text } from './helpers/index.js';

/**
 * A large page's first renders are spread over short tasks (src/core/slices.ts),
 * top first, so no single task builds the whole page.
 */

type Lit = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

/** Runs after the current task and its microtasks: the first task the browser may run next. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
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

  it('renders a page of 50 explainers over several tasks, top first, each task short', async () => {
    host.innerHTML = '<cramp-cause-explainer></cramp-cause-explainer>'.repeat(50);
    const all = [...host.children] as Lit[];
    const rendered = () => all.filter((el) => el.hasUpdated).length;
    const counts: number[] = [];
    const tasks: number[] = [];
    for (let i = 0; i < 200 && rendered() < all.length; i += 1) {
      const start = performance.now();
      await nextTask();
      tasks.push(performance.now() - start);
      counts.push(rendered());
      // Always the first ones in the page's order: what a reader sees first comes first.
      expect(
        all.slice(0, rendered()).every((el) => el.hasUpdated),
        'top first',
      ).to.equal(true);
    }
    expect(rendered()).to.equal(50);
    // Not all in one task: before, the first task after they were added had rendered all 50.
    expect(counts[0]).to.be.lessThan(50);
    expect(counts.filter((n, i) => n > (counts[i - 1] ?? 0)).length).to.be.greaterThan(2);
    expect(text($(all[49]!, 'h2'))).to.not.equal('');
    // Each step is short (a slice, plus one explainer and the test's own work); generous for slow CI machines.
    expect(Math.max(...tasks), tasks.map((t) => t.toFixed(1)).join(' ')).to.be.lessThan(SLICE * 5);
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
