// The snippet builder: every control on the page was made from the manifest when the site was built; this
// reads them, shows the element live and writes the HTML to copy (assets/snippet.js).
import { snippet } from './snippet.js';

const form = document.getElementById('builder');
const select = document.getElementById('element');
const preview = document.getElementById('preview');
const output = document.getElementById('output');
const status = document.getElementById('copy-status');

/** The options of the chosen element: attributes, slots, and the colours changed from their defaults. */
function options() {
  const tag = select.value;
  const box = form.querySelector(`fieldset.options[data-for="${tag}"]`);
  const attributes = [];
  for (const control of box.querySelectorAll('[data-attribute]')) {
    const name = control.dataset.attribute;
    if (control.hasAttribute('data-list')) {
      const ticked = [...control.querySelectorAll('input:checked')].map((i) => i.value);
      if (ticked.length) attributes.push([name, ticked.join(' ')]);
    } else if (control.type === 'checkbox') {
      if (control.checked) attributes.push([name, true]);
    } else if (control.value.trim()) attributes.push([name, control.value.trim()]);
  }
  const slots = [...box.querySelectorAll('[data-slot]')].map((i) => [i.dataset.slot, i.value]);
  const tokens = [...form.querySelectorAll('#colours [data-token]')]
    .filter((i) => i.value !== i.defaultValue)
    .map((i) => [i.dataset.token, i.value]);
  return { cdn: form.dataset.cdn, tag, attributes, tokens, slots };
}

function update() {
  for (const part of form.querySelectorAll('[data-for]')) {
    const on = part.dataset.for === select.value;
    part.hidden = !on;
    if (part.localName === 'fieldset') part.disabled = !on;
  }
  document.getElementById('element-hint').textContent = select.selectedOptions[0].dataset.summary;
  const chosen = options();
  output.textContent = snippet(chosen);
  // The preview is built with DOM calls: what a reader types stays text.
  const el = document.createElement(chosen.tag);
  for (const [name, value] of chosen.attributes) el.setAttribute(name, value === true ? '' : value);
  if (!chosen.attributes.some(([name]) => name === 'heading-level')) el.setAttribute('heading-level', '3');
  for (const [name, value] of chosen.tokens) el.style.setProperty(name, value);
  for (const [name, text] of chosen.slots) {
    if (!text.trim()) continue;
    const span = document.createElement('span');
    span.slot = name;
    span.textContent = text.trim();
    el.append(span);
  }
  preview.replaceChildren(el);
  status.textContent = '';
}

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.textContent);
    status.textContent = 'Copied: paste it into your page.';
  } catch {
    getSelection().selectAllChildren(output);
    status.textContent = 'Copying was blocked: the HTML is selected, press Ctrl+C (or Cmd+C) to copy it.';
  }
});
form.addEventListener('input', update);
form.addEventListener('change', update);
update();
