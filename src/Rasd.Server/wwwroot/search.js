import { el, api, chrome, day, outletName, articleHref } from './rasd.js';

chrome('search');
const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const value = name => params.get(name)?.trim() ?? '';
const q = value('q');
const form = el('form', { class: 'search', action: '/search', method: 'get', role: 'search' },
  el('input', { type: 'search', name: 'q', value: q, placeholder: 'كلمات أو "عبارة"، مثل: الأسد', 'aria-label': 'نص البحث', id: 'q' }),
  el('input', { type: 'text', name: 'entity', value: value('entity'), placeholder: 'كيان (اختياري)', 'aria-label': 'كيان', id: 'entity', class: 'narrow' }),
  el('input', { type: 'text', name: 'outlet', value: value('outlet'), placeholder: 'مصدر (اختياري)', 'aria-label': 'مصدر', id: 'outlet', class: 'narrow' }),
  el('input', { type: 'date', name: 'from', value: value('from'), 'aria-label': 'من تاريخ', id: 'from' }),
  el('input', { type: 'date', name: 'to', value: value('to'), 'aria-label': 'إلى تاريخ', id: 'to' }),
  el('button', { type: 'submit' }, 'ابحث'));
main.replaceChildren(el('h1', {}, 'البحث'), form);
if (q) {
  try {
    const query = new URLSearchParams({ q, limit: '50' });
    for (const name of ['entity', 'outlet', 'from', 'to']) if (value(name)) query.set(name, value(name));
    const results = await api('/api/search?' + query);
    main.append(
      el('p', { class: 'muted', id: 'summary' }, `${results.hits.length.toLocaleString('ar')} نتيجة لـ «${q}»`,
        results.unresolved.length ? ` — لم يُعرف: ${results.unresolved.join('، ')}` : ''),
      el('ol', { class: 'doc-list results' }, results.hits.map(h =>
        el('li', {}, el('a', { href: articleHref(h.doc_id) }, marked(h.title, h.title_highlights)),
          el('div', { class: 'sub' }, outletName(h.outlet) ?? 'مصدر غير معروف', ' · ', day(h.published)),
          el('p', { class: 'snippet' }, h.snippet.starts_inside ? '… ' : '', marked(h.snippet.text, h.snippet.highlights), h.snippet.ends_inside ? ' …' : '')))));
  } catch (error) {
    main.append(el('p', { class: 'error', role: 'alert' }, error.message));
  }
}
main.removeAttribute('aria-busy');

/** The text with the matched words in <mark>, built from offsets as nodes (never as HTML). */
function marked(text, spans) {
  const parts = [];
  let position = 0;
  for (const s of spans) {
    if (s.start < position || s.end > text.length) continue;
    parts.push(text.slice(position, s.start), el('mark', {}, text.slice(s.start, s.end)));
    position = s.end;
  }
  parts.push(text.slice(position));
  return parts;
}
