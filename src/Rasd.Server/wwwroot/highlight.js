// Builds the highlighted body of an article from character offsets (UTF-16 code units, the same
// units as the server's offsets; end exclusive). Spans that contain others become their parents;
// a span that crosses an earlier one is left out of the text (it is still listed beside it).
import { el, entityHref } from './rasd.js';

/**
 * @param {string} text the document body
 * @param {{start:number,end:number,kind:string}[]} spans entity ('ent'), time ('time'), quote ('quote') and event evidence ('event') spans
 * @returns {DocumentFragment}
 */
export function highlight(text, spans) {
  const order = { event: 0, quote: 1, ent: 2, time: 3 };
  const valid = spans
    .filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || order[a.kind] - order[b.kind]);
  const fragment = document.createDocumentFragment();
  build(fragment, text, 0, text.length, valid);
  return fragment;
}

function build(parent, text, from, to, spans) {
  let position = from;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span.start < position || span.end > to) continue;
    if (span.start > position) parent.append(document.createTextNode(text.slice(position, span.start)));
    const inner = [];
    while (i + 1 < spans.length && spans[i + 1].start < span.end) inner.push(spans[++i]);
    const node = element(span);
    build(node, text, span.start, span.end, inner);
    parent.append(node);
    position = span.end;
  }
  if (position < to) parent.append(document.createTextNode(text.slice(position, to)));
}

function element(span) {
  const d = span.data;
  switch (span.kind) {
    case 'ent':
      return el('a', {
        class: `hl ent ent-${d.type}`, href: entityHref(d.entity_id), title: [d.name_ar, d.name_en].filter(Boolean).join(' — '),
        dataset: { entityId: d.entity_id, start: String(span.start), end: String(span.end) },
      });
    case 'time':
      return el('time', {
        class: 'hl time', title: [d.type, d.value, d.note].filter(Boolean).join(' · '),
        datetime: d.value && /^\d{4}(-\d\d){0,2}$/.test(d.value) ? d.value : null,
        dataset: { value: d.value ?? '', start: String(span.start), end: String(span.end) },
      });
    case 'event':
      return el('span', {
        class: 'hl event', title: `CAMEO ${d.cameo} (${d.goldstein}) · ${d.source.name_ar}${d.target ? ' ← ' + d.target.name_ar : ''} · ${d.status}`,
        dataset: { eventId: d.event_id, start: String(span.start), end: String(span.end) },
      });
    default:
      return el('q', {
        class: `hl quote quote-${d.kind}`, title: d.speaker ? `${d.speaker.name_ar}${d.kind === 'indirect' ? ' (غير مباشر)' : ''}` : 'متحدث غير معروف',
        dataset: { start: String(span.start), end: String(span.end) },
      });
  }
}
