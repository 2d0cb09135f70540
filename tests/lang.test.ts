import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { registerContentPack } from '../src/content/index.js';
import { SHIPPED_LANGS, shippedFor } from '../src/languages/tags.js';
import { checkContentPack, functionPaths, SAMPLES } from '../src/content/check.js';
import { enWords } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { TRANSLATED_SOURCES } from '../src/content/facts.js';
import { $, $$, captureWarnings, deep, exampleAttributes, frame, TAGS, text, until } from './helpers/index.js';

/**
 * Spanish, and languages loaded on demand. The elements here load
 * src/lang/es.ts themselves the first time an element asks for Spanish; the
 * pages in iframes load the built CDN files (dist/cdn), as a site would.
 */

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type Tree = Record<string, unknown>;

/** Every text of a pack (strings and lists of strings), with its path. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.map((item, i) => [`${path}[${String(i)}]`, String(item)]);
  if (node && typeof node === 'object') return Object.entries(node as Tree).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}
const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();

/**
 * Words that are English and never Spanish: one of them on a Spanish page
 * (outside the sources' names and titles, which stay as published) is
 * English that slipped through.
 */
const ENGLISH = new Set(
  (
    'the and your you with for this that what when how of to it if or can may do does get help leg legs cramp cramps stretch ' +
    'stretches hold start pause resume reset next previous sources source print copy summary clear doctor more about show step round ' +
    'seconds minutes left right done knee pain water contents skip close open timer ticked tick answers nurse call now go back'
  ).split(' '),
);
/** Source names, as published (in English): left out of the check, longest first. Titles are marked lang="en", and left out for that. */
const published = [
  ...Object.values(es.sources).map((s) => s.name),
  // Publishers named in Spanish citations: proper names, which keep their language (WCAG 3.1.2 leaves them out).
  'American Academy of Orthopaedic Surgeons',
].sort((a, b) => b.length - a.length);
/** Text marked as English (a source's title as published), which a screen reader says in English. */
const markedEnglish = (node: Node) => node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'en';

