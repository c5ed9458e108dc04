// Shared pieces of every screen. Errors the API ties to an input (`extensions.field`) are shown under that input;
// the others above the form. Everything is reachable by keyboard and labelled for screen readers.
import { html, useEffect, useRef, useState } from './lib.js';

let nextId = 0;
export const uid = prefix => `${prefix}-${++nextId}`;

export function Loading({ label = 'Loading…' }) {
  return html`<p class="loading" role="status">${label}</p>`;
}

export function Empty({ title, children }) {
  return html`<div class="empty"><p class="empty-title">${title}</p>${children}</div>`;
}

/** The errors of a failed call that no input on the form claims. */
export function ErrorBanner({ error, claimed = [] }) {
  if (!error) return null;
  const shown = error.errors.filter(e => !claimed.includes(e.extensions?.field));
  if (!shown.length) return null;
  return html`<div class="banner error" role="alert">
    ${shown.map(e => html`<p>${e.message}${e.extensions?.code ? html` <span class="code">${e.extensions.code}</span>` : null}</p>`)}
  </div>`;
}

/** A labelled input with its hint and the API's error for `field` (the input path, e.g. `input.name`). */
export function Field({ id, label, field, error, hint, children }) {
  const message = field && error?.fields?.[field];
  return html`<div class=${`field${message ? ' invalid' : ''}`}>
    <label for=${id}>${label}</label>
    ${children}
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : null}
    ${message ? html`<p class="field-error" id=${`${id}-error`} role="alert">${message}</p>` : null}
  </div>`;
}

/** Attributes an input inside a Field needs so screen readers read its hint and error. */
export function described(id, { field, error, hint } = {}) {
  const ids = [hint ? `${id}-hint` : null, field && error?.fields?.[field] ? `${id}-error` : null].filter(Boolean);
  return { id, 'aria-describedby': ids.join(' ') || undefined, 'aria-invalid': ids.some(i => i.endsWith('-error')) || undefined };
}

export function Badge({ tone = 'neutral', children, title }) {
  return html`<span class=${`badge ${tone}`} title=${title}>${children}</span>`;
}

export function CopyButton({ text, label }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard access needs a secure context; a selected text field with execCommand works on plain http too.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return html`<button type="button" class="copy" onClick=${copy} aria-label=${label}>
    ${copied ? 'Copied' : 'Copy'}<span class="sr-only" aria-live="polite">${copied ? `${label}: copied` : ''}</span>
  </button>`;
}

/** A modal dialog (the platform's <dialog>: focus stays inside, Escape cancels). */
export function Dialog({ title, open, onClose, children }) {
  const ref = useRef(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const titleId = useRef(uid('dialog-title')).current;
  return html`<dialog ref=${ref} aria-labelledby=${titleId} onClose=${onClose} onCancel=${onClose}>
    ${open ? html`<h2 id=${titleId}>${title}</h2>${children}` : null}
  </dialog>`;
}

export function Pager({ total, from, limit, onChange, label = 'items' }) {
  if (!total) return null;
  const last = Math.min(from + limit, total);
  return html`<nav class="pager" aria-label="Pages">
    <button type="button" disabled=${from === 0} onClick=${() => onChange(Math.max(0, from - limit))}>Previous</button>
    <span role="status">${from + 1}–${last} of ${total.toLocaleString()} ${label}</span>
    <button type="button" disabled=${last >= total} onClick=${() => onChange(from + limit)}>Next</button>
  </nav>`;
}

/** A column header that sorts: `sort` is {field, direction}; clicking the active column flips its direction. */
export function SortHeader({ field, sort, onSort, children }) {
  const active = sort.field === field;
  const next = active && sort.direction === 'ASC' ? 'DESC' : 'ASC';
  return html`<th scope="col" aria-sort=${active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
    <button type="button" class="sort" onClick=${() => onSort({ field, direction: next })}>
      ${children}${active ? (sort.direction === 'ASC' ? ' ▲' : ' ▼') : ''}
    </button>
  </th>`;
}

export const formatTime = value => (value ? new Date(value).toLocaleString() : '—');

export function relativeTime(value, now = Date.now()) {
  if (!value) return 'never';
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} d ago`;
}
