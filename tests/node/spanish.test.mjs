/**
 * The Spanish pack, read as a reader reads it (INFLESZ, tests/helpers/inflesz.mjs),
 * and the translators' tools: npx cramp-kit lang-template and lang-check. Reads the build (dist/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { es } from '../../dist/content/es.js';
import { band, inflesz, syllablesEs } from '../helpers/inflesz.mjs';

const run = promisify(execFile);
const cli = new URL('../../bin/cramp-kit.js', import.meta.url).pathname;

test('counts Spanish syllables the way a reader says them', () => {
  const cases = {
    agua: 2,
    calambre: 3,
    deshidratación: 5,
    rodilla: 3,
    oído: 3,
    día: 2,
    leer: 2,
    ejercicio: 4,
    que: 1,
    ahora: 3,
    farmacéutico: 5,
  };
  for (const [word, count] of Object.entries(cases)) assert.equal(syllablesEs(word), count, word);
  assert.ok(inflesz(['Beba agua. Estire las piernas.']).index > 75);
  assert.ok(
    inflesz(['La hipopotasemia secundaria a tratamientos diuréticos prolongados predispone a contracciones musculares involuntarias.'])
      .index < 40,
  );
});

test('reads "bastante fácil" or easier (INFLESZ 65 or more) in every part, as the English reads at grade 8', () => {
  const groups = {
    causes: Object.values(es.causes)
      .flatMap((c) => [c.summary, c.why, c.who, ...c.helps])
      .concat(es.explainer.intro, es.explainer.notDiagnosis),
    checklist: [...Object.values(es.risks), ...Object.values(es.about)]
      .map((i) => i.label)
      .concat(es.checklist.intro, ...es.checklist.notice.urgent.body, ...es.checklist.notice.soon.body),
    stretches: Object.values(es.stretches)
      .flatMap((s) => [...s.steps, s.safety])
      .concat(es.stretch.safety, es.stretch.evidence),
    care: [es.careText.intro, ...Object.values(es.care).flatMap((c) => [c.intro, c.action]), ...Object.values(es.signs)],
    prevention: [es.prevention.intro, ...Object.values(es.tips)],
    guide: [...es.guide.intro, es.guide.disclaimer, es.during.intro, ...Object.values(es.during.steps)],
  };
  for (const [name, passages] of Object.entries(groups)) {
    const { index } = inflesz(passages);
    assert.ok(index >= 65, `${name}: ${index.toFixed(1)} (${band(index)})`);
  }
  for (const [id, c] of Object.entries(es.causes)) assert.ok(inflesz([c.summary, c.why, c.who, ...c.helps]).index >= 65, id);
  for (const [id, s] of Object.entries(es.stretches)) assert.ok(inflesz([...s.steps, s.safety]).index >= 65, id);
});

test('lang-template writes every key to translate, and lang-check finds nothing missing in it, or in Spanish', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cramp-lang-'));
  const { stdout } = await run('node', [cli, 'lang-template', 'fr']);
  assert.match(stdout, /lang: "fr"/);
  assert.doesNotMatch(stdout, /\bdate:/);
  await writeFile(join(dir, 'fr.js'), stdout);
  const checked = await run('node', [cli, 'lang-check', join(dir, 'fr.js')]);
  assert.match(checked.stdout, /every key, no problems/);
  const { stdout: spanish } = await run('node', [cli, 'lang-template', 'es-MX', '--from', 'es']);
  assert.match(spanish, /Cuándo pedir ayuda/);
  await writeFile(join(dir, 'es-MX.js'), spanish);
  assert.match((await run('node', [cli, 'lang-check', join(dir, 'es-MX.js')])).stdout, /every key, no problems/);
  const { stdout: us } = await run('node', [cli, 'lang-template', 'en-CA', '--from', 'en-US']);
  assert.match(us, /diarrhea/);
  await writeFile(join(dir, 'en-CA.mjs'), us);
  assert.match((await run('node', [cli, 'lang-check', join(dir, 'en-CA.mjs')])).stdout, /every key, no problems/);
});

test('lang-check names what a pack lacks or gets wrong, and fails', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cramp-lang-'));
  await writeFile(
    join(dir, 'bad.js'),
    `export default { lang: 'fr', dir: 'ltr', stretch: { dose: () => 'Tenez.' }, causes: { strain: { certainty: 'established' } } };`,
  );
  const result = await run('node', [cli, 'lang-check', join(dir, 'bad.js')]).catch((error) => error);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /careText is missing/);
  assert.match(result.stdout, /causes\.strain\.certainty is a clinical fact/);
  assert.match(result.stdout, /stretch\.dose\(30, 3, true\) leaves out 30/);
  const usage = await run('node', [cli, 'lang-template', 'not a tag']).catch((error) => error);
  assert.equal(usage.code, 2);
});
