import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
// Each shipped language's file, here before the first pack is read (a describe's body runs as this module loads).
import '../src/lang/en-US.js';
import '../src/lang/es.js';
import { SHIPPED_LANGS } from '../src/languages/tags.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import { ABOUT_IDS, GUIDE_SECTIONS, SIGN_IDS, contentPackFor, withEnglish, type ContentPack, type SignId } from '../src/content/index.js';
import { ALL_FACTS, SIGNS } from '../src/content/facts.js';
import { enWords } from '../src/content/en.js';
import { $, $$, allRendered, exampleAttributes, text } from './helpers/index.js';

/**
 * The safety net as a reader meets it, in every shipped language: what each
 * warning sign means (not its exact words), that every element used alone
 * says when to get help, and that a screen reader hears the level of care
 * the checklist shows. Content review 3 (content-review-3.md), problems 1 to
 * 6 and the announcement: each test here failed on the content before it.
 */

const pack = (lang: string): ContentPack => withEnglish(enWords, contentPackFor(lang), ALL_FACTS);

/** What a sentence must say, in each language: a pattern per meaning. */
const MEANS = {
  'en-GB': {
    statin: /statin/i,
    cramps: /cramps/,
    dark: /dark/,
    stopStatin: /stop (taking )?(the statin|it)\b/i,
    atOnce: /straight away|right away/,
    askFirst: /without asking/,
    oneLeg: /one leg/,
    behindKnee: /behind (the|your) knee|below the knee/,
    walkStand: /walk or stand/,
    lasts: /lasts or keeps coming back/,
    asCramp: /even if it feels like a cramp/,
    jaw: /stiff jaw/,
    jabs: /jabs/,
    armsBelly: /arms or belly/,
    alcohol: /alcohol/,
    cannotPee: /cannot pee/,
    lump: /lump/,
    afterBirth: /6 weeks after birth/,
    restless: /restless legs/,
    clot: /blood clot/,
    faint: /faint|collapse/,
    fastHeart: /very fast heartbeat|heart beats very fast/,
    upperBack: /upper back/,
    breath: /breath/,
    chest: /chest/,
    cold: /cold/,
    pale: /pale/,
    cannotMove: /cannot move/,
    restNight: /when you rest or at night/,
    notCramp: /not a cramp/,
    today: /today/,
    twitch: /twitch/,
    fluid: /lost a lot of fluid/,
    local: /your local emergency number/,
  },
  'en-US': {} as Record<string, RegExp>,
  es: {
    statin: /estatina/i,
    cramps: /calambres/,
    dark: /oscura/,
    stopStatin: /deje( de tomar)? la estatina|déjela/i,
    atOnce: /enseguida/,
    askFirst: /sin preguntar/,
    oneLeg: /una pierna/,
    behindKnee: /detrás de la rodilla|debajo de la rodilla/,
    walkStand: /al caminar o (al )?estar de pie/,
    lasts: /dura o vuelve una y otra vez/,
    asCramp: /aunque parezca un calambre/,
    jaw: /mandíbula rígida/,
    jabs: /vacunas del tétanos/,
    armsBelly: /brazos o la barriga/,
    alcohol: /alcohol/,
    cannotPee: /no puede orinar/,
    lump: /bulto/,
    afterBirth: /6 semanas después del parto/,
    restless: /piernas inquietas/,
    clot: /coágulo de sangre/,
    faint: /desmay/,
    fastHeart: /muy rápido/,
    upperBack: /parte alta de la espalda/,
    breath: /aire|respirar/,
    chest: /pecho/,
    cold: /frí[ao]/,
    pale: /pálid[ao]/,
    cannotMove: /no la puede mover/,
    restNight: /en reposo o de noche/,
    notCramp: /no es un calambre/,
    today: /hoy/,
    twitch: /sacudidas/,
    fluid: /perder mucho líquido/,
    local: /número local de emergencias/,
  },
};
MEANS['en-US'] = { ...MEANS['en-GB'], atOnce: /right away/, jabs: /shots/ };
const LANGS = Object.keys(MEANS) as (keyof typeof MEANS)[];

describe('safety net: every language', () => {
  it('checks every language cramp-kit ships: each says in its own words what each sign means', () => {
    expect(SHIPPED_LANGS.filter((lang) => !Object.hasOwn(MEANS, lang))).to.deep.equal([]);
    // Its file is imported above, so the pack checked is that language's own, not English.
    for (const lang of SHIPPED_LANGS) expect(pack(lang).lang, lang).to.equal(lang);
  });
});

const sign = (p: ContentPack, id: SignId): string => {
  const { level } = SIGNS[id];
  return p.care[level].signs[SIGN_IDS.filter((s) => SIGNS[s].level === level).indexOf(id)]!;
};

