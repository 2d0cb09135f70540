// The theming guide's live switcher: the form's settings go on the example element, and the CSS a site
// would add is shown under it. Only the tokens a reader changed are written.
const form = document.getElementById('theme-switcher');
const example = document.querySelector('#theme-example > *');
const css = document.getElementById('theme-css');

function apply() {
  const theme = new FormData(form).get('theme');
  if (theme) example.setAttribute('theme', theme);
  else example.removeAttribute('theme');
  const lines = [];
  for (const input of form.querySelectorAll('[data-token]')) {
    const changed = input.type === 'color' ? input.value !== input.defaultValue : input.value !== '';
    if (changed) {
      example.style.setProperty(input.dataset.token, input.value);
      lines.push(`  ${input.dataset.token}: ${input.value};`);
    } else example.style.removeProperty(input.dataset.token);
  }
  const rule = lines.length ? `${example.localName} {\n${lines.join('\n')}\n}` : '/* The defaults: nothing to add */';
  css.textContent = theme ? `${rule}\n/* and on the element: theme="${theme}" */` : rule;
}
form.addEventListener('input', apply);
form.addEventListener('change', apply);
