/**
 * The pages of `npm run bench`: cramp-kit's, and the same words in each
 * peer's widgets. The words come from cramp-kit's built English content pack
 * (`en` of dist/content/en.js, words with the facts joined in), so the peer
 * pages cannot drift from what the kit shows. Each peer gives a set of
 * widgets (./peers.mjs); the layout of the words around them is the same
 * plain HTML for every peer, following what the kit's elements render.
 */

export const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const e = escapeHtml;

/** The same small page style on every page, the kit's included: a readable column. */
export const PAGE_STYLE =
  '[hidden]{display:none!important}body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}' +
  '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
  '.picture{width:160px;height:120px}.picture path,.picture circle{fill:none;stroke:currentColor;stroke-width:4;stroke-linecap:round}' +
  '.picture .muscle{stroke:#c0392b;stroke-width:7}.sources,.muted{color:#555;font-size:.9em}';

/** "Sources: NHS, Mayo Clinic", each named once, linked where it has a page (as the kit's sources line). */
function sourcesLine(en, ids) {
  const names = [...new Set(ids)].map((id) => {
    const s = en.sources[id];
    return `<cite>${s.url ? `<a href="${e(s.url)}">${e(s.name)}</a>` : e(s.name)}</cite>`;
  });
  return `<p class="sources">${e(en.sourcesLabel)} ${names.join(e(en.listSeparator))}</p>`;
}

const list = (items, tag = 'ul') => `<${tag}>${items.map((item) => `<li>${e(item)}</li>`).join('')}</${tag}>`;
const h = (level, inner) => `<h${String(level)}>${inner}</h${String(level)}>`;
const withNumber = (text, number) => e(text).replace('{number}', `<a href="tel:${e(number)}">${e(number)}</a>`);

/** A cause's details, as the explainer shows them (headings at `level`). */
function causeBody(en, cause, level) {
  const t = en.explainer;
  return [
    `<p>${e(cause.summary)}</p>`,
    cause.certaintyNote ? `<p><strong>${e(t.lessCertain)}:</strong> ${e(cause.certaintyNote)}</p>` : '',
    h(level, e(t.why)),
    `<p>${e(cause.why)}</p>`,
    h(level, e(t.triggers)),
    list(cause.triggers),
    h(level, e(t.who)),
    `<p>${e(cause.who)}</p>`,
    h(level, e(t.helps)),
    list(cause.helps),
    sourcesLine(en, cause.sources),
  ].join('');
}

const causeTitle = (en, w, cause) =>
  `${e(cause.title)}${cause.certainty === 'less-certain' ? `<span class="visually-hidden">${e(en.listSeparator)}</span> ${w.badge(e(en.explainer.lessCertain))}` : ''}`;

/** A stretch card: its name, use, picture, steps, dose, safety, timer (a progress ring) and its Start button. */
function stretchCard(en, w, id, level, pictures) {
  const t = en.stretch;
  const item = en.stretches[id];
  const during = item.use === 'during';
  const phase =
    during || (item.reps === 1 && !item.perSide) ? t.hold : `${t.rep(1, item.reps)}${item.perSide ? en.listSeparator + t.left : ''}`;
  return w.card(
    [
      h(level, e(item.name)),
      `<p>${e(during ? t.useDuring : t.usePrevent)}</p>`,
      pictures[id] ?? '',
      list(item.steps, 'ol'),
      `<p>${e(during ? t.doseDuring : t.dose(item.hold, item.reps, item.perSide))}</p>`,
      item.chair && item.seated ? `<p><strong>${e(t.chairLabel)}</strong> ${e(item.seated)}</p>` : '',
      `<p><strong>${e(t.safetyLabel)}</strong> ${e(item.safety)} ${during ? '' : e(t.safety)}</p>`,
      w.ring(`${e(t.named(t.timer, item.name))}`, `<b>${String(item.hold)}</b> ${e(t.seconds)}`),
      `<p>${e(phase)}</p>`,
      `<p>${w.button(e(t.start), true)}</p>`,
      during ? '' : `<p class="muted">${e(t.evidence)}</p>`,
      sourcesLine(en, item.sources),
    ].join(''),
  );
}

/**
 * The whole guide, as <cramp-guide> shows it before any interaction: the
 * contents, the introduction, what to do during a cramp (with a stretch card),
 * the care advice (three alerts: the safety net comes third, as in the guide),
 * the causes (closed disclosures, as the guide's explainer is an accordion),
 * the checklist (its notice present but hidden, as nothing is ticked), the
 * prevention tips, the stretch routine at its first stretch, the sources and
 * the review dates. The kit's guide shows the same sections (not the picture
 * of the back of the knee, which no peer page has). `stretchSeconds(stretch)`:
 * a stretch's time in a running routine, as the kit counts it (for the
 * routine's minutes).
 */
