/**
 * The cramp diary's pure modules (src/elements/cramp-diary/: entries.ts, safety.ts, summary.ts,
 * files.ts), in Node: the safety net read against the entries, the summary and its text, and
 * the files, with no element and no DOM. Reads the build (dist/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { en } from '../../dist/content/en.js';
import { SIGNS } from '../../dist/content/facts.js';
import { lastNight, readEntries, readEntry, toAt } from '../../dist/elements/cramp-diary/entries.js';
import { careLevel, safetyNet, safetyText } from '../../dist/elements/cramp-diary/safety.js';
import { WEEKS, diaryText, summarize, timeOf } from '../../dist/elements/cramp-diary/summary.js';
import { CSV_COLUMNS, addNew, parseCsv, readFile, toCsv, toJsonFile } from '../../dist/elements/cramp-diary/files.js';

const d = en.diary;
let n = 0;
/** An entry: a calf cramp of the left leg for 2 minutes, asleep, unless told otherwise. */
const entry = (fields = {}) => ({
  id: `e${String(++n)}`,
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
const when = (at) => at.replace('T', ' ');
const day = ([y, m, dd]) => `${String(y)}/${String(m)}/${String(dd)}`;

test('no entries, or ordinary cramps: no rule is met and no care level is shown', () => {
  assert.deepEqual(safetyNet([]), []);
  assert.equal(careLevel(safetyNet([entry(), entry({ minutes: 10, leg: 'both' })])), null, '10 minutes is not over 10');
  assert.deepEqual(safetyText([], en, '999', when), []);
});

test('swelling in one leg calls for urgent help today, from the clot sign of the care advice (NHS DVT, NHS inform DVT)', () => {
  const swollen = entry({ leg: 'right', swelling: true, at: '2026-12-02T21:00' });
  const findings = safetyNet([swollen, entry({ leg: 'left', swelling: true })]);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.rule, 'swelling-one-leg');
  assert.equal(f.level, SIGNS['clot-swelling'].level);
  assert.equal(f.level, 'urgent');
  assert.deepEqual(f.sources, ['nhs-dvt', 'nhs-inform-dvt']);
  assert.equal(f.latest, swollen, 'the newest entry that meets it (entries come newest first)');
  assert.equal(f.count, 2);
});

test('a cramp over 10 minutes calls for urgent help, as the care advice’s long-cramp sign (NHS inform)', () => {
  const [f] = safetyNet([entry({ minutes: 10.5 })]);
  assert.equal(f.rule, 'long-cramp');
  assert.equal(f.level, SIGNS['long-cramp'].level);
  assert.deepEqual(f.sources, ['nhs-inform']);
});

test('swelling in both legs calls for a doctor soon (NHS and NHS inform leg cramps), after the urgent ones', () => {
  const findings = safetyNet([entry({ leg: 'both', swelling: true }), entry({ minutes: 30 })]);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.level]),
    [
      ['long-cramp', 'urgent'],
      ['swelling-both-legs', 'soon'],
    ],
  );
  assert.deepEqual(findings[1].sources, ['nhs', 'nhs-inform']);
  assert.equal(careLevel(findings), 'urgent');
});

test('says each level with what to do, when it was noted, and the emergency line with the site’s number', () => {
  const findings = safetyNet([entry({ leg: 'both', swelling: true, at: '2026-12-03T10:00' }), entry({ leg: 'left', swelling: true })]);
  const lines = safetyText(findings, en, '112', when);
  assert.deepEqual(lines, [
    d.safetyTitle,
    `${en.care.urgent.prefix}${en.care.urgent.title}.`,
    `- ${d.rules['swelling-one-leg']} ${d.lastNoted('2026-12-01 03:00')}`,
    `${d.ifStill} ${en.care.urgent.action}`,
    `${en.care.soon.prefix}${en.care.soon.title}.`,
    `- ${d.rules['swelling-both-legs']} ${d.lastNoted('2026-12-03 10:00')}`,
    `${d.ifStill} ${en.care.soon.action}`,
    en.safetyNet.now.replace('{number}', '112'),
  ]);
  assert.match(safetyText(findings, en, '', when).at(-1), /your local emergency number/);
});

