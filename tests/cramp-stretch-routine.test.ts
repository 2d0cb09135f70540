import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/cramp-stretch-routine.js';
import type { CrampStretchRoutine } from '../src/cramp-stretch-routine.js';
import { READY_SECONDS } from '../src/elements/cramp-stretch-routine/cramp-stretch-routine.js';
import type { CrampStretchCard } from '../src/cramp-stretch-card.js';
import { STRETCH_IDS } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, captureWarnings, text, translatePage } from './helpers/index.js';
import { fakeClock } from './helpers/clock.js';

const t = en.stretch;
const ROUTINE = STRETCH_IDS.filter((id) => en.stretches[id].routine);
const cardOf = (el: CrampStretchRoutine) => el.shadowRoot!.querySelector<CrampStretchCard>('cramp-stretch-card')!;
const live = (el: Element) => text(el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!);
const progress = (el: Element) => text($(el, '[part="progress"]'));

async function routine(template = html`<cramp-stretch-routine></cramp-stretch-routine>`) {
  const el = await fixture<CrampStretchRoutine>(template);
  await cardOf(el).updateComplete;
  return el;
}

/** Lets the routine and its card finish rendering (and react to each other). */
async function settle(el: CrampStretchRoutine) {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await cardOf(el).updateComplete;
  }
}

