import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/cramp-diary.js';
import '../src/cramp-risk-checklist.js';
import { DIARY_STORAGE_KEY, type CrampDiary, type DiaryChangeDetail } from '../src/cramp-diary.js';
import type { DiaryEntry } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, $$, captureWarnings, emulateMedia, text, until } from './helpers/index.js';
import { fleschKincaidGrade } from './helpers/readability.js';

const d = en.diary;
let n = 0;
/** An entry: a 2-minute left calf cramp in the night, unless told otherwise. */
const entry = (fields: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id: `t${String(++n)}`,
  at: '2026-12-01T03:00',
  leg: 'left',
  place: 'calf',
  minutes: 2,
  severity: 'moderate',
  doing: 'asleep',
  helped: ['stretch'],
  swelling: false,
  note: '',
  ...fields,
});

async function diary(template = html`<cramp-diary></cramp-diary>`) {
  const el = await fixture<CrampDiary>(template);
  await el.updateComplete;
  return el;
}
const input = (el: Element, selector: string) => $(el, selector) as HTMLInputElement;
const choose = (el: Element, name: string, value: string) => {
  input(el, `input[name="${name}"][value="${value}"]`).click();
};
const submit = async (el: CrampDiary) => {
  $(el, '.save').click();
  await el.updateComplete;
  await aTimeout(0);
};
/** The next cramp-diary-change from `el`. */
const nextChange = (el: Element) => oneEvent<CustomEvent<DiaryChangeDetail>>(el, 'cramp-diary-change');
const listed = (el: Element) => $$(el, '[part="entry"] .entry-text').map(text);
const notices = (el: Element) => $$(el, '[part="notice"]').map((x) => x.dataset.level);

function recordChanges() {
  const events: DiaryChangeDetail[] = [];
  const listener = (e: Event) => {
    events.push((e as CustomEvent<DiaryChangeDetail>).detail);
  };
  document.addEventListener('cramp-diary-change', listener);
  return {
    events,
    stop: () => {
      document.removeEventListener('cramp-diary-change', listener);
    },
  };
}