test('counts the cramps of each of the last weeks up to now, the time of day, the leg, the longest and what helped', () => {
  const now = new Date(2026, 11, 7, 12, 0);
  const entries = [
    entry({ at: '2026-12-07T11:00', leg: 'right', minutes: 1, helped: [] }),
    entry({ at: '2026-12-05T23:30', leg: 'both', minutes: 12, helped: ['massage', 'stand'] }),
    entry({ at: '2026-12-01T02:00', minutes: 12 }),
    entry({ at: '2026-11-28T13:00' }),
    entry({ at: '2026-01-01T08:00' }),
  ];
  const s = summarize(entries, now);
  assert.equal(s.total, 5);
  assert.equal(s.weeks.length, WEEKS);
  assert.deepEqual(
    s.weeks.map((w) => w.count),
    [0, 0, 0, 0, 0, 0, 1, 3],
    'the cramp of January is before the last weeks',
  );
  assert.equal(s.weeks.at(-1).start, '2026-11-30');
  assert.deepEqual(s.times, { night: 1, morning: 2, afternoon: 1, evening: 1 });
  assert.deepEqual(s.legs, { left: 3, right: 1, both: 1 });
  assert.equal(s.longest, entries[1], 'the newest of the longest');
  assert.deepEqual(s.helped, { stretch: 3, massage: 1, stand: 1, nothing: 0 });
  assert.equal(timeOf('2026-12-01T18:00'), 'evening');
});

test('the text to copy: title, safety net, summary, each entry and "not a diagnosis"', () => {
  const now = new Date(2026, 11, 7, 12, 0);
  const entries = [entry({ at: '2026-12-06T03:10', minutes: 15, note: 'after a long walk', helped: ['stretch', 'massage'] })];
  const text = diaryText(entries, summarize(entries, now), en, '999', when, day);
  const lines = text.split('\n');
  assert.equal(lines[0], d.textTitle);
  assert.ok(text.includes(`- ${d.rules['long-cramp']} ${d.lastNoted('2026-12-06 03:10')}`), text);
  assert.ok(text.includes(d.total(1)));
  assert.ok(text.includes(`- ${d.weekOf('2026/11/30')}: 1`), text);
  assert.ok(text.includes(`- ${d.times.night}: 1`));
  assert.ok(text.includes(d.longest(d.minutesText(15), '2026-12-06 03:10')));
  assert.ok(
    text.includes('- 2026-12-06 03:10: 15 minutes, Left leg, Calf, Bad, Asleep, Stretching, Rubbing the muscle, "after a long walk"'),
    text,
  );
  assert.ok(text.includes('Call 999 now'));
  assert.equal(lines.at(-1), en.notDiagnosis);
  const empty = diaryText([], summarize([], now), en, '', when, day);
  assert.equal(empty, [d.textTitle, '', d.total(0), '', en.notDiagnosis].join('\n'));
});

test('reads an entry trusting nothing: bad fields, a date that does not exist, extra minutes', () => {
  assert.deepEqual(readEntry(entry({ id: 'a' })), entry({ id: 'a' }));
  for (const bad of [
    { at: '2026-02-31T03:00' },
    { at: '2026-12-01T24:00' },
    { at: '2026-12-01 03:00' },
    { leg: 'middle' },
    { place: 'hand' },
    { minutes: 0 },
    { minutes: 2000 },
    { minutes: '5' },
    { helped: ['magic'] },
    { swelling: 'yes' },
    { id: '<img>' },
    { note: 5 },
  ]) {
    assert.equal(readEntry(entry(bad)), null, JSON.stringify(bad));
  }
  assert.equal(readEntry(entry({ note: 'x'.repeat(900) })).note.length, 500);
  const { entries, bad } = readEntries([entry({ id: 'x', at: '2026-01-01T00:00' }), entry({ id: 'y' }), entry({ id: 'x' }), 'junk']);
  assert.deepEqual(
    entries.map((e) => e.id),
    ['y', 'x'],
    'newest first, each id once',
  );
  assert.equal(bad, 2);
  assert.deepEqual(readEntries(null), { entries: [], bad: 0 });
  assert.deepEqual(readEntries({}), { entries: [], bad: 1 });
});

