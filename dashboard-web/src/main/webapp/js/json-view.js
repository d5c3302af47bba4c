// Pretty-printed JSON with coloured tokens, built from DOM nodes (text only, never HTML). The
// element's textContent is exactly JSON.stringify(value, null, 2).

import { element } from './panel.js';

export function renderJson(target, value) {
  const out = [];
  write(out, value, '');
  target.replaceChildren(...out);
}

function write(out, value, indent) {
  if (Array.isArray(value)) {
    writeList(out, indent, '[', ']', value.map((item) => [null, item]));
  } else if (value !== null && typeof value === 'object') {
    writeList(out, indent, '{', '}', Object.entries(value));
  } else {
    out.push(token(value));
  }
}

function writeList(out, indent, open, close, entries) {
  if (!entries.length) {
    out.push(element('span', 'j-punct', open + close));
    return;
  }
  const inner = `${indent}  `;
  out.push(element('span', 'j-punct', open), document.createTextNode('\n'));
  entries.forEach(([key, item], i) => {
    out.push(document.createTextNode(inner));
    if (key !== null) {
      out.push(element('span', 'j-key', JSON.stringify(key)), element('span', 'j-punct', ': '));
    }
    write(out, item, inner);
    out.push(document.createTextNode(i < entries.length - 1 ? ',\n' : '\n'));
  });
  out.push(document.createTextNode(indent), element('span', 'j-punct', close));
}

function token(value) {
  const kind = value === null ? 'null' : typeof value;
  const className = { string: 'j-str', number: 'j-num', boolean: 'j-bool', null: 'j-null' }[kind] ?? '';
  return element('span', className, JSON.stringify(value));
}