export function guideBody(en, w, { number = '999', pictures = {}, stretchSeconds }) {
  const g = en.guide;
  const c = en.checklist;
  const t = en.stretch;
  const sections = [
    ['intro', g.introTitle],
    ['during', en.during.title],
    ['care', en.careText.title],
    ['causes', en.explainer.title],
    ['checklist', c.title],
    ['prevention', en.prevention.title],
    ['stretches', t.routineTitle],
    ['sources', g.sourcesTitle],
  ];
  const causes = Object.values(en.causes);
  const routine = Object.keys(en.stretches).filter((id) => en.stretches[id].routine);
  const minutes = Math.max(1, Math.round(routine.reduce((sum, id) => sum + stretchSeconds(en.stretches[id]), 0) / 60));
  const checks = (ids, words) => ids.map((id) => w.checkbox(e(words[id].label))).join('');
  const riskIds = Object.keys(en.risks);
  const careVariant = { emergency: 'danger', urgent: 'warning', soon: 'info' };
  const sourceItems = Object.values(en.sources).map(
    (s) => `<li>${e(s.citation)}${s.url ? ` <a href="${e(s.url)}">${e(s.doi ? `doi:${s.doi}` : s.url)}</a>` : ''}</li>`,
  );
  return `<main>
${h(2, e(g.title))}
<nav aria-label="${e(g.contents)}"><ol>${sections.map(([id, title]) => `<li><a href="#${id}">${e(title)}</a></li>`).join('')}</ol></nav>
<section id="intro">${h(3, e(g.introTitle))}${g.intro.map((p) => `<p>${e(p)}</p>`).join('')}</section>
<section id="during">${h(3, e(en.during.title))}<p>${e(en.during.intro)}</p>${list(en.during.steps.map((s) => s.text))}
${stretchCard(en, w, 'toe-pull', 4, pictures)}
${sourcesLine(
  en,
  en.during.steps.flatMap((s) => s.sources),
)}</section>
<section id="care">${h(3, e(en.careText.title))}<p>${e(en.careText.intro)}</p>
${Object.entries(en.care)
  .map(([level, advice]) =>
    w.alert(
      careVariant[level],
      `${h(4, `<span class="visually-hidden">${e(advice.prefix)}</span>${e(advice.title)}`)}<p>${e(advice.intro)}</p>${list(advice.signs)}<p>${withNumber(advice.action, number)}</p>`,
      true,
    ),
  )
  .join('\n')}
${sourcesLine(
  en,
  Object.values(en.care).flatMap((advice) => advice.sources),
)}</section>
<section id="causes">${h(3, e(en.explainer.title))}<p>${e(en.explainer.intro)}</p>
${causes.map((cause) => w.disclosure(causeTitle(en, w, cause), causeBody(en, cause, 5))).join('\n')}
<p class="muted">${e(en.explainer.notDiagnosis)}</p></section>
<section id="checklist">${h(3, e(c.title))}<p>${e(c.intro)}</p><p class="muted">${e(c.privacy)}</p><p class="muted">${e(c.selectAll)}</p>
${w.fieldset(e(c.aboutLegend), checks(Object.keys(en.about), en.about))}
${w.fieldset(
  e(c.aboutYouLegend),
  checks(
    riskIds.filter((id) => en.risks[id].aboutYou),
    en.risks,
  ),
)}
${causes
  .map((cause) =>
    w.fieldset(
      e(c.groupQuestion(cause.title)),
      checks(
        riskIds.filter((id) => en.risks[id].cause === cause.id && !en.risks[id].aboutYou),
        en.risks,
      ),
    ),
  )
  .join('\n')}
<p>${w.button(e(c.reset))} ${w.button(e(c.copy))} ${w.button(e(c.print))}</p>
${w.alert('warning', `${h(5, `<span class="visually-hidden">${e(c.noticePrefix)}</span>${e(c.notice.urgent.title)}`)}${c.notice.urgent.body.map((p) => `<p>${e(p)}</p>`).join('')}<p>${withNumber(c.noticeEmergency, number)}</p>`, false)}
${h(4, e(c.summaryTitle))}<p class="muted">${e(c.summaryEmpty)}</p><p class="muted">${e(c.notDiagnosis)}</p></section>
<section id="prevention">${h(3, e(en.prevention.title))}<p>${e(en.prevention.intro)}</p>
${h(4, e(en.prevention.doTitle))}${list(en.tips.filter((tip) => tip.kind === 'do').map((tip) => tip.text))}
${h(4, e(en.prevention.dontTitle))}${list(en.tips.filter((tip) => tip.kind === 'dont').map((tip) => tip.text))}
${sourcesLine(
  en,
  en.tips.flatMap((tip) => tip.sources),
)}</section>
<section id="stretches">${h(3, e(t.routineTitle))}<p>${e(t.routineIntro(routine.length, minutes))}</p><p>${e(t.step(1, routine.length))}</p>
${stretchCard(en, w, routine[0], 4, pictures)}
<p>${w.button(e(t.previous))} ${w.button(e(t.next))} ${w.button(e(t.startRoutine), true)}</p></section>
<section id="sources">${h(3, e(g.sourcesTitle))}<ol>${sourceItems.join('')}</ol></section>
<p class="muted">${e(en.lastReviewed)} ${e(date(en, en.reviewed.last))}<br>${e(g.nextReview)} ${e(date(en, en.reviewed.next))}</p>
<p>${e(g.disclaimer)}</p>
</main>`;
}