/** What a reader of an element meets: its text and the names and descriptions of its parts, in every shadow root. */
function readerText(host: Element): string {
  const parts: string[] = [];
  for (const el of [host, ...deep(host.shadowRoot!)]) {
    const root = el.shadowRoot;
    if (root)
      for (const node of [...root.childNodes, ...deep(root).flatMap((e) => [...e.childNodes])])
        if (node.nodeType === Node.TEXT_NODE && !markedEnglish(node)) parts.push(node.textContent ?? '');
    for (const name of ['aria-label', 'alt', 'title', 'aria-roledescription', 'aria-valuetext', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  let all = parts.join(' ').replace(/\s+/g, ' ');
  for (const p of published) all = all.split(p).join(' ');
  return all.replace(/https?:\/\/\S+|doi:\S+/g, ' ');
}
const englishIn = (s: string) => [...new Set(s.toLowerCase().match(/[a-z]+/g) ?? [])].filter((w) => ENGLISH.has(w));

async function render(tag: string, attrs: Record<string, string> = {}): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  for (const [name, value] of Object.entries({ ...exampleAttributes(tag), ...attrs })) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  for (const inner of deep(el.shadowRoot!)) if ('updateComplete' in inner) await (inner as Lit).updateComplete;
  return el;
}

describe('the Spanish pack', () => {
  it('has every key the English words have, each right, and nothing else', () => {
    expect(checkContentPack(es, enWords)).to.deep.equal([]);
    expect(es.lang).to.equal('es');
  });

  it('holds no clinical fact of its own: every text has exactly the numbers of its English, and {number} where English has it', () => {
    const english = new Map(texts(enWords));
    const spanish = texts(es);
    expect(spanish.length).to.equal([...english.keys()].filter((p) => p !== 'date').length);
    for (const [path, value] of spanish) {
      const source = english.get(path);
      expect(source, path).to.be.a('string');
      expect(numbers(value), `${path}: ${value}`).to.deep.equal(numbers(source!));
      expect(value.includes('{number}'), path).to.equal(source!.includes('{number}'));
    }
  });

  it('keeps every number in its functions, and the check tries every function of the words', () => {
    expect(functionPaths(enWords).filter((p) => !(p in SAMPLES))).to.deep.equal([]);
    // The check finds what a translator could get wrong.
    const broken = {
      ...es,
      stretch: { ...es.stretch, dose: () => 'Mantenga.', rep: () => 3 },
      checklist: { ...es.checklist, copy: '' },
      causes: { ...es.causes, strain: { ...es.causes.strain, certainty: 'established' } },
      extra: 'x',
    };
    delete (broken as unknown as Partial<typeof es>).careText;
    const problems = checkContentPack(broken as never, enWords);
    expect(problems).to.include('careText is missing');
    expect(problems).to.include('checklist.copy is empty');
    expect(problems).to.include('causes.strain.certainty is a clinical fact, which packs cannot change');
    expect(problems).to.include('extra is not a key cramp-kit knows');
    expect(problems.some((p) => p.startsWith('stretch.dose(30, 3, true) leaves out 30'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('stretch.rep(2, 3) does not return text'))).to.equal(true);
  });

  it('uses usted, never tú, in what it asks the reader to do', () => {
    const all = texts(es)
      .filter(([path]) => !path.startsWith('sources.'))
      .map(([, v]) => v)
      .join(' ');
    // tú forms and tú pronouns: "tu pierna", "tienes", "puedes", "haz", "estira" (usted: "su pierna", "tiene", "puede", "haga", "estire").
    expect(all.match(/\b(tú|tu|tus|te|ti|contigo|tienes|puedes|debes|haz|sientes|eres|estás)\b/gi) ?? []).to.deep.equal([]);
  });

  it('links MedlinePlus en español, and every other source as published', async () => {
    const el = await render('cramp-guide');
    const links = $$<HTMLAnchorElement>(el, 'a[href^="https://"]').map((a) => a.href);
    expect(links).to.include(TRANSLATED_SOURCES.medlineplus!.es);
    expect(links).to.not.include('https://medlineplus.gov/ency/article/003193.htm');
    expect(links).to.include('https://www.nhs.uk/conditions/leg-cramps/');
  });

  it('marks each English source title in the Spanish source list lang="en" (WCAG 3.1.2), and no Spanish title', async () => {
    const el = await render('cramp-guide');
    const items = $$(el, '[part="source-list"] li');
    expect(items).to.have.length(Object.keys(es.sources).length);
    const english = $$(el, '[part="source-list"] li [lang="en"]').map(text);
    expect(english).to.include('Leg cramps').and.include('Deep vein thrombosis');
    // The pages published in Spanish (MedlinePlus, Mayo Clinic, Cochrane's summary) have Spanish titles, not marked.
    const spanish = ['Calambres musculares', 'Calambre muscular: síntomas y causas', 'Magnesio para los calambres musculares'];
    for (const title of spanish) expect(english).to.not.include(title);
    // Only the title: the rest of the citation is Spanish, and reads as Spanish.
    const nhs = items.find((li) => text(li).startsWith(es.sources.nhs.citation))!;
    expect(text(nhs.querySelector('[lang="en"]')!)).to.equal('Leg cramps');
    // A citation written in Spanish, with no English title, has no English mark.
    const mayo = items.find((li) => text(li).startsWith(es.sources['mayo-statins'].citation))!;
    expect(mayo.querySelector('[lang]')).to.equal(null);
    // A paper cited as published, the English citation word for word, is English whole.
    expect(english).to.include(es.sources['allen-kirby-2012'].citation);
    // Every quoted title is either marked English or is MedlinePlus's Spanish one.
    for (const li of items) {
      const titles = [...text(li).matchAll(/«([^»]+)»/g)].map((m) => m[1]);
      for (const title of titles) if (!spanish.includes(title!)) expect(english, title).to.include(title);
    }
  });

  it('marks no title a site translated: a French pack’s own titles are French', async () => {
    registerContentPack({ lang: 'fr', sources: { nhs: { citation: 'Site du NHS, « Crampes dans les jambes ».' } } });
    const el = await fixture<Lit>(html`<cramp-guide lang="fr"></cramp-guide>`);
    await el.updateComplete;
    const nhs = $$(el, '[part="source-list"] li').find((li) => text(li).startsWith('Site du NHS'))!;
    expect(nhs.querySelector('[lang]')).to.equal(null);
  });

  it('marks no source title in an English guide', async () => {
    const el = await fixture<Lit>(html`<cramp-guide></cramp-guide>`);
    await el.updateComplete;
    expect($$(el, '[part="source-list"] [lang]')).to.have.length(0);
  });

  it('serves a tag with the shipped language of the same tag in any case, else of its primary language (the autoloader picks files with this too)', () => {
    expect(shippedFor('es-MX')).to.equal('es');
    expect(shippedFor(' ES ')).to.equal('es');
    expect(shippedFor('EN-us')).to.equal('en-US');
    expect(shippedFor('en-GB')).to.equal(undefined);
    expect(shippedFor('fr')).to.equal(undefined);
  });
});

describe('every element in Spanish', () => {
  for (const tag of TAGS) {
    it(`<${tag}> speaks Spanish, with no English outside the sources' names and titles, no warning, and passes axe`, async () => {
      const w = captureWarnings();
      try {
        const el = await render(tag, { 'emergency-number': '112' });
        const said = readerText(el);
        const context = englishIn(said).map((w) => new RegExp(`.{0,60}\\b${w}\\b.{0,60}`, 'i').exec(said)?.[0]);
        expect(englishIn(said), context.join(' | ')).to.deep.equal([]);
        expect(said).to.match(/[áéíóúñ¿]/);
        expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('es');
        expect(w.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        w.restore();
      }
    });
  }

  it('writes dates in Spanish (the browser’s Intl), and says so to the guide’s JSON-LD', async () => {
    const el = await render('cramp-guide', { 'structured-data': '', 'reviewed-by': 'Dra. Ana Ruiz', 'reviewed-on': '2026-12-01' });
    expect(text(el.shadowRoot!.firstElementChild!)).to.contain('7 de diciembre de 2026').and.contain('1 de diciembre de 2026');
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"][data-cramp-kit]')!.textContent) as Tree;
    expect(ld.inLanguage).to.equal('es');
  });

  it('states, in Spanish and passing axe: tabs, an open panel, a ticked checklist with its notice, a running timer, a routine’s second step', async () => {
    const w = captureWarnings();
    try {
      const tabs = await render('cramp-cause-explainer', { layout: 'tabs', open: 'strain' });
      expect(englishIn(readerText(tabs))).to.deep.equal([]);
      await expect(tabs).to.be.accessible();
      const accordion = await render('cramp-cause-explainer', { layout: 'accordion', open: 'dehydration' });
      expect(text($(accordion, '.panel'))).to.contain(es.causes.dehydration.why);
      expect(englishIn(readerText(accordion))).to.deep.equal([]);
      await expect(accordion).to.be.accessible();

      const checklist = await render('cramp-risk-checklist', { 'emergency-number': '112' });
      for (const id of ['low-fluids', 'long-cramp']) $(checklist, `input[value="${id}"]`).click();
      await checklist.updateComplete;
      const notice = $(checklist, '[part="notice"]');
      expect(text(notice)).to.contain(es.checklist.notice.urgent.title).and.contain('112');
      expect(englishIn(readerText(checklist))).to.deep.equal([]);
      await expect(checklist).to.be.accessible();

      const card = await render('cramp-stretch-card', { stretch: 'wall-calf' });
      $(card, 'button.primary').click();
      await card.updateComplete;
      expect(text($(card, '[part="phase"]'))).to.not.equal('');
      expect(englishIn(readerText(card))).to.deep.equal([]);
      await expect(card).to.be.accessible();
      $(card, 'button.primary').click();

      const routine = await render('cramp-stretch-routine');
      const next = $$<HTMLButtonElement>(routine, 'button').find((b) => b.textContent.trim() === es.stretch.next)!;
      next.click();
      await routine.updateComplete;
      expect(text(routine.shadowRoot!.firstElementChild!)).to.contain(es.stretch.step(2, 4).slice(0, 4));
      expect(englishIn(readerText(routine))).to.deep.equal([]);
      await expect(routine).to.be.accessible();
      expect(w.messages).to.deep.equal([]);
    } finally {
      w.restore();
    }
  });

  it('copies the checklist’s summary in Spanish', async () => {
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
    });
    try {
      const el = await render('cramp-risk-checklist', { 'emergency-number': '112' });
      for (const id of ['sweating', 'frequent']) $(el, `input[value="${id}"]`).click();
      await el.updateComplete;
      $(el, '.copy').click();
      await aTimeout(0);
      expect(copied).to.have.length(1);
      expect(copied[0]).to.contain(es.checklist.textTitle).and.contain(es.checklist.textAnswers).and.contain(es.risks.sweating.label);
      expect(copied[0]).to.contain(es.causes.dehydration.title);
      expect(englishIn(copied[0]!.split('http')[0]!)).to.deep.equal([]);
      expect(text($(el, '[part="status"]'))).to.equal(es.checklist.copied);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('switches live between English and Spanish, both ways, from its own lang or an ancestor’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cramp-care-advice></cramp-care-advice></div>`);
    const el = wrapper.querySelector<Lit>('cramp-care-advice')!;
    await el.updateComplete;
    const title = () => text($(el, 'h2'));
    expect(title()).to.equal(enWords.careText.title);
    wrapper.setAttribute('lang', 'es');
    await aTimeout(50);
    await el.updateComplete;
    expect(title()).to.equal(es.careText.title);
    el.setAttribute('lang', 'en-GB');
    await aTimeout(0);
    await el.updateComplete;
    expect(title()).to.equal(enWords.careText.title);
    el.removeAttribute('lang');
    await aTimeout(0);
    await el.updateComplete;
    expect(title()).to.equal(es.careText.title);
  });

  it('shows English and Spanish sections side by side on one page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <section lang="en"><cramp-prevention-tips></cramp-prevention-tips></section>
      <section lang="es-MX"><cramp-prevention-tips></cramp-prevention-tips></section>
    </div>`);
    const [english, spanish] = [...page.querySelectorAll<Lit>('cramp-prevention-tips')] as [Lit, Lit];
    await aTimeout(0);
    await Promise.all([english.updateComplete, spanish.updateComplete]);
    expect(text($(english, 'h2'))).to.equal(enWords.prevention.title);
    expect(text($(spanish, 'h2'))).to.equal(es.prevention.title);
    expect($(spanish, '[part="base"]').getAttribute('lang')).to.equal('es');
    expect($(english, '[part="base"]').getAttribute('lang')).to.equal('en');
  });

  it('lets a site change a few Spanish words: the rest stay cramp-kit’s Spanish', async () => {
    registerContentPack({ lang: 'es-x-clinic', careText: { title: 'Cuándo pedir ayuda en nuestra clínica' } });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-x-clinic"><cramp-care-advice></cramp-care-advice></div>`);
    const el = wrapper.querySelector<Lit>('cramp-care-advice')!;
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Cuándo pedir ayuda en nuestra clínica');
    expect(text($(el, '[part="intro"]'))).to.equal(es.careText.intro);
  });

  it('keeps cramp-kit’s Spanish where a site’s Spanish words are wrong, with one warning naming them', async () => {
    const w = captureWarnings();
    try {
      registerContentPack({ lang: 'es-x-wrong', careText: { title: '', intro: 42 as unknown as string } });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-x-wrong"><cramp-care-advice></cramp-care-advice></div>`);
      const el = wrapper.querySelector<Lit>('cramp-care-advice')!;
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal(es.careText.title);
      expect(text($(el, '[part="intro"]'))).to.equal(es.careText.intro);
    } finally {
      w.restore();
    }
  });

  it('asked for Spanish by many elements, loads its file once, and English loads none', () => {
    const files = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.includes('/lang/'));
    expect(files.filter((p) => p.endsWith('/lang/es.ts') || p.endsWith('/lang/es.js'))).to.have.length(1);
    // No element here asked for US English.
    expect(files.filter((p) => /en-US/.test(p))).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------- the built CDN files, in pages of their own

type Framed = Window &
  typeof globalThis & { crampLog?: string[]; seen?: { english: boolean; frames: { height: number; content: boolean }[] } };

/** A page in an iframe, with the given body, loading the given built script; what it logs is in `crampLog`. */
async function page(body: string, script: string): Promise<{ doc: Document; win: Framed }> {
  const iframe = await frame({
    src: `/tests/fixtures/lang-page.html?script=${encodeURIComponent(script)}&body=${encodeURIComponent(body)}`,
  });
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Framed };
}
/**
 * As `page`, without waiting for the page's load event: Firefox holds that back until a language
 * file on its way has come, and here it comes late, or never.
 */
async function pageNow(body: string, script: string): Promise<{ doc: Document; win: Framed }> {
  const iframe = Object.assign(document.createElement('iframe'), {
    src: `/tests/fixtures/lang-page.html?script=${encodeURIComponent(script)}&body=${encodeURIComponent(body)}`,
  });
  document.body.append(iframe);
  await until(() =>
    Boolean(iframe.contentDocument?.URL.includes('lang-page') && iframe.contentDocument.querySelector('cramp-care-advice')),
  );
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Framed };
}
const langRequests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/lang/'));

describe('language files on demand (the CDN build)', () => {
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  for (const [name, script] of [
    ['the bundle', '/dist/cdn/cramp-kit.js'],
    ['the element files', '/dist/cdn/cramp-care-advice.js'],
    ['the autoloader', '/dist/cdn/autoloader.js'],
  ] as const) {
    it(`${name}: Spanish from lang/es.js beside the script, one request for many elements, and none for English`, async () => {
      const { doc, win } = await page(
        '<div lang="es"><cramp-care-advice></cramp-care-advice><cramp-care-advice></cramp-care-advice></div><div lang="en"><cramp-care-advice id="en"></cramp-care-advice></div>',
        script,
      );
      await until(() => [...doc.querySelectorAll('cramp-care-advice')].every((el) => el.shadowRoot?.querySelector('h2')));
      const [a, b, english] = [...doc.querySelectorAll('cramp-care-advice')];
      expect(a!.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(es.careText.title);
      expect(b!.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(es.careText.title);
      expect(english!.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(enWords.careText.title);
      expect(langRequests(win)).to.deep.equal(['/dist/cdn/lang/es.js']);
      expect(win.crampLog).to.deep.equal([]);
      expect(win.seen!.english, 'English was on screen first').to.equal(false);
    });
  }

  it('the autoloader: every shipped language (src/languages/shipped.json) from its own file beside the script, and nothing else', async () => {
    for (const lang of SHIPPED_LANGS) {
      const { doc, win } = await page(`<cramp-care-advice lang="${lang}"></cramp-care-advice>`, '/dist/cdn/autoloader.js');
      await until(() => Boolean(doc.querySelector('cramp-care-advice')!.shadowRoot?.querySelector('h2')));
      await until(() => langRequests(win).length > 0);
      expect(langRequests(win), lang).to.deep.equal([`/dist/cdn/lang/${lang}.js`]);
      expect(win.crampLog, lang).to.deep.equal([]);
    }
  });

  it('fetches no language file for an English page', async () => {
    const { doc, win } = await page('<cramp-guide></cramp-guide>', '/dist/cdn/cramp-kit.js');
    await until(() => Boolean(doc.querySelector('cramp-guide')!.shadowRoot?.querySelector('h2')));
    await aTimeout(100);
    expect(langRequests(win)).to.deep.equal([]);
    expect(win.crampLog).to.deep.equal([]);
  });

  it('waits for a slow language file: Spanish from the first paint, no English shown, and the room the getting-started guide reserves held throughout', async () => {
    // The getting-started guide's CSS for no jump while loading, as a site pastes it.
    const guide = await (await fetch('/docs/guides/getting-started.md')).text();
    const css = /## No jump while loading[\s\S]*?```css\n([\s\S]*?)```/.exec(guide)![1]!;
    const { doc, win } = await page(
      `<style>${css}</style><div lang="es"><cramp-care-advice></cramp-care-advice></div><p id="after">Después</p>`,
      '/__slow/dist/cdn/cramp-kit.js',
    );
    const el = doc.querySelector('cramp-care-advice')!;
    await until(() => Boolean(el.shadowRoot?.querySelector('h2')));
    await aTimeout(200);
    expect(el.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(es.careText.title);
    expect(win.seen!.english).to.equal(false);
    const frames = win.seen!.frames;
    const waiting = frames.filter((f) => !f.content).map((f) => f.height);
    const shown = frames.filter((f) => f.content).map((f) => f.height);
    // While the file was on its way (700 ms here), the element kept the room the page reserved for it,
    // before it was defined and after (never collapsed to nothing), ...
    expect(waiting.length).to.be.greaterThan(10);
    expect(new Set(waiting).size, waiting.join(' ')).to.equal(1);
    expect(waiting[0]).to.be.greaterThan(100);
    expect(el.hasAttribute('data-cramp-loading')).to.equal(false);
    // ... and once it had content, its height never changed (nothing below it moved).
    expect(shown.length).to.be.greaterThan(0);
    expect(new Set(shown).size, shown.join(' ')).to.equal(1);
    expect(langRequests(win)).to.deep.equal(['/__slow/dist/cdn/lang/es.js']);
  });

  it('shows English after the wait, with one warning naming the file, when the language file never answers', async function () {
    this.timeout(15000);
    const { doc, win } = await pageNow(
      '<div lang="es"><cramp-care-advice></cramp-care-advice><cramp-prevention-tips></cramp-prevention-tips></div>',
      '/__hang/dist/cdn/cramp-kit.js',
    );
    const el = doc.querySelector('cramp-care-advice')!;
    await until(() => Boolean(el.shadowRoot?.querySelector('h2')), 8000);
    expect(el.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(enWords.careText.title);
    await until(() => win.crampLog!.length > 0, 2000);
    await aTimeout(200);
    expect(win.crampLog).to.have.length(1);
    expect(win.crampLog![0])
      .to.match(/^warn: cramp-kit:/)
      .and.contain('lang/es.js')
      .and.contain('lang="es"');
  });

  it('a language file that comes after the wait: English with one warning meanwhile, then the language', async function () {
    this.timeout(15000);
    const { doc, win } = await pageNow('<div lang="es"><cramp-care-advice></cramp-care-advice></div>', '/__late/dist/cdn/cramp-kit.js');
    const el = doc.querySelector('cramp-care-advice')!;
    await until(() => Boolean(el.shadowRoot?.querySelector('h2')), 8000);
    expect(el.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(enWords.careText.title);
    expect(win.crampLog).to.have.length(1);
    expect(win.crampLog![0]).to.contain('lang/es.js');
    await until(() => el.shadowRoot!.querySelector('h2')!.textContent.trim() === es.careText.title, 8000);
    expect(win.crampLog).to.have.length(1);
  });

  it('shows English, with one warning naming the file, when the language file cannot be loaded', async () => {
    const { doc, win } = await page('<div lang="es"><cramp-care-advice></cramp-care-advice></div>', '/__nolang/dist/cdn/cramp-kit.js');
    const el = doc.querySelector('cramp-care-advice')!;
    await until(() => Boolean(el.shadowRoot?.querySelector('h2')));
    expect(el.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal(enWords.careText.title);
    await until(() => (win.crampLog ?? []).length > 0);
    expect(win.crampLog!.filter((l) => !l.includes('Failed to load'))).to.have.length(1);
    expect(win.crampLog!.find((l) => l.startsWith('warn: cramp-kit:')))
      .to.contain('lang/es.js')
      .and.contain('lang="es"');
  });
});
