import { el, api, chrome, showError, day, articleHref, entityHref, entityName, outletName, idFromPath, when, reach } from './rasd.js';

chrome('timeline');
const kindNames = { date: 'التاريخ', place: 'المكان', figure: 'الأرقام' };
const stanceNames = { hostile: 'عدائي', official: 'رسمي', sympathetic: 'متعاطف', distancing: 'تحفّظ', neutral: 'محايد' };
const main = document.getElementById('main');
try {
  render(await api('/api/clusters/' + encodeURIComponent(idFromPath('/clusters/'))));
} catch (error) {
  showError(main, error);
}
main.removeAttribute('aria-busy');

function render(c) {
  const s = c.summary;
  document.title = `${s.cameo_name ?? s.cameo} — رصد`;
  const conflictedDocs = new Set(c.conflicts.flatMap(k => k.values.map(v => v.doc_id)));
  main.replaceChildren(
    el('h1', {}, s.participants.map(p => entityName(p)).join(' – '), el('small', { class: 'en', dir: 'ltr' }, `${s.cameo} ${s.cameo_name ?? ''}`)),
    el('p', { class: 'muted' }, when(s), s.place_ar ? ` · ${s.place_ar}` : '', ' · ', reach(s), ' · ', el('bdi', { dir: 'ltr' }, s.cluster_id)),
    c.conflicts.length ? el('section', { class: 'conflicts', role: 'note' }, el('h2', {}, 'تتعارض الروايات'),
      el('ul', {}, c.conflicts.map(k => el('li', { class: 'conflict', dataset: { kind: k.kind } }, el('strong', {}, kindNames[k.kind] ?? k.kind), k.subject ? ` (${k.subject})` : '', ': ',
        k.values.map((v, i) => [i ? ' مقابل ' : '', el('mark', { class: 'conflict' }, dated(v.text)), ' ', el('small', {}, '(', el('a', { href: articleHref(v.doc_id) }, el('bdi', { dir: 'ltr' }, v.doc_id)), ')')]))))) : null,
    el('h2', {}, 'المنابر جنبًا إلى جنب'),
    el('div', { class: 'compare' }, c.documents.map(d => el('section', { class: 'card report', dataset: { doc: d.doc_id } },
      el('h2', {}, outletName(d.outlet) ?? 'منبر غير معروف'),
      el('p', {}, el('a', { href: articleHref(d.doc_id) }, d.title ?? d.doc_id), ' · ', day(d.published)),
      el('dl', {},
        el('dt', {}, 'التاريخ كما كُتب'), el('dd', {}, d.dates.length ? d.dates.map((t, i) => [i ? '، ' : '', conflictedDocs.has(d.doc_id) ? el('mark', { class: 'conflict' }, dated(t)) : dated(t)]) : '—'),
        el('dt', {}, 'المكان'), el('dd', {}, d.places.join('، ') || '—'),
        el('dt', {}, 'من يُسمّى'), el('dd', {}, d.named.map((p, i) => [i ? '، ' : '', el('a', { href: entityHref(p.entity_id) }, entityName(p))])),
        el('dt', {}, 'ما يغفله'), el('dd', { class: 'leaves-out' }, d.leaves_out.join('، ') || '—'),
        el('dt', {}, 'النبرة'), el('dd', {}, d.tone === null ? '—' : el('bdi', { dir: 'ltr', class: 'tone ' + (d.tone > 0 ? 'pos' : d.tone < 0 ? 'neg' : '') }, d.tone.toFixed(2))),
        el('dt', {}, 'مؤشرات التأطير'), el('dd', { class: 'markers' }, d.markers.length ? d.markers.slice(0, 14).map(m =>
          el('span', { class: 'marker ' + m.stance, title: m.category }, '«', m.text, '» ', el('small', {}, stanceNames[m.stance] ?? m.stance))) : '—')),
      el('h3', {}, 'جمل الدليل'),
      el('ol', { class: 'evidence' }, d.evidence.map(e => el('li', {}, e.text)))))));
}

/** A date as written ("2020-12-17 (اليوم الخميس)"): the ISO day or range kept left-to-right, so the RTL line does not reorder its digits. */
function dated(text) {
  const m = /^(\d{4}-\d{2}-\d{2}(?: – \d{4}-\d{2}-\d{2})?)(.*)$/s.exec(text);
  return m ? [el('bdi', { class: 'date', dir: 'ltr' }, m[1]), m[2]] : text;
}
