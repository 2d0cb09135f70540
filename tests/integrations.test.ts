import { expect } from '@open-wc/testing';
import { TAGS } from './helpers/index.js';
import { CAUSE_IDS, GUIDE_SECTIONS, LAYOUTS, STRETCH_IDS } from '../src/content/types.js';

interface CustomData {
  version: number;
  tags: { name: string; description: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}

describe('editor and framework files generated from custom-elements.json', () => {
  it('describes every element and its attributes for VS Code', async () => {
    const data = (await (await fetch('/dist/vscode.html-custom-data.json')).json()) as CustomData;
    expect(data.version).to.equal(1.1);
    expect(data.tags.map((t) => t.name)).to.deep.equal([...TAGS].sort());
    for (const tag of data.tags) {
      expect(tag.description, tag.name).to.not.equal('');
      expect(
        tag.attributes.map((a) => a.name),
        tag.name,
      ).to.include.members(['heading-level', 'lang', 'theme']);
    }
    const guide = data.tags.find((t) => t.name === 'cramp-guide')!;
    expect(guide.attributes.map((a) => a.name)).to.include.members(['sections', 'structured-data', 'emergency-number']);
    // Each attribute's values, as an editor offers them: plain ids and levels, never type syntax.
    const values = (tag: string, name: string) =>
      data.tags
        .find((t) => t.name === tag)!
        .attributes.find((a) => a.name === name)
        ?.values?.map((v) => v.name);
    expect(values('cramp-guide', 'sections')).to.deep.equal([...GUIDE_SECTIONS]);
    expect(values('cramp-cause-explainer', 'causes')).to.deep.equal([...CAUSE_IDS]);
    expect(values('cramp-stretch-routine', 'stretches')).to.deep.equal([...STRETCH_IDS]);
    expect(values('cramp-guide', 'heading-level')).to.deep.equal(['2', '3', '4', '5', '6', '7', '8', '9']);
    expect(values('cramp-stretch-card', 'hold') ?? []).to.deep.equal([]);
    for (const tag of data.tags)
      for (const a of tag.attributes) for (const v of a.values ?? []) expect(v.name, `${tag.name} ${a.name}`).to.match(/^[\w-]+$/);
  });
  it('describes every element for JetBrains IDEs (web-types), with the values of enumerated attributes', async () => {
    interface WebTypes {
      name: string;
      contributions: {
        html: {
          elements: {
            name: string;
            attributes: { name: string; value?: { type?: string } }[];
            events?: { name: string; type?: string }[];
          }[];
        };
      };
    }
    const data = (await (await fetch('/dist/web-types.json')).json()) as WebTypes;
    expect(data.name).to.equal('cramp-kit');
    const elements = data.contributions.html.elements;
    expect(elements.map((e) => e.name).sort()).to.deep.equal([...TAGS].sort());
    const explainer = elements.find((e) => e.name === 'cramp-cause-explainer')!;
    expect(explainer.attributes.find((a) => a.name === 'layout')?.value?.type).to.equal(LAYOUTS.map((v) => `"${v}"`).join(' | '));
    expect(explainer.attributes.find((a) => a.name === 'causes')?.value?.type).to.equal(CAUSE_IDS.map((v) => `"${v}"`).join(' | '));
    expect(explainer.events?.map((e) => e.name)).to.include('cramp-cause-toggle');
  });

  // The JSX and Vue declarations are checked by `npm run typecheck:integrations` (tests/types).
});