describe('<cramp-stretch-routine>', () => {
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
  });

  it('shows the usual routine by default, one stretch at a time, with the step and a time estimate', async () => {
    const el = await routine();
    expect(ROUTINE).to.deep.equal(['wall-calf', 'bent-knee-calf', 'hamstring', 'towel-calf']);
    expect(text($(el, '[part="title"]'))).to.equal(t.routineTitle);
    expect(progress(el)).to.equal(t.step(1, ROUTINE.length));
    expect(cardOf(el).stretch).to.equal(ROUTINE[0]);
    expect(el.shadowRoot!.querySelectorAll('cramp-stretch-card')).to.have.length(1);
    // 110 + 170 + 110 + 140 = 530 seconds of holds and rests, and 4 × 10 to get ready: about 10 minutes.
    expect(text($(el, '[part="intro"]'))).to.equal(t.routineIntro(ROUTINE.length, 10));
  });

  it('takes the stretches and their order from `stretches`', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="hamstring wall-calf"></cramp-stretch-routine>`);
    expect(progress(el)).to.equal(t.step(1, 2));
    expect(cardOf(el).stretch).to.equal('hamstring');
    el.stretches = 'toe-pull';
    await settle(el);
    expect(progress(el)).to.equal(t.step(1, 1));
    expect(text($(el, '[part="intro"]'))).to.equal(t.routineIntro(1, 1));
  });

  it('moves with Next and Previous, says the new step, and keeps focus on the button', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="wall-calf hamstring heel-drop"></cramp-stretch-routine>`);
    const next = $(el, '.next');
    const previous = $(el, '.previous');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(progress(el)).to.equal(t.step(2, 3));
    expect(cardOf(el).stretch).to.equal('hamstring');
    expect(live(el)).to.equal(`${t.step(2, 3)}: ${en.stretches.hamstring.name}`);
    expect(el.shadowRoot!.activeElement).to.equal(next);
    next.click();
    await settle(el);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await settle(el);
    expect(progress(el)).to.equal(t.step(3, 3));
    previous.click();
    await settle(el);
    expect(progress(el)).to.equal(t.step(2, 3));
    expect(previous.getAttribute('aria-disabled')).to.equal('false');
  });

  it('keeps its step and spoken words live on a translated page (text nodes replaced by <font>)', async () => {
    const el = await routine();
    translatePage(el.shadowRoot!);
    expect(progress(el)).to.equal(`[fr] ${t.step(1, ROUTINE.length)}`);
    $(el, '.next').click();
    await settle(el);
    expect(progress(el)).to.equal(t.step(2, ROUTINE.length));
    expect(live(el)).to.contain(t.step(2, ROUTINE.length));
    translatePage(el.shadowRoot!);
    $(el, '.next').click();
    await settle(el);
    expect(progress(el)).to.equal(t.step(3, ROUTINE.length));
    expect(live(el)).to.contain(t.step(3, ROUTINE.length));
  });

  it('gives the card the next heading level', async () => {
    const el = await routine(html`<cramp-stretch-routine heading-level="3"></cramp-stretch-routine>`);
    expect($(el, '[part="title"]').localName).to.equal('h3');
    expect($(cardOf(el), '[part="title"]').localName).to.equal('h4');
  });

  it('runs every card in turn with "Start routine", then sends cramp-routine-complete', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="heel-drop toe-pull"></cramp-stretch-routine>`);
    const events: string[] = [];
    const record = (e: Event) => {
      events.push(`${e.type}:${JSON.stringify((e as CustomEvent).detail)}`);
    };
    for (const type of ['cramp-stretch-start', 'cramp-stretch-complete', 'cramp-routine-complete']) {
      document.addEventListener(type, record);
    }
    try {
      $(el, '.start').click();
      await settle(el);
      const card = cardOf(el);
      expect(card.state).to.equal('running');
      // Focus goes to the running card's Pause button.
      expect(card.shadowRoot!.activeElement?.textContent.trim()).to.equal(t.pause);
      // The card gives time to get into position first, and says so with the step.
      const firstSays = () => text(cardOf(el).shadowRoot!.querySelector('.visually-hidden[role="status"]')!);
      expect(firstSays()).to.equal(`${t.step(1, 2)}: ${en.stretches['heel-drop'].name}. ${t.announceReady(READY_SECONDS, '')}`);
      expect(text($(card, '[part="phase"]'))).to.equal(t.ready);
      expect(text($(card, '[part="count"]'))).to.equal(String(READY_SECONDS));
      // heel-drop: 10 s to get ready, then 8 holds of 5 s with 7 rests of 3 s.
      clock.tick(READY_SECONDS * 1000);
      await settle(el);
      expect(firstSays()).to.equal(t.announceHold(5, t.rep(1, 8)));
      clock.tick(61000);
      await settle(el);
      expect(progress(el)).to.equal(t.step(2, 2));
      expect(cardOf(el).stretch).to.equal('toe-pull');
      expect(cardOf(el).state).to.equal('running');
      // One message for the new step and its start, from the card; the routine stays quiet.
      const cardSays = () => text(cardOf(el).shadowRoot!.querySelector('.visually-hidden[role="status"]')!);
      expect(cardSays()).to.equal(`${t.step(2, 2)}: ${en.stretches['toe-pull'].name}. ${t.announceReady(READY_SECONDS, '')}`);
      expect(live(el)).to.equal('');
      clock.tick(READY_SECONDS * 1000 + 30000);
      await settle(el);
      expect(live(el)).to.equal(t.routineDone);
      // The card does not talk over the routine's last word, and focus goes back to Start routine.
      expect(cardSays()).to.equal(t.announceHold(30, ''));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.start'));
      expect(events).to.deep.equal([
        'cramp-stretch-start:{"stretch":"heel-drop"}',
        'cramp-stretch-complete:{"stretch":"heel-drop","reps":8}',
        'cramp-stretch-start:{"stretch":"toe-pull"}',
        'cramp-stretch-complete:{"stretch":"toe-pull","reps":1}',
        'cramp-routine-complete:{"stretches":["heel-drop","toe-pull"]}',
      ]);
      expect(clock.pending).to.equal(0);
    } finally {
      for (const type of ['cramp-stretch-start', 'cramp-stretch-complete', 'cramp-routine-complete']) {
        document.removeEventListener(type, record);
      }
    }
  });

  it('keeps focus in the card when the routine moves on while the reader is on its Reset button', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="toe-pull hamstring"></cramp-stretch-routine>`);
    $(el, '.start').click();
    await settle(el);
    cardOf(el).shadowRoot!.querySelector<HTMLElement>('.reset')!.focus();
    clock.tick(READY_SECONDS * 1000 + 30000);
    await settle(el);
    await settle(el);
    expect(progress(el)).to.equal(t.step(2, 2));
    expect(cardOf(el).state).to.equal('running');
    expect(cardOf(el).shadowRoot!.activeElement?.textContent.trim()).to.equal(t.pause);
  });

  it('stops moving on by itself when the reader restarts a card by hand', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="toe-pull heel-drop"></cramp-stretch-routine>`);
    $(el, '.start').click();
    await settle(el);
    cardOf(el).reset();
    cardOf(el).start();
    clock.tick(30000);
    await settle(el);
    expect(progress(el)).to.equal(t.step(1, 2));
    expect(cardOf(el).state).to.equal('done');
  });

  it('starts from the first step, and stops running the routine when the reader moves by hand', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="heel-drop toe-pull wall-calf"></cramp-stretch-routine>`);
    $(el, '.next').click();
    await settle(el);
    $(el, '.start').click();
    await settle(el);
    expect(progress(el)).to.equal(t.step(1, 3));
    $(el, '.next').click();
    await settle(el);
    expect(cardOf(el).state).to.equal('idle');
    expect(clock.pending).to.equal(0);
    // A card finished by hand outside a running routine does not move on.
    cardOf(el).start();
    clock.tick(30000);
    await settle(el);
    expect(progress(el)).to.equal(t.step(2, 3));
  });

  it('stops every timer when it leaves the page', async () => {
    const el = await routine();
    $(el, '.start').click();
    await settle(el);
    el.remove();
    expect(clock.pending).to.equal(0);
  });

  it('stops for good when a page removes it in a cramp-stretch-complete handler', async () => {
    const el = await routine(html`<cramp-stretch-routine stretches="toe-pull heel-drop"></cramp-stretch-routine>`);
    const events: string[] = [];
    const record = (e: Event) => events.push(e.type);
    const remove = () => {
      el.remove();
    };
    el.addEventListener('cramp-stretch-complete', remove);
    for (const type of ['cramp-stretch-start', 'cramp-stretch-complete', 'cramp-routine-complete']) el.addEventListener(type, record);
    $(el, '.start').click();
    await settle(el);
    clock.tick(READY_SECONDS * 1000 + 30000);
    await settle(el);
    await settle(el);
    expect(el.isConnected).to.equal(false);
    // The next card never starts: no timer runs for a routine that is not on the page.
    expect(clock.pending).to.equal(0);
    clock.tick(5 * 60000);
    await settle(el);
    expect(events).to.deep.equal(['cramp-stretch-start', 'cramp-stretch-complete']);
    expect(cardOf(el).state).not.to.equal('running');
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      warnings = captureWarnings();
    });
    afterEach(() => {
      warnings.restore();
    });

    it('skips unknown ids with one warning naming them', async () => {
      const el = await routine(html`<cramp-stretch-routine stretches="lunge hamstring"></cramp-stretch-routine>`);
      expect(progress(el)).to.equal(t.step(1, 1));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"lunge"').and.contain(STRETCH_IDS.join(', '));
    });

    it('falls back to the usual routine when none is known', async () => {
      const el = await routine(html`<cramp-stretch-routine stretches="lunge"></cramp-stretch-routine>`);
      expect(progress(el)).to.equal(t.step(1, ROUTINE.length));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('usual routine');
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark', undefined]) {
      for (const state of ['first step', 'middle step', 'running']) {
        it(`passes at the ${state}, ${theme ?? 'no'} theme`, async () => {
          const el = await routine(html`<cramp-stretch-routine theme=${theme ?? nothing}></cramp-stretch-routine>`);
          if (state === 'middle step') $(el, '.next').click();
          if (state === 'running') $(el, '.start').click();
          await settle(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
