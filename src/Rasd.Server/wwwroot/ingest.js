import { el, chrome, articleHref } from './rasd.js';

chrome('ingest');
const main = document.getElementById('main');
const field = (label, input) => el('label', {}, el('span', {}, label), input);
const form = el('form', { class: 'ingest', id: 'ingest' },
  field('مفتاح الواجهة (API key)', el('input', { type: 'password', name: 'key', id: 'key', required: true, autocomplete: 'off', dir: 'ltr' })),
  field('العنوان', el('input', { type: 'text', name: 'title', id: 'title' })),
  field('المصدر', el('input', { type: 'text', name: 'outlet', id: 'outlet' })),
  field('تاريخ النشر', el('input', { type: 'date', name: 'published', id: 'published' })),
  field('الرابط', el('input', { type: 'url', name: 'url', id: 'url', dir: 'ltr' })),
  field('النص', el('textarea', { name: 'text', id: 'text', rows: '12' })),
  field('أو ملف (txt, html, json, jsonl, xml, zip)', el('input', { type: 'file', name: 'file', id: 'file' })),
  el('button', { type: 'submit' }, 'حلّل واحفظ'));
const status = el('div', { id: 'status', role: 'status' });
main.replaceChildren(el('h1', {}, 'إضافة مقال'), form, status);
main.removeAttribute('aria-busy');

form.addEventListener('submit', async event => {
  event.preventDefault();
  const data = new FormData(form);
  const headers = { 'X-Api-Key': data.get('key'), Accept: 'application/json' };
  let body;
  const file = data.get('file');
  if (file && file.size > 0) {
    body = new FormData();
    body.append('file', file);
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(Object.fromEntries(['title', 'outlet', 'published', 'url', 'text'].map(k => [k, data.get(k) || null])));
  }
  status.replaceChildren('جارٍ التحليل…');
  const response = await fetch('/api/articles', { method: 'POST', headers, body });
  const result = await response.json().catch(() => null);
  if (!response.ok) {
    status.replaceChildren(el('p', { class: 'error', role: 'alert' }, `رُفض الطلب (${response.status}): `, result?.detail ?? result?.title ?? ''));
    return;
  }
  status.replaceChildren(el('ul', { class: 'outcomes' }, result.articles.map(a => el('li', {},
    a.doc_id ? el('a', { href: articleHref(a.doc_id) }, a.doc_id) : 'تعذّر', ' — ', { added: 'أضيف', already_stored: 'محفوظ من قبل', failed: 'فشل' }[a.status] ?? a.status))));
});
