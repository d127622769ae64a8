import { el, api, chrome, showError, day, outletName, articleHref } from './rasd.js';

chrome('search');
const main = document.getElementById('main');
const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
const form = el('form', { class: 'search', action: '/search', method: 'get', role: 'search' },
  el('input', { type: 'search', name: 'q', value: q, placeholder: 'كلمة أو عبارة، مثل: الأسد', 'aria-label': 'نص البحث', id: 'q' }),
  el('button', { type: 'submit' }, 'ابحث'));
main.replaceChildren(el('h1', {}, 'البحث'), form);
if (q) {
  try {
    const results = await api('/api/search?q=' + encodeURIComponent(q));
    main.append(
      el('p', { class: 'muted', id: 'summary' }, `${results.hits.length.toLocaleString('ar')} نتيجة لـ «${q}»`,
        results.terms.length ? ` (بعد التطبيع: ${results.terms.join(' ')})` : ''),
      el('ol', { class: 'doc-list results' }, results.hits.map(h =>
        el('li', {}, el('a', { href: articleHref(h.doc_id) }, h.title ?? h.doc_id),
          el('div', { class: 'sub' }, outletName(h.outlet) ?? 'مصدر غير معروف', ' · ', day(h.published))))));
  } catch (error) {
    main.append(el('p', { class: 'error', role: 'alert' }, error.message));
  }
}
main.removeAttribute('aria-busy');