describe('<cramp-diary>', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  describe('content', () => {
    it('shows its title at the heading level asked for, the privacy line, an empty list and an empty summary', async () => {
      const el = await diary(html`<cramp-diary heading-level="3"></cramp-diary>`);
      expect($(el, '[part="title"]').localName).to.equal('h3');
      expect(text($(el, '[part="title"]'))).to.equal(d.title);
      expect(text($(el, '[part="privacy"]'))).to.equal(d.privacy);
      expect(text($(el, '.empty'))).to.equal(d.empty);
      expect(text($(el, '[part="total"]'))).to.equal(d.total(0));
      expect($(el, '[part="summary-heading"]').localName).to.equal('h4');
      expect(el.shadowRoot!.querySelector('[part="safety"]')).to.equal(null);
      expect(text($(el, '[part="sources"]'))).to.include('NHS inform');
    });

    it('reads at grade 6 or below (Flesch-Kincaid): every English text of four words or more', () => {
      const texts = (node: unknown): string[] =>
        typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(texts) : [];
      const prose = texts(d).filter((t) => t.split(/\s+/).length >= 4);
      expect(prose.length).to.be.greaterThan(20);
      const grade = fleschKincaidGrade(prose);
      expect(grade, grade.toFixed(1)).to.be.at.most(6);
    });
  });

  describe('adding, changing and deleting', () => {
    it('adds a cramp in a few taps: now by default, the choices made, and tells the page', async () => {
      const el = await diary();
      const changes = recordChanges();
      try {
        const before = new Date();
        expect(Math.abs(new Date(input(el, '#at').value).getTime() - before.getTime())).to.be.below(2 * 60 * 1000);
        choose(el, 'leg', 'right');
        choose(el, 'place', 'knee');
        input(el, '#minutes').value = '4';
        choose(el, 'helped', 'massage');
        await submit(el);
        expect(el.value).to.have.length(1);
        const [added] = el.value;
        expect(added).to.include({ leg: 'right', place: 'knee', minutes: 4, severity: 'moderate', doing: 'asleep', swelling: false });
        expect(added!.helped).to.deep.equal(['massage']);
        expect(listed(el)[0]).to.include('4 minutes, Right leg, Behind the knee');
        expect(text($(el, '[part="status"]'))).to.equal(d.added);
        expect(changes.events).to.have.length(1);
        expect(changes.events[0]).to.deep.equal({ entries: el.value, careLevel: null });
        // The next cramp starts where the last one was.
        expect(input(el, 'input[name="leg"][value="right"]').checked).to.equal(true);
      } finally {
        changes.stop();
      }
    });

    it('sets "last night" in one tap: 3 in the morning of the night just gone', async () => {
      const el = await diary();
      $(el, '.last-night').click();
      await el.updateComplete;
      const value = input(el, '#at').value;
      expect(value.slice(11)).to.equal('03:00');
      expect(new Date(value).getTime()).to.be.at.most(Date.now());
      expect(Date.now() - new Date(value).getTime()).to.be.below(25 * 60 * 60 * 1000);
      $(el, '.now').click();
      await el.updateComplete;
      expect(Math.abs(new Date(input(el, '#at').value).getTime() - Date.now())).to.be.below(2 * 60 * 1000);
    });

    it('says what is wrong with bad minutes or a time still to come, focuses the field, and adds nothing', async () => {
      const el = await diary();
      for (const bad of ['', '0', '2000', 'abc']) {
        input(el, '#minutes').value = bad;
        await submit(el);
        expect(el.value, bad).to.have.length(0);
        expect(text($(el, '.error'))).to.equal(d.badMinutes);
        expect(input(el, '#minutes').getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot!.activeElement).to.equal(input(el, '#minutes'));
      }
      input(el, '#minutes').value = '3';
      input(el, '#at').value = '2999-01-01T10:00';
      await submit(el);
      expect(el.value).to.have.length(0);
      expect(text($(el, '.error'))).to.equal(d.badWhen);
      expect(el.shadowRoot!.activeElement).to.equal(input(el, '#at'));
    });

    it('changes a cramp: the form shows it, saves it in place, and focus goes back to it', async () => {
      const el = await diary();
      el.value = [entry({ id: 'a', minutes: 3 }), entry({ id: 'b', at: '2026-11-01T10:00' })];
      await el.updateComplete;
      $(el, '[data-id="a"] .edit').click();
      await el.updateComplete;
      expect(text($(el, '[part="form-heading"]'))).to.equal(d.editTitle);
      expect(input(el, '#minutes').value).to.equal('3');
      expect(input(el, '#at').value).to.equal('2026-12-01T03:00');
      input(el, '#minutes').value = '12';
      const change = nextChange(el);
      await submit(el);
      const { detail } = await change;
      expect(detail.entries.map((e: DiaryEntry) => [e.id, e.minutes])).to.deep.equal([
        ['a', 12],
        ['b', 2],
      ]);
      expect(detail.careLevel).to.equal('urgent');
      expect(text($(el, '[part="status"]'))).to.equal(d.saved);
      expect(text($(el, '[part="form-heading"]'))).to.equal(d.formTitle);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-id="a"] .edit'));
      // Cancel leaves it as it was.
      $(el, '[data-id="b"] .edit').click();
      await el.updateComplete;
      input(el, '#minutes').value = '99';
      $(el, '.cancel').click();
      await el.updateComplete;
      expect(el.value[1]!.minutes).to.equal(2);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-id="b"] .edit'));
    });

    it('names each Change and Delete button with the cramp it is for', async () => {
      const el = await diary();
      el.value = [entry({ id: 'a' })];
      await el.updateComplete;
      expect($(el, '.edit').getAttribute('aria-label')).to.equal(d.edit('1 December 2026, 03:00'));
      expect($(el, '.delete').getAttribute('aria-label')).to.equal(d.remove('1 December 2026, 03:00'));
    });

    it('deletes one cramp, and tells the page', async () => {
      const el = await diary();
      el.value = [entry({ id: 'a' }), entry({ id: 'b' })];
      await el.updateComplete;
      const change = nextChange(el);
      $(el, '[data-id="a"] .delete').click();
      expect((await change).detail.entries.map((e: DiaryEntry) => e.id)).to.deep.equal(['b']);
      await el.updateComplete;
      expect(text($(el, '[part="status"]'))).to.equal(d.removed);
      expect($$(el, '[part="entry"]')).to.have.length(1);
    });

    it('deletes everything only after asking, and Cancel keeps it all', async () => {
      const el = await diary();
      el.value = [entry(), entry()];
      await el.updateComplete;
      $(el, '.clear').click();
      await el.updateComplete;
      expect(text($(el, '[part="confirm"]'))).to.include(d.clearConfirm);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.clear-yes'));
      $(el, '.clear-no').click();
      await el.updateComplete;
      expect(el.value).to.have.length(2);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.clear'));
      $(el, '.clear').click();
      await el.updateComplete;
      const change = nextChange(el);
      $(el, '.clear-yes').click();
      expect((await change).detail).to.deep.equal({ entries: [], careLevel: null });
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(text($(el, '[part="status"]'))).to.equal(d.cleared);
    });

    it('works from the keyboard: arrow keys choose, Enter adds', async () => {
      const el = await diary();
      input(el, 'input[name="leg"][value="left"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(input(el, 'input[name="leg"][value="right"]').checked).to.equal(true);
      input(el, '#minutes').focus();
      input(el, '#minutes').select();
      await sendKeys({ type: '6' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.map((e) => [e.leg, e.minutes])).to.deep.equal([['right', 6]]);
    });
  });

  describe('the safety net', () => {
    it('shows nothing for ordinary cramps, 10 minutes included', async () => {
      const el = await diary();
      el.value = [entry({ minutes: 10 }), entry({ leg: 'both' })];
      await el.updateComplete;
      expect(notices(el)).to.deep.equal([]);
    });

    it('calls for urgent help for swelling in one leg, with the care advice’s words and the site’s number', async () => {
      const el = await diary(html`<cramp-diary emergency-number="999"></cramp-diary>`);
      el.value = [entry({ leg: 'right', swelling: true })];
      await el.updateComplete;
      expect(notices(el)).to.deep.equal(['urgent']);
      const notice = $(el, '[part="notice"]');
      expect(text(notice.querySelector('[part="notice-heading"]')!)).to.equal(`${en.care.urgent.prefix}${en.care.urgent.title}`);
      expect(text(notice)).to.include(d.rules['swelling-one-leg']);
      expect(text(notice)).to.include(d.lastNoted('1 December 2026, 03:00'));
      expect(text(notice)).to.include(en.care.urgent.action);
      expect(text($(el, '[part="emergency"]'))).to.equal(en.safetyNet.now.replace('{number}', '999'));
      expect($(el, '[part="emergency"] [part="number"]').getAttribute('href')).to.equal('tel:999');
    });

    it('calls for urgent help for a cramp over 10 minutes, and a doctor soon for swelling in both legs, most urgent first', async () => {
      const el = await diary();
      el.value = [entry({ leg: 'both', swelling: true }), entry({ minutes: 11 })];
      await el.updateComplete;
      expect(notices(el)).to.deep.equal(['urgent', 'soon']);
      expect(text($$(el, '[part="notice"]')[0]!)).to.include(d.rules['long-cramp']);
      expect(text($$(el, '[part="notice"]')[1]!)).to.include(d.rules['swelling-both-legs']);
      expect(text($(el, '[part="emergency"]'))).to.include('your local emergency number');
    });
  });

  describe('the summary', () => {
    it('draws cramps per week as a chart hidden from screen readers, with the same numbers in a table', async () => {
      const el = await diary();
      const now = new Date();
      const at = (daysAgo: number) => {
        const t = new Date(now.getTime() - daysAgo * 86400000);
        const two = (x: number) => String(x).padStart(2, '0');
        return `${String(t.getFullYear())}-${two(t.getMonth() + 1)}-${two(t.getDate())}T${two(t.getHours())}:${two(t.getMinutes())}`;
      };
      el.value = [entry({ at: at(1) }), entry({ at: at(2), leg: 'right', minutes: 8 }), entry({ at: at(9) }), entry({ at: at(200) })];
      await el.updateComplete;
      const chart = $(el, '[part="chart"]');
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(chart.querySelectorAll('rect')).to.have.length(8);
      const rows = $$(el, '[part="weeks"] tbody tr').map((tr) => text(tr.querySelector('td')!));
      expect(rows).to.deep.equal(['0', '0', '0', '0', '0', '0', '1', '2']);
      const bars = [...chart.querySelectorAll('text')].map((t) => t.textContent);
      expect(bars).to.deep.equal(rows);
      expect(text($(el, '[part="total"]'))).to.equal(d.total(4));
      expect(text($(el, '[part="legs"]'))).to.include(`${d.legs.right} 1`);
      expect(text($(el, '[part="longest"]'))).to.include(d.minutesText(8));
      expect(text($(el, '[part="helped"]'))).to.equal(`${d.helps.stretch}: 4`);
    });
  });

  describe('value and properties', () => {
    it('reads and sets value, newest first; null and undefined empty it', async () => {
      const el = await diary();
      const older = entry({ at: '2026-01-01T10:00' });
      const newer = entry({ at: '2026-02-01T10:00' });
      el.value = [older, newer];
      expect(el.value).to.deep.equal([newer, older]);
      el.value = null;
      expect(el.value).to.deep.equal([]);
      el.value = [older];
      el.value = undefined;
      expect(el.value).to.deep.equal([]);
    });

    it('leaves out what is not an entry, with one warning, and never throws', async () => {
      const el = await diary();
      const w = captureWarnings();
      try {
        el.value = [entry({ id: 'ok' }), { id: 'x' } as unknown as DiaryEntry, entry({ id: 'ok' })];
        expect(el.value.map((e) => e.id)).to.deep.equal(['ok']);
        expect(w.messages.filter((m) => m.includes('value: ignored 2 entries'))).to.have.length(1);
        el.value = 42 as unknown as DiaryEntry[];
        expect(el.value).to.deep.equal([]);
        expect(w.messages.some((m) => m.includes('value: ignored a value of type number'))).to.equal(true);
        el.value = JSON.stringify([entry({ id: 'json' })]) as unknown as DiaryEntry[];
        expect(el.value.map((e) => e.id)).to.deep.equal(['json']);
        await el.updateComplete;
        expect($$(el, '[part="entry"]')).to.have.length(1);
      } finally {
        w.restore();
      }
    });

    it('takes what frameworks pass for its other properties (numbers, null) and falls back sensibly', async () => {
      const el = await diary();
      const w = captureWarnings();
      try {
        el.headingLevel = 4;
        el.emergencyNumber = 112;
        el.storageKey = 7 as unknown as string;
        el.persist = true;
        await el.updateComplete;
        expect($(el, '[part="title"]').localName).to.equal('h4');
        el.value = [entry({ minutes: 30 })];
        await el.updateComplete;
        expect(text($(el, '[part="emergency"]'))).to.include('112');
        expect(localStorage.getItem('7')).to.not.equal(null);
        el.headingLevel = null as unknown as 2;
        el.emergencyNumber = null as unknown as string;
        el.storageKey = null as unknown as string;
        el.theme = null as unknown as 'dark';
        el.name = null as unknown as string;
        await el.updateComplete;
        expect($(el, '[part="title"]').localName).to.equal('h2');
        expect(text($(el, '[part="emergency"]'))).to.include('your local emergency number');
        el.emergencyNumber = 'call us';
        await el.updateComplete;
        expect(w.messages.some((m) => m.includes('emergency-number="call us" is not a phone number'))).to.equal(true);
        expect(text($(el, '[part="emergency"]'))).to.include('your local emergency number');
      } finally {
        w.restore();
      }
    });

    it('reflects persist and name, and reads storage-key', async () => {
      const el = await diary(html`<cramp-diary persist storage-key="mine" name="diary"></cramp-diary>`);
      expect(el.persist).to.equal(true);
      expect(el.storageKey).to.equal('mine');
      el.name = 'log';
      await el.updateComplete;
      expect(el.getAttribute('name')).to.equal('log');
      el.persist = false;
      await el.updateComplete;
      expect(el.hasAttribute('persist')).to.equal(false);
    });
  });

  describe('privacy and saving', () => {
    it('writes nothing to storage without persist', async () => {
      const setItem = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (...args: [string, string]) {
        writes += 1;
        setItem.apply(this, args);
      };
      try {
        const el = await diary();
        await submit(el);
        expect(el.value).to.have.length(1);
        expect(writes).to.equal(0);
        expect(localStorage.length).to.equal(0);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('with persist, saves on this device and restores, and says so', async () => {
      const el = await diary(html`<cramp-diary persist></cramp-diary>`);
      expect(text($(el, '[part="privacy"]'))).to.equal(d.privacyPersist);
      el.value = [entry({ id: 'kept' })];
      await el.updateComplete;
      el.remove();
      const saved = JSON.parse(localStorage.getItem(DIARY_STORAGE_KEY)!) as { by: string; v: number; entries: DiaryEntry[] };
      expect(saved.by).to.equal('cramp-kit');
      expect(saved.entries.map((e) => e.id)).to.deep.equal(['kept']);
      const again = await diary(html`<cramp-diary persist></cramp-diary>`);
      expect(again.value.map((e) => e.id)).to.deep.equal(['kept']);
    });

    it('never overwrites or removes data it did not write under its key, and says plainly it is not saving', async () => {
      for (const foreign of ['{"theme":"dark"}', 'plain text', '{"by":"cramp-kit","v":2,"entries":[]}', '[1]']) {
        localStorage.setItem('settings', foreign);
        const w = captureWarnings();
        try {
          const el = await diary(html`<cramp-diary persist storage-key="settings"></cramp-diary>`);
          el.value = [entry()];
          await el.updateComplete;
          $(el, '.clear').click();
          await el.updateComplete;
          $(el, '.clear-yes').click();
          await el.updateComplete;
          expect(localStorage.getItem('settings'), foreign).to.equal(foreign);
          expect(text($(el, '[part="privacy"]'))).to.equal(d.notSaved.foreign);
          expect(w.messages.filter((m) => m.includes('storage-key "settings" holds data cramp-kit did not write'))).to.have.length(1);
          el.remove();
        } finally {
          w.restore();
          localStorage.removeItem('settings');
        }
      }
    });

    it('says plainly when the device is full, keeps what it saved before and loses nothing shown', async () => {
      localStorage.setItem(DIARY_STORAGE_KEY, JSON.stringify({ by: 'cramp-kit', v: 1, entries: [entry({ id: 'old' })] }));
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const w = captureWarnings();
      try {
        const el = await diary(html`<cramp-diary persist></cramp-diary>`);
        await submit(el);
        expect(el.value).to.have.length(2);
        expect($$(el, '[part="entry"]')).to.have.length(2);
        expect(text($(el, '[part="privacy"]'))).to.equal(d.notSaved.full);
        expect(w.messages.some((m) => m.includes('could not save entries'))).to.equal(true);
        expect((JSON.parse(localStorage.getItem(DIARY_STORAGE_KEY)!) as { entries: unknown[] }).entries).to.have.length(1);
      } finally {
        Storage.prototype.setItem = setItem;
        w.restore();
      }
    });

    it('says plainly when the browser refuses storage, and still works', async () => {
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function () {
        throw new DOMException('denied', 'SecurityError');
      };
      const w = captureWarnings();
      try {
        const el = await diary(html`<cramp-diary persist></cramp-diary>`);
        expect(text($(el, '[part="privacy"]'))).to.equal(d.notSaved.blocked);
        await submit(el);
        expect(el.value).to.have.length(1);
        expect(w.messages.filter((m) => m.includes('cannot use localStorage here'))).to.have.length(1);
      } finally {
        Storage.prototype.getItem = getItem;
        w.restore();
      }
    });

    it('keeps two diaries with one key in step, on one page and from another tab', async () => {
      const [a, b] = await Promise.all([
        diary(html`<cramp-diary persist></cramp-diary>`),
        diary(html`<cramp-diary persist></cramp-diary>`),
      ]);
      a.value = [entry({ id: 'from-a' })];
      await a.updateComplete;
      await b.updateComplete;
      expect(b.value.map((e) => e.id)).to.deep.equal(['from-a']);
      const other = JSON.stringify({ by: 'cramp-kit', v: 1, entries: [entry({ id: 'from-tab' }), entry({ id: 'from-a' })] });
      localStorage.setItem(DIARY_STORAGE_KEY, other);
      window.dispatchEvent(new StorageEvent('storage', { key: DIARY_STORAGE_KEY }));
      await a.updateComplete;
      expect(a.value.map((e) => e.id).sort()).to.deep.equal(['from-a', 'from-tab']);
    });
  });

  describe('files', () => {
    let created: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    // The file's link is clicked, but no download starts: a real one takes the browser window's focus in Firefox, and
    // the keyboard and focus-ring tests after it fail.
    const noDownload = (event: Event) => {
      if ((event.target as Element).matches('a[download]')) event.preventDefault();
    };
    beforeEach(() => {
      created = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        created.push(blob as Blob);
        return 'blob:test';
      };
      document.addEventListener('click', noDownload, true);
    });
    afterEach(() => {
      URL.createObjectURL = createObjectURL;
      document.removeEventListener('click', noDownload, true);
    });
    const open = async (el: CrampDiary, body: string, name: string) => {
      const file = input(el, '.file');
      const data = new DataTransfer();
      data.items.add(new File([body], name));
      file.files = data.files;
      file.dispatchEvent(new Event('change'));
      await until(() => text($(el, '[part="status"]')) !== '');
      await el.updateComplete;
    };

    it('saves the diary as a JSON file and as a CSV table, made on the device', async () => {
      const el = await diary();
      el.value = [entry({ id: 'a', note: '=1+1' })];
      await el.updateComplete;
      $(el, '.export-json').click();
      $(el, '.export-csv').click();
      expect(created).to.have.length(2);
      const json = JSON.parse(await created[0]!.text()) as { entries: DiaryEntry[] };
      expect(json.entries).to.deep.equal(el.value);
      const csv = await created[1]!.text();
      expect(csv.split('\r\n')[0]).to.equal('id,at,leg,place,minutes,severity,doing,helped,swelling,note');
      expect(csv).to.include("'=1+1");
    });

    it('opens a file: adds its new cramps, never overwrites one it has, and tells the page', async () => {
      const el = await diary();
      el.value = [entry({ id: 'same', note: 'mine' })];
      await el.updateComplete;
      const body = JSON.stringify({ by: 'cramp-kit', v: 1, entries: [entry({ id: 'same', note: 'theirs' }), entry({ id: 'new' })] });
      const change = nextChange(el);
      await open(el, body, 'diary.json');
      expect((await change).detail.entries).to.have.length(2);
      expect(text($(el, '[part="status"]'))).to.equal(d.imported(1));
      expect(el.value.find((e) => e.id === 'same')!.note).to.equal('mine');
    });

    it('refuses a file the kit did not write, changing nothing', async () => {
      const el = await diary();
      el.value = [entry({ id: 'a' })];
      await el.updateComplete;
      await open(el, 'name,age\nAna,40', 'other.csv');
      expect(text($(el, '[part="status"]'))).to.equal(d.importFailed);
      expect(el.value.map((e) => e.id)).to.deep.equal(['a']);
    });
  });

  describe('in a form', () => {
    it('submits the entries as JSON under its name, and clears on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cramp-diary name="diary"></cramp-diary></form>`);
      const el = form.querySelector('cramp-diary')!;
      await el.updateComplete;
      expect(new FormData(form).get('diary')).to.equal(null);
      el.value = [entry({ id: 'a' })];
      expect(JSON.parse(new FormData(form).get('diary') as string)).to.deep.equal(el.value);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(new FormData(form).get('diary')).to.equal(null);
    });

    it('is disabled by a disabled fieldset: nothing can be changed, the summary can still be copied', async () => {
      const fieldset = await fixture<HTMLFieldSetElement>(html`<fieldset disabled><cramp-diary></cramp-diary></fieldset>`);
      const el = fieldset.querySelector('cramp-diary')!;
      el.value = [entry()];
      await el.updateComplete;
      expect(($(el, '.fields') as HTMLFieldSetElement).disabled).to.equal(true);
      expect(($(el, '.clear') as HTMLButtonElement).disabled).to.equal(true);
      expect(($(el, '.edit') as HTMLButtonElement).disabled).to.equal(true);
      expect(($(el, '.copy') as HTMLButtonElement).disabled).to.equal(false);
    });
  });

  describe('copy and print', () => {
    let original: PropertyDescriptor | undefined;
    beforeEach(() => {
      original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    });
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies the summary as text, safety net and number included, and says so', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      const el = await diary(html`<cramp-diary emergency-number="112"></cramp-diary>`);
      el.value = [entry({ minutes: 20, note: 'woke me' })];
      await el.updateComplete;
      $(el, '.copy').click();
      await until(() => text($(el, '[part="status"]')) === d.copied);
      expect(copied).to.deep.equal([el.summaryText()]);
      expect(copied[0]).to.include(d.rules['long-cramp']);
      expect(copied[0]).to.include('Call 112 now');
      expect(copied[0]).to.include('"woke me"');
    });

    it('when the clipboard is refused, shows the text selected in a box to copy by hand', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('no')) } });
      const el = await diary();
      el.value = [entry()];
      await el.updateComplete;
      $(el, '.copy').click();
      await until(() => text($(el, '[part="status"]')) === d.copyFailed);
      await el.updateComplete;
      const box = $(el, '[part="fallback"]') as HTMLTextAreaElement;
      expect(box.value).to.equal(el.summaryText());
      expect(el.shadowRoot!.activeElement).to.equal(box);
      await expect(el).to.be.accessible();
    });

    it('prints alone, with the answers of the checklist on the page', async () => {
      const wrap = await fixture(html`<div><cramp-risk-checklist></cramp-risk-checklist><cramp-diary></cramp-diary></div>`);
      const el = wrap.querySelector('cramp-diary')!;
      const checklist = wrap.querySelector('cramp-risk-checklist')!;
      checklist.value = ['diet'];
      el.value = [entry()];
      await el.updateComplete;
      const print = window.print;
      let marked = false;
      window.print = () => {
        marked = el.hasAttribute('data-cramp-printing');
      };
      try {
        $(el, '.print').click();
        await until(() => marked);
        expect(text($(el, '[part="checklist"]'))).to.include(en.risks.diet.label);
        window.dispatchEvent(new Event('afterprint'));
        expect(el.hasAttribute('data-cramp-printing')).to.equal(false);
      } finally {
        window.print = print;
      }
    });

    it('prints the summary without the form or the buttons', async () => {
      const el = await diary();
      el.value = [entry()];
      await el.updateComplete;
      const emulated = await emulateMedia([], 'print');
      try {
        const printing = emulated || matchMedia('print').matches;
        const shown = (node: Element) => getComputedStyle(node).display !== 'none';
        expect(shown($(el, '[part="summary"]'))).to.equal(true);
        expect(shown($(el, '[part="form"]'))).to.equal(!printing);
        expect(shown($(el, '[part="actions"]'))).to.equal(!printing);
      } finally {
        await emulateMedia([]);
      }
    });
  });

  describe('languages and layout', () => {
    it('speaks Spanish, whose file it loads itself', async () => {
      const el = await diary(html`<cramp-diary lang="es"></cramp-diary>`);
      await until(() => text($(el, '[part="title"]')) === 'Diario de calambres');
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('es');
    });

    it('fits 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await diary();
        el.value = [entry({ note: 'a long note '.repeat(10) }), entry({ minutes: 30, swelling: true })];
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('speed', () => {
    it('adds a cramp to 999 and draws the summary in under 50 ms (one task), and draws 1,000 at once', async () => {
      const el = await diary();
      const many = Array.from({ length: 999 }, (_, i) =>
        entry({ id: `m${String(i)}`, at: `2026-${String((i % 12) + 1).padStart(2, '0')}-10T0${String(i % 10)}:00`, minutes: (i % 20) + 1 }),
      );
      let start = performance.now();
      el.value = many;
      await el.updateComplete;
      const first = performance.now() - start;
      input(el, '#minutes').value = '3';
      document.body.getBoundingClientRect(); // the first render's layout, done before the reader taps
      start = performance.now();
      $(el, '.save').click();
      await el.updateComplete;
      document.body.getBoundingClientRect(); // this task's own style and layout
      const add = performance.now() - start;
      expect(el.value).to.have.length(1000);
      // The list shows the newest 50, and more on request; the summary counts them all.
      expect($$(el, '[part="entry"]')).to.have.length(50);
      expect(text($(el, '[part="total"]'))).to.equal(d.total(1000));
      $(el, '.more').click();
      await el.updateComplete;
      expect($$(el, '[part="entry"]')).to.have.length(100);
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part="entry"] .edit')[50]);
      console.log(`cramp-diary speed: 1,000 entries drawn at once in ${first.toFixed(1)} ms; the 1,000th added in ${add.toFixed(1)} ms`);
      expect(add, `${add.toFixed(1)} ms`).to.be.below(50);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of [undefined, 'dark'] as const) {
      it(`passes empty, with entries and notices, editing, asking to delete and with an error, ${theme ?? 'no'} theme`, async () => {
        const el = await diary(html`<cramp-diary theme=${theme ?? 'light'}></cramp-diary>`);
        await expect(el).to.be.accessible();
        el.value = [entry({ swelling: true }), entry({ minutes: 15, leg: 'both', swelling: true })];
        await el.updateComplete;
        await expect(el).to.be.accessible();
        $(el, '.edit').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        $(el, '.clear').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        input(el, '#minutes').value = '';
        await submit(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
