import { expect } from '@open-wc/testing';
import {
  ABOUT_IDS,
  CAUSE_IDS,
  RISK_IDS,
  SOURCE_IDS,
  STRETCH_IDS,
  contentPackFor,
  registerContentPack,
  withEnglish,
  type ContentPack,
} from '../src/content/index.js';
import { en, enWords } from '../src/content/en.js';
import { ALL_FACTS } from '../src/content/facts.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers/index.js';
import { fleschKincaidGrade, sentences, syllables } from './helpers/readability.js';

/** Every sentence of prose the pack shows about causes. */
function causeProse(pack: ContentPack): string[] {
  return CAUSE_IDS.flatMap((id) => {
    const c = pack.causes[id];
    return [c.summary, c.why, c.who, ...c.triggers, ...c.helps, c.certaintyNote ?? ''].filter(Boolean);
  });
}

describe('content pack (en)', () => {
  it('has the six causes, in the public order, each keyed by its own id', () => {
    expect(Object.keys(en.causes)).to.deep.equal([...CAUSE_IDS]);
    for (const id of CAUSE_IDS) expect(en.causes[id].id).to.equal(id);
  });

  it('gives every cause every field, and at least one known source', () => {
    for (const id of CAUSE_IDS) {
      const c = en.causes[id];
      for (const field of ['title', 'summary', 'why', 'who'] as const) {
        expect(c[field].trim(), `${id}.${field}`).to.not.equal('');
      }
      expect(c.triggers.length, `${id}.triggers`).to.be.greaterThan(0);
      expect(c.helps.length, `${id}.helps`).to.be.greaterThan(0);
      expect(c.sources.length, `${id}.sources`).to.be.greaterThan(0);
      for (const s of c.sources) expect(SOURCE_IDS, `${id} cites ${s}`).to.include(s);
    }
  });

  it('keeps each summary to one sentence', () => {
    for (const id of CAUSE_IDS) expect(sentences(en.causes[id].summary), id).to.have.length(1);
  });

  it('marks genetics and minerals, and only those, as less certain, each with a note saying why', () => {
    for (const id of CAUSE_IDS) {
      const c = en.causes[id];
      expect(c.certainty, id).to.equal(id === 'genetics' || id === 'electrolytes' ? 'less-certain' : 'established');
      expect(Boolean(c.certaintyNote), id).to.equal(c.certainty === 'less-certain');
    }
    expect(en.causes.genetics.certaintyNote).to.match(/no trusted medical source/i);
    // Allen and Kirby 2012; Cochrane 2020.
    expect(en.causes.electrolytes.certaintyNote)
      .to.match(/not the cause/)
      .and.match(/unlikely to help older adults/);
    expect(en.causes.electrolytes.sources).to.include('cochrane-magnesium-2020').and.include('allen-kirby-2012');
  });

  it('says that many cramps have no clear cause, and that it is not a diagnosis', () => {
    expect(en.explainer.intro).to.match(/no clear cause/i);
    expect(en.explainer.notDiagnosis).to.match(/not a diagnosis/i);
  });

  it('cites every source with a name and citation; any address is https', () => {
    for (const id of SOURCE_IDS) {
      const s = en.sources[id];
      expect(s.name, id).to.not.equal('');
      expect(s.citation, id).to.not.equal('');
      if (s.url) expect(new URL(s.url).protocol, id).to.equal('https:');
    }
  });

  it('reads at grade 8 or below (Flesch-Kincaid), for the whole pack and each cause', () => {
    const grade = fleschKincaidGrade(causeProse(en));
    expect(grade).to.be.at.most(8);
    for (const id of CAUSE_IDS) {
      const c = en.causes[id];
      const g = fleschKincaidGrade([c.summary, c.why, c.who, ...c.helps]);
      expect(g, `${id} grade ${g.toFixed(1)}`).to.be.at.most(8);
    }
    expect(fleschKincaidGrade([en.explainer.intro, en.explainer.notDiagnosis])).to.be.at.most(8);
  });

  it('reads at about grade 3.5 as a whole: every English text of four words or more, at grade 6 or below (the content guide says so)', () => {
    const texts = (node: unknown, path: string): string[] =>
      typeof node === 'string'
        ? [node]
        : Array.isArray(node)
          ? node.map(String)
          : node && typeof node === 'object'
            ? Object.entries(node).flatMap(([key, value]) => (path === '' && key === 'sources' ? [] : texts(value, `${path}.${key}`)))
            : [];
    const prose = texts(enWords, '').filter((t) => t.split(/\s+/).length >= 4);
    expect(prose.length).to.be.greaterThan(200);
    const grade = fleschKincaidGrade(prose);
    expect(grade, grade.toFixed(1)).to.be.within(2, 6);
  });

  it('counts syllables well enough to trust the grade', () => {
    expect(syllables('cramp')).to.equal(1);
    expect(syllables('muscle')).to.equal(2);
    expect(syllables('water')).to.equal(2);
    expect(syllables('dehydration')).to.equal(4);
    // A hard passage must score high, an easy one low.
    expect(
      fleschKincaidGrade(['Electrolyte homeostasis perturbations precipitate involuntary musculoskeletal contractions.']),
    ).to.be.greaterThan(14);
    expect(fleschKincaidGrade(['Drink water. Stretch your legs. Rest when you can.'])).to.be.lessThan(3);
  });

  it('ties every risk item to a cause and every item to known sources', () => {
    for (const id of RISK_IDS) {
      expect(CAUSE_IDS, id).to.include(en.risks[id].cause);
      expect(en.risks[id].sources.length, id).to.be.greaterThan(0);
    }
    for (const id of ABOUT_IDS) expect(en.about[id].sources.length, id).to.be.greaterThan(0);
    for (const id of [...RISK_IDS, ...ABOUT_IDS]) {
      const item = id in en.risks ? en.risks[id as (typeof RISK_IDS)[number]] : en.about[id as (typeof ABOUT_IDS)[number]];
      for (const s of item.sources) expect(SOURCE_IDS, `${id} cites ${s}`).to.include(s);
    }
    // Every cause group has at least one item to tick.
    for (const cause of CAUSE_IDS)
      expect(
        RISK_IDS.some((id) => en.risks[id].cause === cause),
        cause,
      ).to.equal(true);
  });

  it('gives every stretch steps, a dose in range, a safety note, a text alternative and sources', () => {
    for (const id of STRETCH_IDS) {
      const s = en.stretches[id];
      expect(s.steps.length, id).to.be.at.least(2);
      expect(s.hold, id).to.be.within(5, 120);
      expect(s.reps, id).to.be.within(1, 10);
      expect(s.safety, id).to.not.equal('');
      expect(s.alt, id).to.match(/highlighted/);
      expect(s.sources.length, id).to.be.greaterThan(0);
      for (const src of s.sources) expect(SOURCE_IDS, `${id} cites ${src}`).to.include(src);
    }
    expect(STRETCH_IDS.filter((id) => en.stretches[id].use === 'during')).to.deep.equal(['toe-pull']);
  });

  it('reads at grade 8 or below in the checklist and the stretches', () => {
    const checklist = [
      ...RISK_IDS.map((id) => en.risks[id].label),
      ...ABOUT_IDS.map((id) => en.about[id].label),
      en.checklist.intro,
      ...en.checklist.notice.urgent.body,
      ...en.checklist.notice.soon.body,
    ];
    expect(fleschKincaidGrade(checklist)).to.be.at.most(8);
    for (const id of STRETCH_IDS) {
      const s = en.stretches[id];
      const g = fleschKincaidGrade([...s.steps, s.safety]);
      expect(g, `${id} grade ${g.toFixed(1)}`).to.be.at.most(8);
    }
    expect(fleschKincaidGrade([en.stretch.safety, en.stretch.evidence])).to.be.at.most(8);
  });

  it('reads at grade 8 or below in the care advice, the prevention tips and the guide', () => {
    const care = Object.values(en.care).flatMap((c) => [c.intro, ...c.signs, c.action]);
    expect(fleschKincaidGrade([en.careText.intro, ...care])).to.be.at.most(8);
    expect(fleschKincaidGrade([en.prevention.intro, ...en.tips.map((t) => t.text)])).to.be.at.most(8);
    expect(fleschKincaidGrade([...en.guide.intro, en.guide.disclaimer])).to.be.at.most(8);
  });

  it('never builds in an emergency number', () => {
    expect(JSON.stringify(en)).to.not.match(/\b(999|911|112|000)\b/);
    expect(en.care.emergency.action).to.contain('{number}');
  });

  it('keeps the review dates as ISO dates, next after last', () => {
    expect(en.reviewed.last).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(en.reviewed.next).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(en.reviewed.next > en.reviewed.last).to.equal(true);
  });
});