test('"last night" is 3 in the morning of the night just gone', () => {
  assert.equal(lastNight(new Date(2026, 11, 7, 9, 30)), '2026-12-07T03:00');
  assert.equal(lastNight(new Date(2026, 11, 7, 1, 0)), '2026-12-06T03:00');
  assert.equal(toAt(new Date(2026, 0, 2, 4, 5)), '2026-01-02T04:05');
});

test('a diary goes to JSON and CSV and comes back the same; a spreadsheet never runs a note as a formula', () => {
  const entries = [entry({ note: '=HYPERLINK("x"), "quoted"\nnext line', helped: ['stretch', 'nothing'] }), entry({ minutes: 0.5 })];
  const json = toJsonFile(entries);
  assert.deepEqual(JSON.parse(json).by, 'cramp-kit');
  assert.deepEqual(readFile(json), { entries, bad: 0 });
  const csv = toCsv(entries);
  assert.equal(csv.split('\r\n')[0], CSV_COLUMNS.join(','));
  assert.ok(csv.includes(`"'=HYPERLINK(""x""), ""quoted""\nnext line"`), csv);
  assert.deepEqual(readFile(csv), { entries, bad: 0 });
  assert.deepEqual(readFile(`\uFEFF${csv}`), { entries, bad: 0 }, 'a byte-order mark a spreadsheet adds');
  assert.deepEqual(parseCsv('a,"b,c"\n\nd,e'), [
    ['a', 'b,c'],
    ['d', 'e'],
  ]);
});

test('refuses a file cramp-kit did not write, and keeps the good entries of a file it did', () => {
  for (const text of ['', 'hello', '{"entries":[]}', '{"by":"cramp-kit","v":2,"entries":[]}', '[1,2]', 'date,minutes\n2026-01-01,3']) {
    assert.equal(readFile(text), null, text);
  }
  const file = toJsonFile([entry({ id: 'good' })]).replace(']}', ',{"id":"bad"}]}');
  assert.deepEqual(
    readFile(file).entries.map((e) => e.id),
    ['good'],
  );
  assert.equal(readFile(file).bad, 1);
});

test('an import adds only new entries and never overwrites one the diary has', () => {
  const mine = entry({ id: 'same', note: 'mine' });
  const { entries, added } = addNew([mine], [entry({ id: 'same', note: 'theirs' }), entry({ id: 'new', at: '2026-12-04T10:00' })]);
  assert.equal(added, 1);
  assert.deepEqual(
    entries.map((e) => [e.id, e.note]),
    [
      ['new', ''],
      ['same', 'mine'],
    ],
  );
});

test('adding 1,000 entries and summing them up takes well under 50 ms', () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    entry({ id: `m${String(i)}`, at: toAt(new Date(2026, 11, 7, 0, -i * 97)), minutes: (i % 20) + 1, swelling: i % 50 === 0 }),
  );
  const now = new Date(2026, 11, 7, 12, 0);
  let list = [];
  const start = performance.now();
  for (const e of many) list = addNew(list, [e]).entries;
  const added = performance.now() - start;
  const t0 = performance.now();
  const text = diaryText(list, summarize(list, now), en, '999', when, day);
  const summed = performance.now() - t0;
  assert.equal(list.length, 1000);
  assert.ok(text.length > 1000);
  console.log(`1,000 entries added one by one: ${added.toFixed(1)} ms; summary and text: ${summed.toFixed(1)} ms`);
  assert.ok(summed < 50, `${summed} ms`);
});
