/**
 * The risk checklist's summary (src/elements/cramp-risk-checklist/summary.ts), in Node: the
 * plain text a reader copies or prints for an appointment, made from the answers, the content
 * pack and the site's emergency number, with no element and no DOM. Reads the build (dist/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../dist/content/en.js';
import { spoken as spokenWith, summarize, summaryText as textWith } from '../../dist/elements/cramp-risk-checklist/summary.js';

const c = en.checklist;
const answers = (...ids) => new Set(ids);
/** The summary text and what is said aloud, each with the summary of the same answers, as the element passes it. */
const summaryText = (checked, pack, number) => textWith(checked, pack, number, summarize(checked));
const spoken = (checked, pack) => spokenWith(checked, pack, summarize(checked));
const emergency = (number) => c.noticeEmergency.replace('{number}', number);

test('with nothing ticked: says so, with no causes and no notice, and still gives the emergency line', () => {
  assert.deepEqual(summarize(answers()), { causes: [], seeProfessional: false, careLevel: null });
  assert.equal(
    summaryText(answers(), en, ''),
    [c.textTitle, '', c.textAnswers, `- ${c.summaryEmpty}`, '', emergency(en.localNumber), '', c.notDiagnosis].join('\n'),
  );
  assert.match(summaryText(answers(), en, ''), /^Call your local emergency number now /m);
});

test('lists the answers in the checklist’s order and the causes most ticked first, each with what may help', () => {
  const checked = answers('caffeine', 'diet', 'sleep');
  const result = summarize(checked);
  assert.deepEqual(result, {
    causes: [
      { id: 'lifestyle', count: 2 },
      { id: 'electrolytes', count: 1 },
    ],
    seeProfessional: false,
    careLevel: null,
  });
  const text = summaryText(checked, en, '999');
  const { lifestyle, electrolytes } = en.causes;
  assert.equal(
    text,
    [
      c.textTitle,
      '',
      c.textAnswers,
      `- ${en.risks.diet.label}`,
      `- ${en.risks.sleep.label}`,
      `- ${en.risks.caffeine.label}`,
      '',
      c.textCauses,
      `- ${lifestyle.title} (${c.answers(2)})`,
      ...lifestyle.helps.map((tip) => `  * ${tip}`),
      // A cause the evidence links less surely says so.
      `- ${electrolytes.title} (${c.answers(1)}${en.listSeparator}${en.explainer.lessCertain})`,
      ...electrolytes.helps.map((tip) => `  * ${tip}`),
      '',
      emergency('999'),
      '',
      c.notDiagnosis,
    ].join('\n'),
  );
  assert.match(text, /^Call 999 now /m);
  assert.ok(!text.includes(c.noticePrefix), 'no notice without an "About your cramps" item');
});

test('an "About your cramps" item adds the notice at its level of care, before the site’s number', () => {
  const text = summaryText(answers('frequent'), en, '+44 20 7946 0000');
  assert.deepEqual(summarize(answers('frequent')), { causes: [], seeProfessional: true, careLevel: 'soon' });
  const notice = [`${c.noticePrefix}${c.notice.soon.title}.`, ...c.notice.soon.body];
  assert.ok(text.includes(['', ...notice, '', emergency('+44 20 7946 0000')].join('\n')), text);
  assert.match(text, /^Important: Talk to a doctor, nurse or pharmacist\.$/m);
  assert.ok(!text.includes(`${c.noticePrefix}${c.notice.urgent.title}.`));
});

test('the most urgent item ticked sets the level, and what to do at once comes first', () => {
  const checked = answers('statin', 'frequent', 'statin-pain');
  assert.equal(summarize(checked).careLevel, 'urgent');
  const text = summaryText(checked, en, '112');
  const action = en.about['statin-pain'].action;
  assert.ok(action, 'the statin item says what to do at once');
  const notice = [`${c.noticePrefix}${c.notice.urgent.title}.`, action, ...c.notice.urgent.body];
  assert.ok(text.includes(['', ...notice, '', emergency('112'), '', c.notDiagnosis].join('\n')), text);
  assert.ok(text.includes(`- ${en.causes.lifestyle.title} (${c.answers(1)})`));
  // The soon notice's advice is not given as well.
  assert.ok(!text.includes(`${c.noticePrefix}${c.notice.soon.title}.`));
  assert.ok(!text.includes(c.notice.soon.body[0]));
});

test('brief, for the diary’s printed page: the answers, the causes, the notice and the emergency line, without what may help or "not a diagnosis"', () => {
  const checked = answers('diet', 'frequent');
  const text = textWith(checked, en, '999', summarize(checked), true);
  const { electrolytes } = en.causes;
  assert.equal(
    text,
    [
      c.textTitle,
      '',
      c.textAnswers,
      `- ${en.about.frequent.label}`,
      `- ${en.risks.diet.label}`,
      '',
      c.textCauses,
      `- ${electrolytes.title} (${c.answers(1)}${en.listSeparator}${en.explainer.lessCertain})`,
      '',
      `${c.noticePrefix}${c.notice.soon.title}.`,
      ...c.notice.soon.body,
      '',
      emergency('999'),
    ].join('\n'),
  );
  // The full summary is the brief one and the rest.
  assert.ok(summaryText(checked, en, '999').endsWith(['', emergency('999'), '', c.notDiagnosis].join('\n')));
});

test('says the same result aloud: the count, the causes, then the notice and what to do at once', () => {
  assert.equal(spoken(answers(), en), `${c.ticked(0)} ${c.announce([])}`);
  assert.equal(
    spoken(answers('statin-pain', 'sweating'), en),
    [
      c.ticked(2),
      c.announce([en.causes.dehydration.title]),
      `${c.noticePrefix}${c.notice.urgent.title}.`,
      en.about['statin-pain'].action,
    ].join(' '),
  );
});