describe('content pack lookup', () => {
  it('needs no pack for English, in any region, and says nothing', () => {
    const w = captureWarnings();
    try {
      for (const tag of ['en', 'en-GB', 'EN-us', '']) expect(contentPackFor(tag), tag).to.deep.equal({});
      expect(w.messages).to.deep.equal([]);
    } finally {
      w.restore();
    }
  });

  it('falls back to English for an unknown language with one warning naming it', () => {
    const w = captureWarnings();
    try {
      expect(contentPackFor('xx-test')).to.deep.equal({});
      expect(contentPackFor('xx-test')).to.deep.equal({});
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.contain('lang="xx-test"');
    } finally {
      w.restore();
    }
  });

  it('answers English with one object, so the merged English is computed once', () => {
    expect(contentPackFor('en')).to.equal(contentPackFor('en-GB'));
    expect(withEnglish(enWords, contentPackFor('en'), ALL_FACTS)).to.equal(withEnglish(enWords, contentPackFor(''), ALL_FACTS));
  });

  it('finds a registered pack by its tag or its primary language', () => {
    const pack = { lang: 'xq', explainer: { ...en.explainer, title: 'XQ' } };
    registerContentPack(pack);
    const found = contentPackFor('xq');
    // Its words, copied as they were when registered (a page's later edits need registering again).
    expect(found).to.deep.equal(pack);
    expect(found).to.not.equal(pack);
    expect(contentPackFor('XQ-region')).to.equal(found);
  });

  it('lays a registered pack over the English parts, section by section, filling what it leaves out', () => {
    const pack = {
      lang: 'en-x-test',
      explainer: { title: 'Test title' },
      causes: { strain: { title: 'Test strain' } },
    };
    const merged = withEnglish(enWords, pack, ALL_FACTS);
    expect(merged.lang).to.equal('en-x-test');
    expect(merged.explainer.title).to.equal('Test title');
    expect(merged.explainer.intro).to.equal(en.explainer.intro);
    expect(merged.causes.strain.title).to.equal('Test strain');
    expect(merged.causes.strain.why).to.equal(en.causes.strain.why);
    expect(merged.causes.genetics).to.deep.equal(en.causes.genetics);
    expect(merged.checklist).to.deep.equal(en.checklist);
    // Computed once per pair.
    expect(withEnglish(enWords, pack, ALL_FACTS)).to.equal(merged);
  });

  it('does not break on a pack missing whole entries', () => {
    const merged = withEnglish(enWords, { lang: 'en-x-partial', causes: { strain: enWords.causes.strain } }, ALL_FACTS);
    expect(merged.causes.dehydration).to.deep.equal(en.causes.dehydration);
    expect(merged.sources).to.deep.equal(en.sources);
  });

  it('is split into parts that together make the whole English pack', () => {
    expect(Object.keys(en).sort()).to.deep.equal([
      'about',
      'anatomy',
      'care',
      'careText',
      'causes',
      'checklist',
      'date',
      'diary',
      'dir',
      'during',
      'explainer',
      'guide',
      'lang',
      'lastReviewed',
      'listSeparator',
      'localNumber',
      'notDiagnosis',
      'prevention',
      'reviewed',
      'reviewedBy',
      'risks',
      'safetyNet',
      'signs',
      'sources',
      'sourcesLabel',
      'stretch',
      'stretches',
      'structures',
      'tips',
    ]);
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
