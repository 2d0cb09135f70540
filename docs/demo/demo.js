// The demo site's own script: its settings toolbar, event log and copy
// buttons. Not part of cramp-kit.
const root = document.documentElement;

const form = document.getElementById('settings');
form.addEventListener('change', () => {
  const data = new FormData(form);
  const theme = String(data.get('theme') ?? '');
  // The widgets' language: lang on each of them (the page's own words stay English). cramp-kit
  // loads its file for that language (dist/cdn/lang/es.js) the first time it is needed.
  const lang = String(data.get('lang') ?? '');
  // The top-level cramp-kit elements on the page (the guide passes its colours and language on to its parts).
  for (const el of document.querySelectorAll('main *')) {
    if (!el.localName.startsWith('cramp-')) continue;
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
    if (lang) el.setAttribute('lang', lang);
    else el.removeAttribute('lang');
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
    'cramp-anatomy-select',
    'cramp-diary-change',
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
