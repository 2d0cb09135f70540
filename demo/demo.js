// The demo site's own script: its header, page links, settings toolbar, event
// log and copy buttons. Not part of cramp-kit.
const root = document.documentElement;

const pages = [
  ['index.html', 'The whole guide'],
  ['explainer.html', 'Cause explainer'],
  ['checklist.html', 'Risk checklist'],
  ['stretches.html', 'Stretches'],
  ['care.html', 'Care advice'],
  ['prevention.html', 'Prevention tips'],
];
const here = location.pathname.split('/').pop() || 'index.html';

const header = document.getElementById('site-header');
header.innerHTML = `
  <p class="brand">Riverside Health <span>Blog</span></p>
  <p class="tagline">A demo site for <strong>cramp-kit</strong>: everything below the toolbar is what a clinic's site would show.</p>
  <nav aria-label="Demo pages"><ul class="pages">${pages
    .map(([href, label]) => `<li><a href="${href}"${href === here ? ' aria-current="page"' : ''}>${label}</a></li>`)
    .join('')}</ul></nav>
  <form class="toolbar" aria-label="Demo settings" id="settings">
    <fieldset>
      <legend>Widget theme</legend>
      <label><input type="radio" name="theme" value="" checked> Follow the page</label>
      <label><input type="radio" name="theme" value="light"> Light</label>
      <label><input type="radio" name="theme" value="dark"> Dark</label>
      <label><input type="radio" name="theme" value="auto"> Auto (your system)</label>
    </fieldset>
    <fieldset>
      <legend>Page colours</legend>
      <label><input type="radio" name="page" value="light" checked> Light page</label>
      <label><input type="radio" name="page" value="dark"> Dark page</label>
    </fieldset>
    <fieldset>
      <legend>Brand colour</legend>
      <label><input type="radio" name="brand" value="" checked> cramp-kit blue</label>
      <label><input type="radio" name="brand" value="plum"> Clinic plum</label>
    </fieldset>
  </form>`;

const form = document.getElementById('settings');
form.addEventListener('change', () => {
  const data = new FormData(form);
  const theme = String(data.get('theme') ?? '');
  // The top-level cramp-kit elements on the page (the guide passes its colours on to its parts).
  for (const el of document.querySelectorAll('main *')) {
    if (!el.localName.startsWith('cramp-')) continue;
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
  root.dataset.page = String(data.get('page') ?? 'light');
  const brand = String(data.get('brand') ?? '');
  if (brand) root.dataset.brand = brand;
  else delete root.dataset.brand;
});

const log = document.getElementById('event-log');
if (log) {
  for (const type of [
    'cramp-cause-toggle',
    'cramp-checklist-change',
    'cramp-stretch-start',
    'cramp-stretch-complete',
    'cramp-routine-complete',
  ]) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      item.textContent = `${type} ${JSON.stringify(event.detail)}`;
      log.prepend(item);
      while (log.children.length > 4) log.lastElementChild.remove();
    });
  }
}

const status = document.getElementById('copy-status');
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = 'Copied to the clipboard.';
    } catch {
      getSelection().selectAllChildren(code);
      status.textContent = 'Copying was blocked: the code is selected, press Ctrl+C (or Cmd+C) to copy it.';
    }
  });
}
