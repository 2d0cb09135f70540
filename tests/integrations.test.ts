import { expect } from '@open-wc/testing';

interface CustomData {
  version: number;
  tags: { name: string; description: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}

describe('editor and framework files generated from custom-elements.json', () => {
  it('describes every element and its attributes for VS Code', async () => {
    const data = (await (await fetch('/dist/vscode.html-custom-data.json')).json()) as CustomData;
    expect(data.version).to.equal(1.1);
    expect(data.tags.map((t) => t.name)).to.deep.equal([
      'cramp-care-advice',
      'cramp-cause-explainer',
      'cramp-guide',
      'cramp-prevention-tips',
      'cramp-risk-checklist',
      'cramp-stretch-card',
      'cramp-stretch-routine',
    ]);
    for (const tag of data.tags) {
      expect(tag.description, tag.name).to.not.equal('');
      expect(tag.attributes.map((a) => a.name), tag.name).to.include.members(['heading-level', 'lang', 'theme']);
    }
    const guide = data.tags.find((t) => t.name === 'cramp-guide')!;
    expect(guide.attributes.map((a) => a.name)).to.include.members(['sections', 'structured-data', 'emergency-number']);
  });
  // The JSX and Vue declarations are checked by `npm run typecheck:integrations` (tests/types).
});
