import { el, api, chrome, showError, day, outletName, articleHref, pager } from './rasd.js';

chrome('documents');
const main = document.getElementById('main');
const page = Math.max(1, parseInt(new URLSearchParams(location.search).get('page') ?? '1', 10) || 1);
try {
  const list = await api(`/api/documents?page=${page}&page_size=25`);
  main.replaceChildren(
    el('h1', {}, 'المقالات'),
    el('p', { class: 'muted' }, `${list.total.toLocaleString('ar')} مقالًا، الأحدث أولًا.`),
    el('ol', { class: 'doc-list', start: String((page - 1) * 25 + 1) }, list.items.map(d =>
      el('li', {}, el('a', { href: articleHref(d.doc_id) }, d.title), el('div', { class: 'sub' }, outletName(d.outlet) ?? 'مصدر غير معروف', ' · ', day(d.published))))),
    pager(page, list.page_size, list.total, p => `/?page=${p}`));
} catch (error) {
  showError(main, error);
}
main.removeAttribute('aria-busy');