const date = (en, iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return en.date(y, m, d);
};

/**
 * One cause explainer used alone, in tabs (as `<cramp-cause-explainer
 * layout="tabs">` shows it): title, introduction, a tab for each cause with
 * its details in the panel, its disclaimer, the "get help" lines (with no
 * emergency number set: "your local emergency number") and the footer (the
 * sources, the safety net's `safetySources` too, and the review date; no
 * second "not a diagnosis", as the explainer says it in its own words). `n`
 * tells the panels of one explainer from another's.
 */
export function explainerBody(en, w, n, safetySources) {
  const t = en.explainer;
  const causes = Object.values(en.causes);
  return `<section>
${h(2, e(t.title))}<p>${e(t.intro)}</p>
${w.tabs(
  e(t.tabsLabel),
  causes.map((cause) => ({
    id: `${String(n)}-${cause.id}`,
    label: e(cause.title),
    body: h(3, causeTitle(en, w, cause)) + causeBody(en, cause, 4),
  })),
)}
<p class="muted">${e(t.notDiagnosis)}</p>
<div><p>${e(en.safetyNet.today)}</p><p>${e(en.safetyNet.now).replace('{number}', e(en.localNumber))}</p></div>
<div class="muted">${sourcesLine(en, [...causes.flatMap((cause) => cause.sources), ...safetySources])}<p>${e(en.lastReviewed)} ${e(
    date(en, en.reviewed.last),
  )}.</p></div>
</section>`;
}

/** A whole page: the measuring snippet first in the head, then the page's own head, then the body. */
export const page = ({ title, head, body, measure }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title>
${measure.first}
<style>${PAGE_STYLE}</style>
${head}
${measure.last}
</head><body>
${body}
</body></html>`;

/**
 * The diary's page body: `<cramp-diary>` with `count` cramps set before it is defined (as a page restoring them
 * would), two every day or so over the weeks before now, of every kind. They are written into the page as data, so
 * making them costs the page nothing but parsing. Their words are the reader's, so no peer has this page.
 */
export function diaryBody(count) {
  const pick = (list, i) => list[i % list.length];
  const two = (n) => String(n).padStart(2, '0');
  const local = (d) =>
    `${String(d.getFullYear())}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
  const now = Date.now();
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `bench-${String(i)}`,
    at: local(new Date(now - (i + 1) * 11 * 3600e3)),
    leg: pick(['left', 'right', 'both'], i),
    place: pick(['calf', 'knee', 'thigh', 'foot'], i),
    minutes: (i % 9) + 1,
    severity: pick(['mild', 'moderate', 'severe'], i),
    doing: pick(['asleep', 'resting', 'exercise'], i),
    helped: [pick(['stretch', 'massage', 'stand', 'nothing'], i)],
    swelling: false,
    note: i % 5 ? '' : 'Woke me up.',
  }));
  return `<cramp-diary></cramp-diary>
<script>document.querySelector('cramp-diary').value = ${JSON.stringify(entries)};</script>`;
}

/**
 * Once the diary is drawn, the reader adds a cramp through its form (a 3-minute one, the rest as the form has it):
 * one task, from the tap to the list, the summary and the chart drawn again and laid out. `benchExtra.add` is that
 * task's time in ms, as the page measures it.
 */
export const DIARY_ADD_STEP = `{
  const diary = document.querySelector('cramp-diary');
  const minutes = diary.shadowRoot.querySelector('#minutes');
  minutes.value = '3';
  minutes.dispatchEvent(new Event('input', { bubbles: true }));
  document.body.getBoundingClientRect();
  const before = diary.value.length;
  const start = performance.now();
  diary.shadowRoot.querySelector('.save').click();
  await diary.updateComplete;
  document.body.getBoundingClientRect();
  const add = performance.now() - start;
  if (diary.value.length !== before + 1) throw new Error('bench: the diary did not add the cramp');
  window.benchExtra = { add, entries: diary.value.length };
}`;
