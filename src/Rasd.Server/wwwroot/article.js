import { el, api, chrome, showError, day, outletName, safeUrl, entityHref, entityName, typeNames, basisNames, idFromPath } from './rasd.js';
import { highlight } from './highlight.js';

// Declared before the top-level await below runs render(), which reads it.
const statusNames = { occurred: 'وقع', planned: 'مخطط', negated: 'منفي أو ملغى', reported: 'منقول' };

chrome('documents');
const main = document.getElementById('main');
try {
  render(await api('/api/documents/' + encodeURIComponent(idFromPath('/articles/'))));
} catch (error) {
  showError(main, error);
}
main.removeAttribute('aria-busy');

function render(doc) {
  document.title = `${doc.title} — رصد`;
  const spans = [
    ...doc.entities.map(m => ({ start: m.start, end: m.end, kind: 'ent', data: m })),
    ...doc.times.map(t => ({ start: t.start, end: t.end, kind: 'time', data: t })),
    ...(doc.quotes ?? []).map(q => ({ start: q.start, end: q.end, kind: 'quote', data: q })),
    ...(doc.events ?? []).flatMap(e => e.mentions.map(m => ({ start: m.start, end: m.end, kind: 'event', data: e }))),
  ];
  const url = doc.url && safeUrl(doc.url);
  const meta = el('dl', { class: 'meta' },
    el('dt', {}, 'المصدر'), el('dd', {}, outletName(doc.outlet) ?? '—'),
    el('dt', {}, 'تاريخ النشر'), el('dd', {}, doc.published ? day(doc.published)
      : doc.published_range ? [day(doc.published_range.from), ' – ', day(doc.published_range.to)] : '—',
      ' ', el('span', { class: 'basis' }, `(${basisNames[doc.published_basis] ?? doc.published_basis})`)),
    doc.dateline ? [el('dt', {}, 'سطر التاريخ'), el('dd', {}, doc.dateline.text)] : null,
    doc.byline ? [el('dt', {}, 'الكاتب'), el('dd', {}, doc.byline)] : null,
    url ? [el('dt', {}, 'الرابط'), el('dd', {}, el('a', { href: url, rel: 'noopener noreferrer nofollow', dir: 'ltr' }, doc.url))] : null,
    el('dt', {}, 'المعرّف'), el('dd', {}, el('bdi', { dir: 'ltr' }, doc.doc_id)));

  const legend = el('p', { class: 'legend' }, 'مظلل في النص: ',
    el('span', { class: 'hl ent ent-PER' }, 'شخص'), ' ', el('span', { class: 'hl ent ent-ORG' }, 'منظمة'), ' ',
    el('span', { class: 'hl ent ent-LOC' }, 'مكان'), ' ', el('span', { class: 'hl time' }, 'تعبير زمني'), ' ',
    el('span', { class: 'hl quote' }, 'اقتباس'), ' ', el('span', { class: 'hl event' }, 'جملة حدث'));

  main.replaceChildren(
    el('article', { class: 'doc' },
      el('h1', {}, doc.title),
      meta,
      legend,
      el('div', { class: 'body', id: 'body' }, highlight(doc.body, spans))),
    el('aside', { class: 'side' },
      section('الكيانات', entitiesList(doc.entities)),
      section('التعبيرات الزمنية', doc.times.length ? el('ul', { class: 'times' }, doc.times.map(t =>
        el('li', {}, el('span', {}, t.text), ' ', el('bdi', { dir: 'ltr', class: 'value' }, t.value ?? '?'), t.note ? el('small', {}, ' ', t.note) : null))) : null),
      doc.events?.length ? section('الأحداث', el('ol', { class: 'events' }, doc.events.map(e =>
        el('li', { dataset: { eventId: e.event_id } },
          el('strong', {}, e.source.name_ar), e.target ? [' ← ', el('strong', {}, e.target.name_ar)] : null, ' ',
          el('small', {}, el('bdi', { dir: 'ltr' }, `CAMEO ${e.cameo} · ${e.goldstein > 0 ? '+' : ''}${e.goldstein}`), ' · ', statusNames[e.status] ?? e.status,
            e.date ? [' · ', day(e.date)] : null, e.location_ar ? [' · ', e.location_ar] : null))))) : null,
      doc.quotes?.length ? section('الاقتباسات', el('ul', { class: 'quotes' }, doc.quotes.map(q =>
        el('li', {}, el('strong', {}, q.speaker ? entityName(q.speaker) : 'متحدث غير معروف'), ': ', el('span', {}, q.text))))) : null,
      section('ما حُذف كحشو', doc.boilerplate_removed.length
        ? el('ul', { class: 'boilerplate' }, doc.boilerplate_removed.map(line => el('li', {}, line)))
        : el('p', { class: 'muted' }, 'لم يُحذف شيء.'))));
}

function section(title, content) {
  return el('section', {}, el('h2', {}, title), content ?? el('p', { class: 'muted' }, 'لا شيء.'));
}

function entitiesList(mentions) {
  if (!mentions.length) return null;
  const byId = new Map();
  for (const m of mentions) {
    const seen = byId.get(m.entity_id) ?? { ...m, count: 0 };
    seen.count++;
    byId.set(m.entity_id, seen);
  }
  return el('ul', { class: 'entities' }, [...byId.values()].sort((a, b) => b.count - a.count).map(e =>
    el('li', {}, el('a', { href: entityHref(e.entity_id), class: `tag ent-${e.type}` }, entityName(e)),
      ' ', el('small', {}, typeNames[e.type] ?? e.type, e.name_en ? [' · ', el('bdi', { dir: 'ltr' }, e.name_en)] : null, ` · (${e.count})`))));
}
