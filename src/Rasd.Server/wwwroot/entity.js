import { el, api, chrome, showError, day, articleHref, entityHref, entityName, typeNames, basisNames, idFromPath } from './rasd.js';

chrome('entities');
const main = document.getElementById('main');
try {
  render(await api('/api/entities/' + encodeURIComponent(idFromPath('/entities/'))));
} catch (error) {
  showError(main, error);
}
main.removeAttribute('aria-busy');

function render(e) {
  document.title = `${e.name_ar} — رصد`;
  main.replaceChildren(
    el('h1', {}, e.name_ar, e.name_en ? el('small', { class: 'en', dir: 'ltr' }, e.name_en) : null),
    el('p', { class: 'muted' }, typeNames[e.type] ?? e.type, e.country ? ` · ${e.country}` : '', ` · ${e.mention_count.toLocaleString('ar')} إشارة في ${e.document_count.toLocaleString('ar')} مقالًا · `,
      el('bdi', { dir: 'ltr' }, e.entity_id)),
    el('div', { class: 'columns' },
      el('section', {}, el('h2', {}, 'الأسماء وطرق الكتابة'),
        el('ul', { class: 'variants' }, e.variants.map(v => el('li', {}, el('span', {}, v.text), ' ', el('small', { title: 'عدد المرات' }, `(${v.count.toLocaleString('ar')})`)))),
        e.aliases_ar.length > e.variants.length ? el('p', { class: 'muted' }, 'في قاعدة المعرفة أيضًا: ', e.aliases_ar.filter(a => !e.variants.some(v => v.text === a)).join('، ')) : null),
      el('section', {}, el('h2', {}, 'المناصب عبر الزمن'), e.roles.length
        ? el('table', { class: 'grid roles' },
          el('thead', {}, el('tr', {}, el('th', {}, 'المنصب'), el('th', {}, 'الدولة'), el('th', {}, 'من'), el('th', {}, 'إلى'), el('th', {}, 'المصدر'))),
          el('tbody', {}, e.roles.map(r => el('tr', {},
            el('td', { title: r.role, dataset: { role: r.role } }, r.role_ar ?? r.role), el('td', {}, r.country ?? ''), el('td', {}, day(r.from)), el('td', {}, r.to ? day(r.to) : 'حتى الآن'),
            el('td', {}, r.doc_id ? el('a', { href: articleHref(r.doc_id) }, basisNames[r.basis]) : basisNames[r.basis] ?? r.basis)))))
        : el('p', { class: 'muted' }, 'لا مناصب معروفة.')),
      el('section', {}, el('h2', {}, 'أكثر من يُذكر معه'), el('ol', { class: 'counterparts' }, e.counterparts.map(c =>
        el('li', {}, el('a', { href: entityHref(c.entity_id), class: `tag ent-${c.type}` }, entityName(c)), ' ', el('small', { title: 'عدد المقالات المشتركة' }, `(${c.documents.toLocaleString('ar')})`)))))),
    el('section', {}, el('h2', {}, 'المقالات الأحدث التي تذكره'), el('ul', { class: 'mentions' }, byDocument(e.mentions).map(d =>
      el('li', {}, el('a', { href: articleHref(d.doc_id) }, d.title ?? d.doc_id), ' · ', day(d.published), ' — ',
        d.texts.map((t, i) => [i ? '، ' : '', '«', el('span', {}, t), '»']))))));
}

/** Mentions grouped by document, in the order the API gave them (newest first), each way of writing once. */
function byDocument(mentions) {
  const docs = new Map();
  for (const m of mentions) {
    const d = docs.get(m.doc_id) ?? { ...m, texts: [] };
    if (!d.texts.includes(m.text)) d.texts.push(m.text);
    docs.set(m.doc_id, d);
  }
  return [...docs.values()];
}
