import { el, svg, api, chrome, clusterTable } from './rasd.js';

chrome('relations');
const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const a = params.get('a')?.trim() || 'SYR';
const b = params.get('b')?.trim() || 'RUS';
const by = params.get('by') === 'week' ? 'week' : 'month';
try {
  render(await api('/api/relations?' + new URLSearchParams({ a, b, by })));
} catch (error) {
  main.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
}
main.removeAttribute('aria-busy');

function render(r) {
  document.title = `${r.a.name_ar} – ${r.b.name_ar} — رصد`;
  const form = el('form', { class: 'filters-form', action: '/relations', method: 'get' },
    el('label', {}, 'الطرف الأول', el('input', { type: 'text', name: 'a', id: 'a', value: a })),
    el('label', {}, 'الطرف الثاني', el('input', { type: 'text', name: 'b', id: 'b', value: b })),
    el('label', {}, 'لكل', el('select', { name: 'by', id: 'by' },
      el('option', { value: 'month', selected: by === 'month' ? 'selected' : null }, 'شهر'), el('option', { value: 'week', selected: by === 'week' ? 'selected' : null }, 'أسبوع'))),
    el('button', { type: 'submit' }, 'اعرض'));
  main.replaceChildren(
    el('h1', {}, `العلاقات بين ${r.a.name_ar} و${r.b.name_ar}`),
    form,
    el('p', { class: 'muted' }, 'التعاون فوق المحور والنزاع تحته، لكل ', by === 'month' ? 'شهر' : 'أسبوع',
      '، وزن كل حدث بدرجة غولدستين (‎−10 إلى +10‎)؛ الرقم فوق العمود عدد المقالات المصدر.'),
    el('figure', { class: 'chart' }, chart(r.periods),
      el('figcaption', { class: 'key muted' }, el('span', { class: 'k-coop' }), 'تعاون', el('span', { class: 'k-confl' }), 'نزاع',
        r.undated ? ` · ${r.undated.toLocaleString('ar')} حدث بلا تاريخ لا يظهر في الرسم` : '')),
    el('h2', {}, `الأحداث بينهما (${r.clusters.length.toLocaleString('ar')})`),
    r.clusters.length ? clusterTable(r.clusters) : el('p', { class: 'muted' }, 'لا أحداث بينهما.'));
}

/** Bars per period: cooperation up from the axis, conflict down, the number of sources above each; periods with events, the first and the last are labelled. Time runs left to right, as on any date axis. */
function chart(periods) {
  const width = 1000, height = 320, left = 44, right = 10, top = 24, bottom = 40;
  const max = Math.max(1, ...periods.map(p => Math.max(p.cooperation, p.conflict)));
  const half = (height - top - bottom) / 2, axis = top + half;
  const slot = (width - left - right) / Math.max(1, periods.length);
  const bar = Math.max(2, Math.min(40, slot * 0.7));
  const scale = v => (v / max) * half;
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'التعاون والنزاع عبر الزمن' },
    svg('text', { x: 4, y: top + 10 }, `+${max.toFixed(1)}`), svg('text', { x: 4, y: height - bottom }, `−${max.toFixed(1)}`),
    periods.map((p, i) => {
      const x = left + i * slot + (slot - bar) / 2;
      return svg('g', { class: 'period', 'data-period': p.period },
        p.cooperation > 0 ? svg('rect', { class: 'bar coop', x, y: axis - scale(p.cooperation), width: bar, height: scale(p.cooperation) },
          svg('title', {}, `${p.period}: تعاون ${p.cooperation} (${p.cooperation_events} حدث)، ${p.sources} مصدر`)) : null,
        p.conflict > 0 ? svg('rect', { class: 'bar confl', x, y: axis, width: bar, height: scale(p.conflict) },
          svg('title', {}, `${p.period}: نزاع ${p.conflict} (${p.conflict_events} حدث)، ${p.sources} مصدر`)) : null,
        p.sources > 0 ? svg('text', { class: 'sources', x: x + bar / 2, y: axis - scale(p.cooperation) - 4, 'text-anchor': 'middle' }, String(p.sources)) : null,
        p.sources > 0 || i === 0 || i === periods.length - 1 ? svg('text', { class: 'period-label', x: x + bar / 2, y: height - bottom + 16, 'text-anchor': 'middle' }, p.period) : null);
    }),
    svg('line', { class: 'axis', x1: left, x2: width - right, y1: axis, y2: axis }));
}
