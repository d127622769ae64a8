import { el, api, chrome, clusterTable, pager } from './rasd.js';

chrome('timeline');
const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const value = name => params.get(name)?.trim() ?? '';
const families = [['', 'كل الأنواع'], ['01', '01 تصريح علني'], ['02', '02 مناشدة'], ['03', '03 نية التعاون'], ['04', '04 تشاور ولقاءات'], ['05', '05 تعاون دبلوماسي'],
  ['06', '06 تعاون مادي'], ['07', '07 مساعدات'], ['08', '08 تنازل'], ['09', '09 تحقيق'], ['10', '10 مطالبة'], ['11', '11 انتقاد ورفض'], ['12', '12 رفض'],
  ['13', '13 تهديد'], ['14', '14 احتجاج'], ['15', '15 استعراض قوة'], ['16', '16 تخفيض العلاقات'], ['17', '17 إكراه'], ['18', '18 اعتداء'], ['19', '19 قتال'], ['20', '20 عنف جماعي']];
const form = el('form', { class: 'filters-form', action: '/timeline', method: 'get' },
  el('label', {}, 'طرف', el('input', { type: 'text', name: 'actor', id: 'actor', value: value('actor'), placeholder: 'لافروف، Syria، RUS' })),
  el('label', {}, 'بين طرفين (مفصولين بفاصلة)', el('input', { type: 'text', name: 'pair', id: 'pair', value: value('pair'), placeholder: 'سوريا، روسيا' })),
  el('label', {}, 'من', el('input', { type: 'date', name: 'from', id: 'from', value: value('from') })),
  el('label', {}, 'إلى', el('input', { type: 'date', name: 'to', id: 'to', value: value('to') })),
  el('label', {}, 'نوع الحدث (CAMEO)', el('select', { name: 'family', id: 'family' }, families.map(([code, label]) =>
    el('option', { value: code, selected: code === value('family') ? 'selected' : null }, label)))),
  el('button', { type: 'submit' }, 'اعرض'));
main.replaceChildren(el('h1', {}, 'الخط الزمني للأحداث'),
  el('p', { class: 'muted' }, 'كل سطر حدث واحد كما روته المنابر، مع عدد المقالات والمنابر التي نقلته؛ الأسطر المعلَّمة بـ«تعارض» تختلف رواياتها.'), form);
try {
  const query = new URLSearchParams();
  for (const name of ['actor', 'pair', 'from', 'to', 'family', 'page']) if (value(name)) query.set(name, value(name));
  const timeline = await api('/api/timeline?' + query);
  const hrefOf = page => { const next = new URLSearchParams(query); next.set('page', String(page)); return '/timeline?' + next; };
  main.append(el('p', { class: 'muted', id: 'summary' }, `${timeline.total.toLocaleString('ar')} حدثًا`),
    timeline.clusters.length ? clusterTable(timeline.clusters) : el('p', { class: 'muted' }, 'لا أحداث تطابق هذه الشروط.'),
    timeline.total > timeline.page_size ? pager(timeline.page, timeline.page_size, timeline.total, hrefOf) : null);
} catch (error) {
  main.append(el('p', { class: 'error', role: 'alert' }, error.message));
}
main.removeAttribute('aria-busy');