for (const lang of LANGS) {
  const m = MEANS[lang] as (typeof MEANS)['en-GB'];
  const p = pack(lang);

  describe(`safety net (${lang}): what each sign means`, () => {
    it('says, wherever a statin is named, that unexplained cramps or dark pee mean: stop the statin, get help at once', () => {
      const lines = {
        sign: sign(p, 'statin-pain'),
        tip: p.tips.find((t) => t.id === 'statin')!.text,
        item: p.about['statin-pain'].label,
        action: p.about['statin-pain'].action ?? '',
        explainer: p.causes.lifestyle.helps.find((line) => m.statin.test(line) && m.stopStatin.test(line)) ?? '',
      };
      for (const [where, line] of Object.entries(lines)) {
        expect(line, where).to.match(m.statin);
        if (where !== 'action') expect(line, where).to.match(m.cramps).and.match(m.dark);
        if (where !== 'item') expect(line, where).to.match(m.stopStatin).and.match(m.atOnce);
      }
      // "Ask before you stop any other medicine" stays, in the tips and the explainer, after the statin line.
      expect(p.tips.find((t) => t.id === 'medicine')!.text)
        .to.match(m.askFirst)
        .and.not.match(m.statin);
      // The statin line is a thing to do, not under the "Don't" cross, and not a way to prevent cramps.
      expect(p.tips.find((t) => t.id === 'statin')).to.include({ kind: 'do', caveat: true });
      expect(p.causes.lifestyle.helps.join(' ')).to.match(m.askFirst);
      // The item is urgent, and ticking it says what to do (the checklist's notice).
      expect(SIGNS['statin-pain'].level).to.equal('urgent');
      expect(p.about['statin-pain'].level).to.equal('urgent');
      expect(SIGNS['statin-pain'].sources).to.include('nhs-statins').and.include('mayo-statins');
    });

    it('puts the clot signs where this kit’s readers feel them: one leg, behind the knee, when walking or standing', () => {
      expect(sign(p, 'clot-pain')).to.match(m.oneLeg).and.match(m.behindKnee).and.match(m.walkStand).and.match(m.clot);
      // Told apart from a cramp, which eases in minutes: pain that lasts or keeps coming back.
      for (const line of [sign(p, 'clot-pain'), p.about['other-symptoms'].label, p.safetyNet.today]) expect(line).to.match(m.lasts);
      expect(sign(p, 'clot-swelling')).to.match(m.behindKnee);
      expect(p.about['other-symptoms'].label).to.match(m.behindKnee).and.match(m.walkStand);
      expect(p.checklist.notice.soon.body.join(' ')).to.match(m.oneLeg).and.match(m.behindKnee).and.match(m.today);
      expect(p.checklist.notice.urgent.body.join(' ')).to.match(m.behindKnee);
      expect(p.safetyNet.today).to.match(m.oneLeg).and.match(m.behindKnee).and.match(m.today).and.match(m.clot);
      expect(SIGNS['clot-pain'].level).to.equal('urgent');
    });

    it('calls the emergency number for a clot in the lung: breathless, chest or upper back pain, a racing heart, fainting', () => {
      const lung = sign(p, 'clot-lungs');
      for (const meaning of [m.breath, m.chest, m.upperBack, m.fastHeart, m.faint, m.asCramp]) expect(lung).to.match(meaning);
      // Chest pain that feels like a cramp is an emergency, never "today": the urgent "cramps elsewhere" sign leaves the chest out.
      expect(sign(p, 'other-cramps')).to.match(m.armsBelly).and.not.match(m.chest);
      for (const meaning of [m.breath, m.chest, m.upperBack, m.fastHeart, m.faint]) expect(p.checklist.noticeEmergency).to.match(meaning);
      expect(SIGNS['clot-lungs'].level).to.equal('emergency');
      expect(SIGNS['clot-lungs'].sources).to.include('nhs-pe').and.include('merck');
      expect(p.checklist.noticeEmergency).to.contain('{number}');
    });

    it('warns of a failing artery: pain at rest or at night that is not a cramp (today), a sudden cold, pale leg (emergency)', () => {
      expect(sign(p, 'rest-pain')).to.match(m.restNight).and.match(m.notCramp).and.match(m.pale).and.match(m.cold);
      expect(SIGNS['rest-pain'].level).to.equal('urgent');
      expect(sign(p, 'limb-sudden')).to.match(m.cold).and.match(m.pale).and.match(m.cannotMove);
      expect(SIGNS['limb-sudden'].level).to.equal('emergency');
      expect(SIGNS['rest-pain'].sources).to.include('nhs-pad');
      expect(SIGNS['limb-sudden'].sources).to.include('health-nz-limb');
    });

    it('names tetanus by a stiff jaw (emergency) and jabs not up to date (today); cramps in the arms or belly (today); heavy drinking (soon)', () => {
      expect(sign(p, 'tetanus-spasms')).to.match(m.jaw);
      expect(SIGNS['tetanus-spasms'].level).to.equal('emergency');
      expect(sign(p, 'tetanus-wound')).to.match(m.jabs);
      expect(SIGNS['tetanus-wound'].level).to.equal('urgent');
      expect(sign(p, 'other-cramps')).to.match(m.armsBelly);
      expect(SIGNS['other-cramps']).to.deep.equal({ level: 'urgent', sources: ['merck'] });
      expect(sign(p, 'alcohol')).to.match(m.alcohol);
      expect(SIGNS.alcohol).to.deep.equal({ level: 'soon', sources: ['merck'] });
    });

    it('sends the back and the knee to the right level: not able to pee (emergency), a lump or non-cramp pain behind the knee (soon)', () => {
      expect(sign(p, 'back-nerve')).to.match(m.cannotPee);
      expect(SIGNS['back-nerve'].level).to.equal('emergency');
      expect(SIGNS['back-nerve'].sources).to.include('nhs-sciatica');
      expect(sign(p, 'knee-lump')).to.match(m.lump).and.match(m.behindKnee).and.match(m.notCramp);
      expect(SIGNS['knee-lump']).to.deep.equal({ level: 'soon', sources: ['nhs-bakers-cyst'] });
      // US words for US readers.
      if (lang === 'en-US') expect(sign(p, 'back-nerve')).to.not.match(/\bpoo(ing)?\b/);
    });

    it('tells a pregnant reader about clots, and names restless legs as a look-alike', () => {
      const helps = p.causes.conditions.helps.join(' ');
      expect(helps).to.match(m.afterBirth).and.match(m.clot).and.match(m.today);
      expect(helps).to.match(m.restless);
      expect(p.causes.conditions.sources).to.include('nhs-inform-dvt').and.include('nhs-rls');
    });

    it('makes cramps after heavy fluid loss a sign on its own, as Merck lists it', () => {
      expect(sign(p, 'fluid-loss')).to.match(m.fluid).and.not.match(m.twitch);
      expect(SIGNS['fluid-loss']).to.deep.equal({ level: 'urgent', sources: ['merck'] });
    });
  });

  describe(`safety net (${lang}): every element used alone says when to get help`, () => {
    for (const tag of [
      'cramp-cause-explainer',
      'cramp-risk-checklist',
      'cramp-stretch-card',
      'cramp-stretch-routine',
      'cramp-prevention-tips',
    ]) {
      it(`<${tag}> shows the "get help" lines, with the site’s number`, async () => {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(exampleAttributes(tag))) el.setAttribute(name, value);
        el.setAttribute('lang', lang);
        el.setAttribute('emergency-number', '112');
        await fixture(el);
        await allRendered(el);
        const lines = $(el, '[part="get-help"]');
        const said = text(lines);
        expect(said).to.match(m.oneLeg).and.match(m.today).and.match(m.clot).and.match(m.behindKnee);
        expect(said).to.match(m.breath).and.match(m.chest).and.match(m.faint).and.contain('112');
        expect(lines.querySelector<HTMLAnchorElement>('a[part="number"]')!.href).to.equal('tel:112');
        // Seen, not only heard: on screen, full size, before the footer.
        expect(lines.getBoundingClientRect().height).to.be.greaterThan(20);
        expect(getComputedStyle(lines).clipPath).to.equal('none');
        expect(lines.compareDocumentPosition($(el, '[part="footer"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        // Their sources are in the footer's list.
        expect(text($(el, '[part="footer"] [part="sources"]'))).to.contain(p.sources['nhs-pe'].name);
        await expect(el).to.be.accessible();
      });
    }

    it('<cramp-care-advice> carries the same lines in its own cards, and says "your local emergency number" with none set', async () => {
      const el = await fixture(html`<cramp-care-advice lang=${lang}></cramp-care-advice>`);
      await allRendered(el);
      expect(text($(el, '[part~="urgent"]')))
        .to.match(m.oneLeg)
        .and.match(m.behindKnee)
        .and.match(m.clot);
      expect(text($(el, '[part~="emergency"]')))
        .to.match(m.breath)
        .and.match(m.chest)
        .and.match(m.faint)
        .and.match(m.local);
      // Not said twice: the care advice is the whole safety net.
      expect(el.shadowRoot!.querySelector('[part="get-help"]')).to.equal(null);
    });

    it('<cramp-stretch-card> with no number set says "your local emergency number"', async () => {
      const el = await fixture(html`<cramp-stretch-card lang=${lang} stretch="wall-calf"></cramp-stretch-card>`);
      await allRendered(el);
      expect(text($(el, '[part="get-help"]'))).to.match(m.local);
    });
  });
}

describe('safety net: the guide', () => {
  it('puts when to get help straight after what to do during a cramp, before the causes', async () => {
    // The picture of the back of the knee belongs to "What is a leg cramp?": it comes before what to do during a cramp.
    expect(GUIDE_SECTIONS.slice(0, 5)).to.deep.equal(['intro', 'anatomy', 'during', 'care', 'causes']);
    const el = await fixture(html`<cramp-guide emergency-number="999"></cramp-guide>`);
    await allRendered(el);
    expect($$(el, '.section').map((s) => s.id)).to.deep.equal([...GUIDE_SECTIONS]);
    // The care advice is there, so the guide does not say it again.
    expect(el.shadowRoot!.querySelector('[part="get-help"]')).to.equal(null);
  });

  it('shows the "get help" lines at the top when a site puts the care advice after the causes', async () => {
    const el = await fixture(html`<cramp-guide sections="intro causes care" emergency-number="999"></cramp-guide>`);
    await allRendered(el);
    const lines = $(el, '[part="get-help"]');
    expect(lines.compareDocumentPosition($(el, '#causes')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // With the care advice first (after the introduction), it is said once, by the care advice.
    const first = await fixture(html`<cramp-guide sections="intro care causes"></cramp-guide>`);
    await allRendered(first);
    expect(first.shadowRoot!.querySelector('[part="get-help"]')).to.equal(null);
  });

  it('shows the "get help" lines at the top when a site leaves the care advice out', async () => {
    const el = await fixture(html`<cramp-guide sections="causes stretches" emergency-number="999"></cramp-guide>`);
    await allRendered(el);
    const lines = $(el, '[part="get-help"]');
    expect(text(lines)).to.contain('behind the knee').and.contain('999');
    expect(lines.compareDocumentPosition($(el, '#causes')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // None inside: the sections are part of the guide.
    for (const section of $$(el, '.section')) expect(section.shadowRoot?.querySelector('[part="get-help"]') ?? null).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('safety net: heard as well as seen', () => {
  const region = (el: Element) => $$(el, '.visually-hidden[role="status"]')[0]!;
  for (const lang of LANGS) {
    it(`the checklist says the level of care it shows (${lang}): today for an urgent item, soon for the others`, async () => {
      const p = pack(lang);
      const el = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist lang=${lang}></cramp-risk-checklist>`);
      await allRendered(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="frequent"]')!.click();
      await aTimeout(700);
      await el.updateComplete;
      const soon = `${p.checklist.noticePrefix}${p.checklist.notice.soon.title}`;
      expect(text($(el, '[part="notice-heading"]'))).to.equal(soon);
      expect(text(region(el))).to.contain(soon);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="other-symptoms"]')!.click();
      await aTimeout(700);
      await el.updateComplete;
      const urgent = `${p.checklist.noticePrefix}${p.checklist.notice.urgent.title}`;
      expect(text($(el, '[part="notice-heading"]'))).to.equal(urgent);
      expect(text(region(el)))
        .to.contain(urgent)
        .and.not.contain(p.checklist.notice.soon.title);
      // Said in the words a reader sees: "today", "hoy".
      expect(text(region(el))).to.match(MEANS[lang].today);
    });
  }

  it('says nothing of a level when no "about your cramps" item is ticked', async () => {
    const el = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist></cramp-risk-checklist>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="diet"]')!.click();
    await aTimeout(700);
    await el.updateComplete;
    const p = pack('en');
    expect(text(region(el))).to.not.contain(p.checklist.noticePrefix);
  });
});

describe('safety net: the statin item, ticked', () => {
  for (const lang of LANGS) {
    it(`says at once to stop the statin, on screen and in the copied summary (${lang})`, async () => {
      const m = MEANS[lang] as (typeof MEANS)['en-GB'];
      const el = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist lang=${lang} emergency-number="999"></cramp-risk-checklist>`);
      el.value = ['statin-pain'];
      await el.updateComplete;
      expect(text($(el, '[part="notice"]')))
        .to.match(m.stopStatin)
        .and.match(m.atOnce);
      expect(el.summaryText()).to.match(m.stopStatin).and.match(m.atOnce).and.contain('999');
      // Heard as well as seen: the live announcement says it too, after the level.
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="frequent"]')!.click();
      await aTimeout(700);
      await el.updateComplete;
      expect(text($$(el, '.visually-hidden[role="status"]')[0]!))
        .to.match(m.stopStatin)
        .and.match(m.atOnce);
      // In the reader's own voice throughout ("you"), never mixed with "I" and "my".
      if (lang !== 'es') expect(el.summaryText()).to.not.match(/\b(I|my|me)\b/);
      else expect(el.summaryText()).to.not.match(/\bmi\b|marqué/);
      // Only for the statin item: the others have no action of their own.
      expect(ABOUT_IDS.filter((id) => pack(lang).about[id].action)).to.deep.equal(['statin-pain']);
    });
  }
});
