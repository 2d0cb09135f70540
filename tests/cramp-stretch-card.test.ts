import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/cramp-stretch-card.js';
import type { CrampStretchCard } from '../src/cramp-stretch-card.js';
import { STRETCH_IDS, registerContentPack, type StretchId } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, $$, captureWarnings, emulateMedia, notYetDefined, text, translatePage } from './helpers/index.js';
import { fakeClock } from './helpers/clock.js';

const t = en.stretch;
const count = (el: Element) => Number(text($(el, '[part="count"]')));
const phase = (el: Element) => text($(el, '[part="phase"]'));
const primary = (el: Element) => $(el, '.primary');

async function card(template = html`<cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>`) {
  return fixture<CrampStretchCard>(template);
}

/** Records a card's events that reach the document. */
function recordEvents() {
  const events: [string, unknown][] = [];
  const listener = (e: Event) => {
    events.push([e.type, (e as CustomEvent).detail]);
  };
  document.addEventListener('cramp-stretch-start', listener);
  document.addEventListener('cramp-stretch-complete', listener);
  return {
    events,
    stop: () => {
      document.removeEventListener('cramp-stretch-start', listener);
      document.removeEventListener('cramp-stretch-complete', listener);
    },
  };
}

describe('<cramp-stretch-card>', () => {
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
  });

  /** Moves the fake clock on and lets the card render. */
  const tick = async (el: CrampStretchCard, ms: number) => {
    clock.tick(ms);
    await el.updateComplete;
  };

  describe('content', () => {
    for (const id of STRETCH_IDS) {
      it(`shows ${id}: name, when to use it, numbered steps, dose, safety, evidence and sources`, async () => {
        const el = await card(html`<cramp-stretch-card stretch=${id}></cramp-stretch-card>`);
        const s = en.stretches[id];
        expect(text($(el, '[part="title"]'))).to.equal(s.name);
        expect(text($(el, '[part="use"]'))).to.equal(s.use === 'during' ? t.useDuring : t.usePrevent);
        expect($(el, '[part="steps"]').localName).to.equal('ol');
        expect($$(el, '[part="steps"] li').map((li) => text(li))).to.deep.equal(s.steps);
        expect(text($(el, '[part="dose"]'))).to.equal(s.use === 'during' ? t.doseDuring : t.dose(s.hold, s.reps, s.perSide));
        expect(text($(el, '[part="safety"]'))).to.contain(s.safety);
        // Stretching to prevent cramps: the general safety lines and what studies show.
        // During a cramp: no "it should never hurt", and no prevention evidence.
        expect(text($(el, '[part="safety"]')).includes(t.safety)).to.equal(s.use === 'prevent');
        expect($$(el, '[part="evidence"]').map((p) => text(p))).to.deep.equal(s.use === 'prevent' ? [t.evidence] : []);
        const sources = text($(el, '[part="sources"]'));
        for (const src of s.sources) expect(sources).to.contain(en.sources[src].name);
        // The evidence line's own studies are cited wherever it shows.
        for (const src of ['hallegraeff-2012', 'allen-kirby-2012'] as const) {
          expect(sources.includes(en.sources[src].name), src).to.equal(s.use === 'prevent');
        }
      });

      it(`draws ${id} as a picture with a text alternative, under 1.5 KB`, async () => {
        const el = await card(html`<cramp-stretch-card stretch=${id}></cramp-stretch-card>`);
        const picture = $(el, '[part="picture"]');
        expect(picture.localName).to.equal('svg');
        expect(picture.getAttribute('role')).to.equal('img');
        expect(picture.getAttribute('aria-label')).to.equal(en.stretches[id].alt);
        expect(picture.querySelector('.muscle')).to.not.equal(null);
        expect(new Blob([picture.outerHTML.replace(/<!--[^>]*-->/g, '')]).size).to.be.at.most(1536);
        // Legible at 280 px: in a card that narrow, the picture fills the width and keeps its proportions.
        el.style.inlineSize = '280px';
        const box = picture.getBoundingClientRect();
        expect(box.width).to.be.within(240, 280);
        expect(box.height / box.width).to.be.closeTo(0.75, 0.02);
        expect(el.scrollWidth).to.be.at.most(280);
      });
    }

    it('says plainly that the evidence on stretching is mixed', () => {
      expect(t.evidence).to.match(/mixed/);
    });
  });

  describe('the timer', () => {
    it('starts idle: the hold time, the first rep and leg, a Start button, role="timer"', async () => {
      const el = await card();
      const timer = $(el, '[part="timer"]');
      expect(timer.getAttribute('role')).to.equal('timer');
      // Named with the stretch: several cards on a page are told apart, their buttons too.
      const name = en.stretches['wall-calf'].name;
      expect(timer.getAttribute('aria-label')).to.equal(`${t.timer}: ${name}`);
      expect(primary(el).getAttribute('aria-label')).to.equal(`${t.start}: ${name}`);
      expect(count(el)).to.equal(10);
      expect(phase(el)).to.equal(`${t.rep(1, 3)}, ${t.left}`);
      expect(text(primary(el))).to.equal(t.start);
      expect($$(el, '.reset')).to.have.length(0);
      expect(el.state).to.equal('idle');
    });

    it('starts when start() is called before its first render (a framework effect, a card below the screen), with the stretch it has then', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('cramp-stretch-card');
      el.stretch = 'hamstring';
      el.hold = 20;
      const started: string[] = [];
      el.addEventListener('cramp-stretch-start', (e) => started.push(e.detail.stretch));
      wrapper.append(el);
      el.start();
      expect(el.state).to.equal('running');
      expect(started).to.deep.equal(['hamstring']);
      await el.updateComplete;
      // The live region first appears empty, and the start is said into it after (text already in a region
      // as it appears is not read out).
      const region = () => text($$(el, '.visually-hidden[role="status"]')[0]!);
      expect(region()).to.equal('');
      await el.updateComplete;
      expect(region()).to.equal(t.announceStart(20, t.left));
      expect(el.state).to.equal('running');
      expect(text(primary(el))).to.equal(t.pause);
      await tick(el, 3000);
      expect(count(el)).to.equal(17);
      // A new stretch set after the first render starts at once too, and the old one's run is not kept.
      el.stretch = 'toe-pull';
      el.start();
      expect(started).to.deep.equal(['hamstring', 'toe-pull']);
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(text($(el, '[part="title"]'))).to.equal(en.stretches['toe-pull'].name);
      expect(count(el)).to.equal(20);
    });

    it('says nothing of a start that was paused before its first render, and starts with properties set before it was defined', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const paused = document.createElement('cramp-stretch-card');
      paused.stretch = 'wall-calf';
      wrapper.append(paused);
      paused.start();
      paused.pause();
      await paused.updateComplete;
      await paused.updateComplete;
      expect(paused.state).to.equal('paused');
      expect(text($$(paused, '.visually-hidden[role="status"]')[0]!)).to.equal(t.announcePause(10));
      // Set on the element before cramp-kit defined it (a script that ran before the bundle), then started at once.
      const early = notYetDefined('<cramp-stretch-card></cramp-stretch-card>');
      early.stretch = 'toe-pull';
      early.hold = 15;
      wrapper.append(early);
      const el = wrapper.lastElementChild as CrampStretchCard;
      el.start();
      expect(el.state).to.equal('running');
      await el.updateComplete;
      await tick(el, 1000);
      expect(count(el)).to.equal(14);
      expect(text($(el, '[part="title"]'))).to.equal(en.stretches['toe-pull'].name);
    });

    it('counts down from elapsed time, and the ring follows', async () => {
      const el = await card();
      primary(el).click();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(text(primary(el))).to.equal(t.pause);
      await tick(el, 3000);
      expect(count(el)).to.equal(7);
      expect(Number($(el, '.bar').getAttribute('stroke-dashoffset'))).to.be.closeTo(70, 0.01);
    });

    it('says "1 second", not "1 seconds": on screen and when paused', async () => {
      const el = await card();
      const unit = () => text($(el, '.unit'));
      expect(unit()).to.equal('seconds');
      el.start();
      await tick(el, 9000);
      expect(count(el)).to.equal(1);
      expect(unit()).to.equal('second');
      primary(el).click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!)).to.equal('Paused, 1 second left.');
      primary(el).click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!)).to.equal('Going on. 1 second left.');
      await tick(el, 200);
      expect(unit()).to.equal('second');
      await tick(el, 800);
      expect(count(el)).to.equal(10);
      expect(unit()).to.equal('seconds');
    });

    it('at 1 second, a site pack made before the singular existed shows its own plural, not an English word', async () => {
      // Packs written for an earlier release set "seconds" only; "second" came later.
      registerContentPack({ lang: 'fr-x-old-pack', stretch: { seconds: 'secondes' } });
      const warnings = captureWarnings();
      try {
        const el = await card(html`<cramp-stretch-card stretch="wall-calf" lang="fr-x-old-pack"></cramp-stretch-card>`);
        expect(text($(el, '.unit'))).to.equal('secondes');
        el.start();
        await tick(el, 9000);
        expect(count(el)).to.equal(1);
        expect(text($(el, '.unit'))).to.equal('secondes');
        // A pack that leaves both words to English keeps English's singular.
        registerContentPack({ lang: 'x-only-start', stretch: { start: 'Begin' } });
        const other = await card(html`<cramp-stretch-card stretch="wall-calf" lang="x-only-start"></cramp-stretch-card>`);
        other.start();
        await tick(other, 9000);
        expect(text($(other, '.unit'))).to.equal('second');
        // An English pack's own plural is not put beside a 1: English has its singular.
        registerContentPack({ lang: 'en-GB', stretch: { seconds: 'secs' } });
        const british = await card(html`<cramp-stretch-card stretch="wall-calf" lang="en-GB"></cramp-stretch-card>`);
        british.start();
        await tick(british, 9000);
        expect(text($(british, '.unit'))).to.equal('second');
        // A plural that is not text is dropped (with a warning): English says both, "1 second" included.
        registerContentPack({ lang: 'fr-x-bad-plural', stretch: { seconds: 5 as unknown as string } });
        const bad = await card(html`<cramp-stretch-card stretch="wall-calf" lang="fr-x-bad-plural"></cramp-stretch-card>`);
        bad.start();
        await tick(bad, 9000);
        expect(text($(bad, '.unit'))).to.equal('second');
        expect(warnings.messages.join('\n')).to.contain('stretch.seconds');
      } finally {
        warnings.restore();
      }
    });

    it('does not drift, however unevenly the clock wakes it', async () => {
      const el = await card(html`<cramp-stretch-card stretch="hamstring"></cramp-stretch-card>`);
      el.start();
      for (let i = 0; i < 37; i += 1) await tick(el, 333);
      // 12.321 s into a 20 s hold: 7.679 s left, shown as 8.
      expect(count(el)).to.equal(8);
    });

    it('pauses, resumes and resets', async () => {
      const el = await card();
      el.start();
      await tick(el, 4000);
      primary(el).click();
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(text(primary(el))).to.equal(t.resume);
      expect(phase(el)).to.equal(`${t.paused} ${t.rep(1, 3)}, ${t.left}`);
      // Pausing and going on are said, with the seconds left.
      const says = () => text(el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!);
      expect(says()).to.equal(t.announcePause(6));
      await tick(el, 60000);
      expect(count(el)).to.equal(6);
      expect(clock.pending).to.equal(0);
      primary(el).click();
      await el.updateComplete;
      expect(says()).to.equal(t.announceResume(6));
      await tick(el, 2000);
      expect(count(el)).to.equal(4);
      expect(primary(el).getAttribute('aria-label')).to.equal(`${t.pause}: ${en.stretches['wall-calf'].name}`);
      expect($(el, '.reset').getAttribute('aria-label')).to.equal(`${t.reset}: ${en.stretches['wall-calf'].name}`);
      $(el, '.reset').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(count(el)).to.equal(10);
      expect(el.shadowRoot!.activeElement).to.equal(primary(el));
      expect(clock.pending).to.equal(0);
    });

    it('counts reps and legs, with a rest between holds, then finishes', async () => {
      const el = await card();
      const rec = recordEvents();
      try {
        el.start();
        await tick(el, 10000);
        expect(phase(el)).to.equal(t.rest);
        expect(count(el)).to.equal(10);
        await tick(el, 10000);
        expect(phase(el)).to.equal(`${t.rep(1, 3)}, ${t.right}`);
        await tick(el, 20000);
        expect(phase(el)).to.equal(`${t.rep(2, 3)}, ${t.left}`);
        await tick(el, 69999);
        expect(el.state).to.equal('running');
        expect(phase(el)).to.equal(`${t.rep(3, 3)}, ${t.right}`);
        await tick(el, 1);
        expect(el.state).to.equal('done');
        expect(phase(el)).to.equal(t.done);
        expect(text(primary(el))).to.equal(t.again);
        expect(clock.pending).to.equal(0);
        expect(rec.events).to.deep.equal([
          ['cramp-stretch-start', { stretch: 'wall-calf' }],
          ['cramp-stretch-complete', { stretch: 'wall-calf', reps: 3 }],
        ]);
      } finally {
        rec.stop();
      }
    });

    it('calls a single hold just "Hold"; during a cramp, the end is a check-in, not "all done"', async () => {
      const el = await card(html`<cramp-stretch-card stretch="toe-pull"></cramp-stretch-card>`);
      expect(phase(el)).to.equal(t.hold);
      el.start();
      await tick(el, 30000);
      expect(el.state).to.equal('done');
      expect(text($$(el, '.visually-hidden[role="status"]')[0]!)).to.equal(t.announceCheck(30));
    });

    it('empties the ring at once when a hold or rest begins, and sweeps it only forward', async () => {
      const el = await card();
      el.start();
      await el.updateComplete;
      expect($(el, '[part="timer"]').classList.contains('fresh')).to.equal(true);
      await tick(el, 1000);
      expect($(el, '[part="timer"]').classList.contains('fresh')).to.equal(false);
      await tick(el, 9000);
      expect(phase(el)).to.equal(t.rest);
      expect($(el, '[part="timer"]').classList.contains('fresh')).to.equal(true);
      expect(Number($(el, '.bar').getAttribute('stroke-dashoffset'))).to.equal(100);
    });

    it('does both legs together for a two-leg stretch', async () => {
      const el = await card(html`<cramp-stretch-card stretch="heel-drop"></cramp-stretch-card>`);
      expect(phase(el)).to.equal(t.rep(1, 8));
      el.start();
      await tick(el, 5000 + 3000);
      expect(phase(el)).to.equal(t.rep(2, 8));
      await tick(el, 6 * 8000 + 5000);
      expect(el.state).to.equal('done');
    });

    it('speaks only at the start, at the end of each hold and each rest, and at the end, never each second', async () => {
      const el = await card();
      const region = $$(el, '.visually-hidden[role="status"]')[0]!;
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(text(region)));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      el.start();
      for (let s = 0; s < 110; s += 1) await tick(el, 1000);
      observer.disconnect();
      expect(said).to.deep.equal([
        t.announceStart(10, t.left),
        t.announceHoldEnd(10, t.right),
        t.announceHold(10, t.right),
        t.announceHoldEnd(10, `${t.rep(2, 3)}, ${t.left}`),
        t.announceHold(10, `${t.rep(2, 3)}, ${t.left}`),
        t.announceHoldEnd(10, t.right),
        t.announceHold(10, t.right),
        t.announceHoldEnd(10, `${t.rep(3, 3)}, ${t.left}`),
        t.announceHold(10, `${t.rep(3, 3)}, ${t.left}`),
        t.announceHoldEnd(10, t.right),
        t.announceHold(10, t.right),
        t.announceDone(3),
      ]);
    });

    it('says what to hold, and nothing else, when the reader presses Start or Start again', async () => {
      const el = await card();
      const region = $$(el, '.visually-hidden[role="status"]')[0]!;
      primary(el).click();
      await el.updateComplete;
      expect(text(region)).to.equal(t.announceStart(10, t.left));
      await tick(el, 110_000);
      expect(el.state).to.equal('done');
      expect(text(primary(el))).to.equal(t.again);
      primary(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(text(region)).to.equal(t.announceStart(10, t.left));
    });

    it('gives time to get into position when asked (as a routine does), then says to hold', async () => {
      const el = await card();
      const region = $$(el, '.visually-hidden[role="status"]')[0]!;
      el.start('', 10);
      await el.updateComplete;
      expect(phase(el)).to.equal(t.ready);
      expect(text($(el, '[part="count"]'))).to.equal('10');
      expect(text(region)).to.equal(t.announceReady(10, t.left));
      await expect(el).to.be.accessible();
      await tick(el, 10_000);
      expect(phase(el)).to.equal(`${t.rep(1, 3)}, ${t.left}`);
      expect(text(region)).to.equal(t.announceHold(10, `${t.rep(1, 3)}, ${t.left}`));
      await tick(el, 110_000);
      expect(el.state).to.equal('done');
      // Out of range, or not a number: at most a minute, or none.
      el.start('', 500);
      await el.updateComplete;
      expect(text($(el, '[part="count"]'))).to.equal('60');
      el.start('', Number.NaN);
      await el.updateComplete;
      expect(text(region)).to.equal(t.announceStart(10, t.left));
      el.reset();
    });

    it('works from the keyboard: Enter starts, Space pauses, Tab reaches Reset', async () => {
      const el = await card();
      primary(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.state).to.equal('running');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('reset')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
    });

    it('pauses when the page is hidden', async () => {
      const el = await card();
      el.start();
      await tick(el, 2000);
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(el.state).to.equal('paused');
        expect(clock.pending).to.equal(0);
      } finally {
        delete (document as { hidden?: boolean }).hidden;
      }
      await tick(el, 5000);
      expect(count(el)).to.equal(8);
    });

    it('stops when it leaves the page: no timer keeps running', async () => {
      const el = await card();
      el.start();
      await tick(el, 2000);
      el.remove();
      expect(clock.pending).to.equal(0);
      expect(el.state).to.equal('paused');
      clock.tick(60000);
      expect(el.state).to.equal('paused');
    });

    it('does nothing on start() once it has left the page', async () => {
      const el = await card();
      const starts: Event[] = [];
      el.addEventListener('cramp-stretch-start', (e) => starts.push(e));
      el.remove();
      el.start();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(clock.pending).to.equal(0);
      expect(starts).to.have.length(0);
      // Removed while running, it pauses; resume() off the page does nothing either.
      document.body.append(el);
      el.start();
      el.remove();
      el.resume();
      expect(el.state).to.equal('paused');
      expect(clock.pending).to.equal(0);
      el.reset();
      starts.length = 0;
      // Put back on the page, it starts as usual.
      document.body.append(el);
      el.start();
      expect(el.state).to.equal('running');
      expect(starts).to.have.length(1);
      el.remove();
    });

    it('shows no negative seconds and no overfilled ring after a long stall of the page', async () => {
      const el = await card(html`<cramp-stretch-card stretch="wall-calf" hold="10" reps="2"></cramp-stretch-card>`);
      const offset = () => Number($(el, '.bar').getAttribute('stroke-dashoffset'));
      el.start();
      await tick(el, 1000);
      // Left 10 s, rest 10 s, right 10 s, ...: the page freezes for 14 s with no timer run, then is
      // hidden (pause). 15 s in, it is 5 s into the first rest.
      clock.stall(14000);
      el.pause();
      await el.updateComplete;
      expect(count(el)).to.equal(5);
      expect(phase(el)).to.equal(`${t.paused} ${t.rest}`);
      expect(offset()).to.be.within(0, 100);
      el.resume();
      await tick(el, 0);
      expect(count(el)).to.equal(5);
      expect(phase(el)).to.equal(t.rest);
      // A stall past the very end: done, not below zero.
      clock.stall(10 * 60000);
      el.pause();
      await el.updateComplete;
      expect(count(el)).to.equal(0);
      expect(phase(el)).to.equal(t.done);
      expect(offset()).to.be.within(0, 100);
      expect(el.state).to.equal('done');
      expect(clock.pending).to.equal(0);
    });

    it('never shows more than the hold, nor counts time the clock went back (a page that patched performance.now)', async () => {
      const el = await card(html`<cramp-stretch-card stretch="toe-pull" hold="5"></cramp-stretch-card>`);
      el.start();
      await tick(el, 2000);
      expect(count(el)).to.equal(3);
      clock.rewind(57000);
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        await tick(el, 1000);
        seen.push(count(el));
      }
      // The second the clock went back in counts for nothing; then it counts on.
      expect(seen).to.deep.equal([3, 2, 1]);
      clock.rewind(3000);
      el.pause();
      await el.updateComplete;
      expect(count(el)).to.equal(1);
      el.resume();
      await tick(el, 1000);
      expect(el.state).to.equal('done');
    });

    it('keeps its count, unit, phase, button and spoken words live on a translated page (text nodes replaced by <font>)', async () => {
      const el = await card(html`<cramp-stretch-card stretch="toe-pull" hold="5"></cramp-stretch-card>`);
      const live = () => text(el.shadowRoot!.querySelector('[role="status"]')!);
      const unit = () => text($(el, '.unit'));
      el.start();
      await tick(el, 1000);
      translatePage(el.shadowRoot!);
      expect(text($(el, '[part="count"]'))).to.equal('[fr] 4');
      await tick(el, 1000);
      // Each changed text is a new node, which the translator translates in turn; never the old words left on screen.
      expect(count(el)).to.equal(3);
      el.pause();
      await el.updateComplete;
      expect(phase(el)).to.equal(`${t.paused} ${t.hold}`);
      expect(text(primary(el))).to.equal(t.resume);
      expect(live()).to.equal(t.announcePause(3));
      el.resume();
      await tick(el, 2000);
      expect(count(el)).to.equal(1);
      expect(unit()).to.equal(t.second);
      await tick(el, 1000);
      expect(phase(el)).to.equal(t.done);
      expect(text(primary(el))).to.equal(t.again);
    });

    it('starts again from the top when the stretch, hold or reps change', async () => {
      const el = await card();
      for (const change of [() => (el.hold = 30), () => (el.reps = 2), () => (el.stretch = 'hamstring')]) {
        el.start();
        await tick(el, 2000);
        change();
        await el.updateComplete;
        expect(el.state).to.equal('idle');
        expect(clock.pending).to.equal(0);
      }
      expect(count(el)).to.equal(30);
      expect(phase(el)).to.equal(`${t.rep(1, 2)}, ${t.left}`);
    });

    it('stays paused when put back on the page, and resumes from where it was', async () => {
      const el = await card();
      const parent = el.parentElement!;
      el.start();
      await tick(el, 3000);
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(count(el)).to.equal(7);
      el.resume();
      await tick(el, 2000);
      expect(count(el)).to.equal(5);
    });

    it('uses hold and reps when given', async () => {
      const el = await card(html`<cramp-stretch-card stretch="towel-calf" hold="25" reps="2"></cramp-stretch-card>`);
      expect(text($(el, '[part="dose"]'))).to.equal(t.dose(25, 2, true));
      expect(count(el)).to.equal(25);
      expect(phase(el)).to.equal(`${t.rep(1, 2)}, ${t.left}`);
    });

    it('stops the ring moving when the reader asks for reduced motion', async () => {
      const emulated = await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        const el = await card();
        el.start();
        await tick(el, 1000);
        const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
        if (emulated) expect(reduced).to.equal(true);
        const duration = getComputedStyle($(el, '.bar')).transitionDuration;
        expect(duration).to.equal(reduced ? '0s' : '1s');
      } finally {
        await emulateMedia([]);
      }
    });

    it('keeps the muscle and the ring visible in forced colours', async () => {
      const emulated = await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await card();
        const forced = matchMedia('(forced-colors: active)').matches;
        if (emulated) expect(forced).to.equal(true);
        const muscle = getComputedStyle($(el, '.muscle')).stroke;
        const body = getComputedStyle($(el, '.fig')).stroke;
        expect(muscle).to.not.equal(body);
        expect(parseFloat(getComputedStyle($(el, '.muscle')).strokeWidth)).to.be.greaterThan(
          parseFloat(getComputedStyle($(el, '.fig')).strokeWidth),
        );
        if (forced) {
          // Props (wall, floor) in the system text colour, even with a theme set.
          const themed = await card(html`<cramp-stretch-card stretch="wall-calf" theme="light"></cramp-stretch-card>`);
          expect(getComputedStyle($(themed, '.prop')).stroke).to.equal(getComputedStyle(themed).color);
        }
      } finally {
        await emulateMedia([]);
      }
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      warnings = captureWarnings();
    });
    afterEach(() => {
      warnings.restore();
    });

    for (const [label, template] of [
      ['an unknown stretch', html`<cramp-stretch-card stretch="splits"></cramp-stretch-card>`],
      ['no stretch', html`<cramp-stretch-card></cramp-stretch-card>`],
    ] as const) {
      it(`shows a short message for ${label}, and warns once listing the valid ids`, async () => {
        const el = await card(template);
        expect(text($(el, '[part="error"]'))).to.equal(t.unknown);
        expect($$(el, 'button, svg')).to.have.length(0);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(STRETCH_IDS.join(', '));
        el.start();
        expect(el.state).to.equal('idle');
      });
    }

    for (const [attr, value, used] of [
      ['hold', '3', 5],
      ['hold', '500', 120],
      ['hold', 'long', 10],
      ['hold', '7.6', 8],
      ['reps', '0', 1],
      ['reps', '11', 10],
      ['reps', 'many', 3],
    ] as const) {
      it(`brings ${attr}="${value}" into range (${String(used)}) with a warning`, async () => {
        const el = await card(
          html`<cramp-stretch-card stretch="wall-calf" hold=${attr === 'hold' ? value : nothing} reps=${attr === 'reps' ? value : nothing}></cramp-stretch-card>`,
        );
        const dose = text($(el, '[part="dose"]'));
        expect(dose).to.equal(attr === 'hold' ? t.dose(used, 3, true) : t.dose(10, used, true));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`${attr}=`);
        // And its timer runs with that dose: the updates it brings (one a second) do not start it again.
        primary(el).click();
        await tick(el, 2000);
        await tick(el, 1000);
        expect(el.state).to.equal('running');
        expect(count(el)).to.equal((attr === 'hold' ? used : 10) - 3);
      });
    }

    it('starts before its first render with what a framework passes (hold as text, a list for the stretch), kept by the render', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('cramp-stretch-card');
      wrapper.append(el);
      (el as unknown as { stretch: unknown }).stretch = ['toe-pull'];
      (el as unknown as { hold: unknown }).hold = '30';
      el.start();
      expect(el.state).to.equal('running');
      await el.updateComplete;
      await tick(el, 1000);
      expect(el.state).to.equal('running');
      expect(count(el)).to.equal(29);
      // Nothing a framework passes makes start() throw: it stays idle, with the warning the render would give.
      const other = document.createElement('cramp-stretch-card');
      wrapper.append(other);
      (other as unknown as { stretch: unknown }).stretch = 5;
      expect(() => {
        other.start();
      }).to.not.throw();
      (other as unknown as { stretch: unknown }).stretch = { id: 'hamstring' };
      expect(() => {
        other.start();
      }).to.not.throw();
      expect(other.state).to.equal('idle');
      await other.updateComplete;
      expect(warnings.messages.some((m) => m.includes('stretch (property stretch)'))).to.equal(true);
    });

    it('takes an empty hold or reps, or 0 from a framework clearing it, as not set: the stretch’s own dose, no warning', async () => {
      const el = await card(html`<cramp-stretch-card stretch="wall-calf" hold="" reps=" "></cramp-stretch-card>`);
      expect(text($(el, '[part="dose"]'))).to.equal(t.dose(10, 3, true));
      el.removeAttribute('hold');
      el.removeAttribute('reps');
      el.hold = 0;
      el.reps = 0;
      await el.updateComplete;
      expect(text($(el, '[part="dose"]'))).to.equal(t.dose(10, 3, true));
      expect(warnings.messages).to.deep.equal([]);
    });

    it('follows a fixed stretch id after a bad one', async () => {
      const el = await card(html`<cramp-stretch-card stretch="nope"></cramp-stretch-card>`);
      // @ts-expect-error: TypeScript takes the lowercase id only; the element also reads capitals
      el.stretch = 'Toe-Pull';
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal(en.stretches['toe-pull'].name);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark', undefined]) {
      for (const state of ['idle', 'running', 'paused', 'done']) {
        it(`passes ${state}, ${theme ?? 'no'} theme`, async () => {
          const el = await card(html`<cramp-stretch-card stretch="wall-calf" theme=${theme ?? nothing}></cramp-stretch-card>`);
          if (state !== 'idle') el.start();
          // Running: in a rest between legs; paused: on the second leg; done: all 110 s.
          if (state === 'running') clock.tick(12000);
          if (state === 'paused') {
            clock.tick(25000);
            el.pause();
          }
          if (state === 'done') clock.tick(110000);
          await el.updateComplete;
          expect(el.state).to.equal(state);
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const id of STRETCH_IDS as readonly StretchId[]) {
      it(`passes for ${id}, dark`, async () => {
        const el = await card(html`<cramp-stretch-card stretch=${id} theme="dark"></cramp-stretch-card>`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
