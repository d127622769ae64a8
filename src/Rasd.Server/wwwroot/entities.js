import { el, api, chrome, showError, entityHref, typeNames, pager } from './rasd.js';

chrome('entities');
const main = document.getElementById('main');
const query = new URLSearchParams(location.search);
const page = Math.max(1, parseInt(query.get('page') ?? '1', 10) || 1);
const type = ['PER', 'ORG', 'LOC'].includes(query.get('type')) ? query.get('type') : null;
try {
  const list = await api(`/api/entities?page=${page}&page_size=50${type ? '&type=' + type : ''}`);
  const filters = el('nav', { class: 'filters', 'aria-label': 'النوع' },
    [[null, 'الكل'], ['PER', 'أشخاص'], ['ORG', 'منظمات'], ['LOC', 'أماكن']].map(([t, label]) =>
      el('a', { href: t ? `/entities?type=${t}` : '/entities', class: t === type ? 'active' : null }, label)));
  main.replaceChildren(
    el('h1', {}, 'الكيانات'), filters,
    el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, el('th', {}, 'الاسم'), el('th', {}, 'بالإنجليزية'), el('th', {}, 'النوع'), el('th', {}, 'الإشارات'), el('th', {}, 'المقالات'))),
      el('tbody', {}, list.items.map(e => el('tr', {},
        el('td', {}, el('a', { href: entityHref(e.entity_id) }, e.name_ar)),
        el('td', { dir: 'ltr' }, e.name_en ?? ''),
        el('td', {}, typeNames[e.type] ?? e.type),
        el('td', { class: 'num' }, e.mentions.toLocaleString('ar')),
        el('td', { class: 'num' }, e.documents.toLocaleString('ar')))))),
    pager(page, list.page_size, list.total, p => `/entities?page=${p}${type ? '&type=' + type : ''}`));
} catch (error) {
  showError(main, error);
}
main.removeAttribute('aria-busy');
