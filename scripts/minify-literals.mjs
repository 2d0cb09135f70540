/**
 * A small rollup plugin that squeezes the white space out of lit's css`` and
 * html`` template literals in our own sources. HTML collapses runs of white
 * space anyway, so a run that holds a line break becomes one space (or
 * nothing, between tags); CSS loses its comments and indentation.
 * Only template text is touched: ${...} expressions are copied as they are,
 * except for templates nested inside them, which are squeezed the same way.
 */
function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function squeezeHtml(text) {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/** Copies a quoted string starting at code[i]; returns the index after it. */
function skipString(code, i) {
  const quote = code[i];
  for (i += 1; i < code.length; i += 1) {
    if (code[i] === '\\') i += 1;
    else if (code[i] === quote) return i + 1;
  }
  return i;
}

/** The index after a // or /* comment starting at code[i]. */
function skipComment(code, i) {
  if (code[i + 1] === '/') {
    const end = code.indexOf('\n', i);
    return end < 0 ? code.length : end;
  }
  const end = code.indexOf('*/', i + 2);
  return end < 0 ? code.length : end + 2;
}

/**
 * Reads a template literal whose opening backtick is at code[start].
 * Returns [rewritten template, index after the closing backtick].
 */
function readTemplate(code, start, squeeze) {
  let out = '`';
  let text = '';
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return [out + (squeeze ? squeeze(text) : text) + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      out += (squeeze ? squeeze(text) : text) + '${';
      text = '';
      const [expr, end] = readExpression(code, i + 2);
      out += expr + '}';
      i = end;
    } else {
      text += c;
      i += 1;
    }
  }
  return [out + text, i];
}

/** Reads a ${...} expression body up to its closing brace. */
function readExpression(code, start) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    const comment = c === '/' && (code[i + 1] === '/' || code[i + 1] === '*') ? skipComment(code, i) : 0;
    if (comment) {
      out += code.slice(i, comment);
      i = comment;
    } else if (c === "'" || c === '"') {
      const end = skipString(code, i);
      out += code.slice(i, end);
      i = end;
    } else if (c === '`') {
      const [tpl, end] = readTemplate(code, i, squeezerFor(out));
      out += tpl;
      i = end;
    } else if (c === '{') {
      depth += 1;
      out += c;
      i += 1;
    } else if (c === '}') {
      if (depth === 0) return [out, i + 1];
      depth -= 1;
      out += c;
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return [out, i];
}

/** The squeezer for a template, from the tag just before its backtick. */
function squeezerFor(before) {
  const tag = /\b(css|html)\s*$/.exec(before);
  return tag ? (tag[1] === 'css' ? squeezeCss : squeezeHtml) : null;
}

export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') {
      const [tpl, end] = readTemplate(code, i, squeezerFor(out));
      out += tpl;
      i = end;
    } else if (c === "'" || c === '"') {
      const end = skipString(code, i);
      out += code.slice(i, end);
      i = end;
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      const stop = skipComment(code, i);
      out += code.slice(i, stop);
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

export function minifyLiterals({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = minifyTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
