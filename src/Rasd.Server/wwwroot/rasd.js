// Shared helpers for the Rasd pages. Article text is untrusted: every string reaches the page
// through textContent or createTextNode, never innerHTML, so markup in an article stays text.

/** Creates an element; attrs are set as attributes (or properties for 'class'/'dataset'), children appended as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

/** Appends nodes or text; arrays are flattened; null is skipped. */
export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** GETs a JSON resource of the API; throws an Error carrying the problem's detail. */
export async function api(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, ...options });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.detail || body?.title || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** Only http(s) addresses become links: an article's url could say javascript:. */
export function safeUrl(value) {
  try {
    const url = new URL(value, location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export const typeNames = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان' };
export const basisNames = { given: 'معطى', explicit: 'صريح في النص', inferred: 'مستنتج', unknown: 'غير معروف', kb: 'قاعدة المعرفة', observed: 'من النصوص' };

export function articleHref(docId) { return '/articles/' + encodeURIComponent(docId); }
export function entityHref(entityId) { return '/entities/' + encodeURIComponent(entityId); }

/** The id in the page's path after prefix, e.g. '/articles/'. */
export function idFromPath(prefix) { return decodeURIComponent(location.pathname.slice(prefix.length)); }

/** The entity's display name: Arabic first, English beside it when known. */
export function entityName(e) { return e.name_ar || e.name_en || e.entity_id; }

/** Date as the Arabic UI writes it: the ISO day, kept left-to-right. */
export function day(value) { return value ? el('bdi', { class: 'date', dir: 'ltr' }, value) : '—'; }

export function outletName(outlet) { return outlet ? (outlet.name_ar || outlet.name_en) : null; }

/** Page chrome: header with navigation and a search box; main content goes in #main. */
export function chrome(active) {
  const links = [['/', 'المقالات', 'documents'], ['/entities', 'الكيانات', 'entities'], ['/timeline', 'الخط الزمني', 'timeline'], ['/relations', 'العلاقات', 'relations'], ['/search', 'البحث', 'search'], ['/ingest', 'إضافة مقال', 'ingest']];
  const nav = el('nav', { 'aria-label': 'التنقل' }, links.map(([href, label, key]) =>
    el('a', { href, class: key === active ? 'active' : null, 'aria-current': key === active ? 'page' : null }, label)));
  const search = el('form', { class: 'top-search', action: '/search', method: 'get', role: 'search' },
    el('input', { type: 'search', name: 'q', placeholder: 'ابحث في المقالات…', 'aria-label': 'بحث' }));
  document.body.prepend(el('header', { class: 'top' }, el('a', { href: '/', class: 'brand' }, 'رصد'), nav, search));
}

/** Shows an error in place of the page's content. */
export function showError(main, error) {
  main.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.status === 404 ? 'غير موجود: ' : 'خطأ: ', error.message));
}

/** Previous/next links for a paginated list. */
export function pager(page, pageSize, total, hrefOf) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  return el('nav', { class: 'pager', 'aria-label': 'الصفحات' },
    page > 1 ? el('a', { href: hrefOf(page - 1), rel: 'prev' }, '→ السابق') : null,
    el('span', {}, `صفحة ${page} من ${last}`),
    page < last ? el('a', { href: hrefOf(page + 1), rel: 'next' }, 'التالي ←') : null);
}

export function clusterHref(clusterId) { return '/clusters/' + encodeURIComponent(clusterId); }

/** Creates an SVG element (attributes only; text through textContent). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== null && value !== undefined) node.setAttribute(name, value);
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A cluster's day, or its range of days when the reports do not agree on one. */
export function when(row) {
  if (row.date) return day(row.date);
  if (row.from && row.to) return row.from === row.to ? day(row.from) : el('bdi', { class: 'date', dir: 'ltr' }, `${row.from} – ${row.to}`);
  return '—';
}

/** "2 documents, 1 outlet" in Arabic. */
export function reach(row) {
  const docs = row.documents === 1 ? 'مقال واحد' : row.documents === 2 ? 'مقالان' : `${row.documents.toLocaleString('ar')} مقالات`;
  const outlets = row.outlets === 0 ? 'المنبر غير معروف' : row.outlets === 1 ? 'منبر واحد' : row.outlets === 2 ? 'منبران' : `${row.outlets.toLocaleString('ar')} منابر`;
  return `${docs} · ${outlets}`;
}

/** A timeline table of clusters, each row linking to its cluster page. */
export function clusterTable(rows) {
  return el('table', { class: 'grid timeline' },
    el('thead', {}, el('tr', {}, ['التاريخ', 'الحدث', 'الأطراف', 'المكان', 'المصادر', ''].map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', { class: r.conflict ? 'conflict' : null, dataset: { cluster: r.cluster_id, documents: String(r.documents) } },
      el('td', {}, when(r), r.conflict ? el('span', { class: 'badge conflict', title: 'تتعارض الروايات: ' + r.conflict_kinds.join('، ') }, 'تعارض') : null),
      el('td', {}, el('bdi', { class: 'code', dir: 'ltr' }, r.cameo), ' ', el('span', { dir: 'ltr', class: 'en' }, r.cameo_name ?? '')),
      el('td', {}, r.participants.map((p, i) => [i ? '، ' : '', el('a', { href: entityHref(p.entity_id) }, entityName(p))])),
      el('td', {}, r.place_ar ?? ''),
      el('td', { class: 'num reach' }, reach(r)),
      el('td', {}, el('a', { href: clusterHref(r.cluster_id), class: 'open' }, 'قارن الروايات ←'))))));
}
