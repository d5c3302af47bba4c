// A card of the page and its error message. Each source of trouble has a key, so that one
// recovering does not hide another's message.

export class Panel {
  constructor(id) {
    this.root = document.getElementById(id);
    this.message = this.root.querySelector('.panel-error');
    this.errors = new Map();
  }

  /** Shows `message` for `key` (e.g. 'fetch'); the panel keeps its last content, dimmed. */
  fail(key, message) {
    this.errors.set(key, message);
    this.render();
  }

  /** Clears the message of `key`, or all of them. */
  ok(key) {
    if (key === undefined) {
      this.errors.clear();
    } else {
      this.errors.delete(key);
    }
    this.render();
  }

  get failing() {
    return this.errors.size > 0;
  }

  render() {
    const first = this.errors.values().next();
    this.message.textContent = first.done ? '' : first.value;
    this.message.hidden = first.done;
    this.root.classList.toggle('is-failing', !first.done);
    this.root.dataset.state = first.done ? 'ok' : 'error';
  }
}

/** Sets an element's text; `value` goes to data-value so tests can read the raw figure. */
export function setText(id, text, value) {
  const element = document.getElementById(id);
  element.textContent = text;
  if (value !== undefined) {
    element.dataset.value = String(value);
  }
  return element;
}

/** Creates an element with a class and text (never HTML). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}
