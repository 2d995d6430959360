/**
 * DOM helpers of the webviews. Text (corpus text, group names, file names) only ever becomes a
 * text node or an attribute set through the DOM; nothing is parsed as HTML, and no element gets an
 * inline event handler (the Content-Security-Policy would refuse both).
 */

export interface VsCodeApi<State, Message> {
  postMessage(message: Message): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State, Message>(): VsCodeApi<State, Message>;

export function vscodeApi<State, Message>(): VsCodeApi<State, Message> {
  return acquireVsCodeApi<State, Message>();
}

type Child = Node | string | number | null | undefined | false;

/** An element with attributes (set through the DOM) and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | number | boolean | null | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; `title` becomes its tooltip (a <title> child holding text). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number | null | undefined> = {}, title?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  if (title) {
    const t = document.createElementNS(SVG, 'title');
    t.textContent = title;
    node.appendChild(t);
  }
  return node;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link-like button that opens a passage in the editor. */
export function passageLink(label: string, onOpen: () => void, className = 'open'): HTMLButtonElement {
  const button = el('button', { class: `link ${className}`, type: 'button', title: 'Open in the editor' }, label);
  button.addEventListener('click', onOpen);
  return button;
}

/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or empty. */
export const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A date field that accepts an ISO date or nothing, marking anything else invalid. */
export function dateInput(id: string, placeholder: string, value: string | null | undefined, onChange: (value: string | null) => void): HTMLInputElement {
  const input = el('input', { id, type: 'text', placeholder, size: 10, value: value ?? '', spellcheck: 'false', 'aria-label': placeholder });
  input.addEventListener('change', () => {
    const v = input.value.trim();
    const ok = v === '' || ISO_DATE.test(v);
    input.classList.toggle('invalid', !ok);
    input.title = ok ? '' : 'A date as 2023, 2023-05 or 2023-05-14';
    if (ok) onChange(v || null);
  });
  return input;
}

/** A drop-down of checkboxes ("Relations (10 of 10)"). */
export function checkMenu(label: string, options: { value: string; label: string; checked: boolean }[], onChange: (checked: string[]) => void): HTMLDetailsElement {
  const summary = el('summary', {});
  const details = el('details', { class: 'menu' }, summary);
  const body = el('div', { class: 'menu-body' });
  details.appendChild(body);
  const boxes: HTMLInputElement[] = [];
  const update = () => {
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    summary.textContent = `${label} (${checked.length} of ${boxes.length})`;
    return checked;
  };
  for (const o of options) {
    const box = el('input', { type: 'checkbox', value: o.value, checked: o.checked });
    box.addEventListener('change', () => onChange(update()));
    boxes.push(box);
    body.appendChild(el('label', { class: 'check' }, box, ` ${o.label}`));
  }
  update();
  return details;
}

/** A drop-down menu of buttons (the export formats). */
export function buttonMenu(label: string, items: { label: string; run: () => void; id?: string }[]): HTMLDetailsElement {
  const details = el('details', { class: 'menu' }, el('summary', {}, label));
  const body = el('div', { class: 'menu-body' });
  for (const item of items) {
    const b = el('button', { type: 'button', id: item.id }, item.label);
    b.addEventListener('click', () => {
      details.open = false;
      item.run();
    });
    body.appendChild(b);
  }
  details.appendChild(body);
  return details;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "The index changed. Refresh" in the status line, once, until the page reloads its data. */
export function indexChangedNotice(status: HTMLElement, refresh: () => void): void {
  if (status.querySelector('#refresh')) return;
  const button = el('button', { type: 'button', id: 'refresh', class: 'secondary' }, 'Refresh');
  button.addEventListener('click', refresh);
  append(status, [' · ', el('span', { class: 'notice' }, 'The index changed.'), button]);
}

/** An error from the extension, in place of the status line. */
export function showError(status: HTMLElement, message: string): void {
  clear(status);
  status.appendChild(el('span', { class: 'error' }, message));
}
