// The tables: every chart's alternative, the drill-down rows (click or Enter), the across-years tables.
import { money, el } from './format.js';

export function table(id, headers, rows, cells, onActivate, what) {
  const t = document.getElementById(id);
  const head = el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', class: i > 1 ? 'num' : null, text: h }))));
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr', { 'data-code': r.code }, ...cells(r));
    if (onActivate) {
      tr.tabIndex = 0;
      tr.setAttribute('aria-label', `${r.code} ${r.name}：查看下一级`);
      tr.addEventListener('click', () => onActivate(r));
      tr.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); onActivate(r); } });
    }
    body.append(tr);
  }
  if (!rows.length) body.append(el('tr', {}, el('td', { class: 'empty', colspan: headers.length, text: '无数据' })));
  t.replaceChildren(el('caption', { text: `${what}（万元）` }), head, body);
}

export function ordered(items, order) {
  const rank = i => { const k = order.indexOf(i.item); return k < 0 ? order.length : k; };
  return items.slice().sort((a, b) => rank(a) - rank(b) || a.item.localeCompare(b.item));
}

export function yearTable(id, s, order, caption) {
  const items = ordered(s.items, order);
  const t = document.getElementById(id);
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '项目' }),
    ...s.years.map(y => el('th', { scope: 'col', class: 'num', text: `${y}年` }))));
  const body = el('tbody');
  for (const i of items) {
    body.append(el('tr', { 'data-code': i.item }, el('td', { class: 'name', text: i.name || i.item }),
      ...s.years.map(y => el('td', { class: 'amount', 'data-year': y, text: money(i.values[y]) }))));
  }
  if (!items.length) body.append(el('tr', {}, el('td', { class: 'empty', colspan: 1 + s.years.length, text: '无数据' })));
  t.replaceChildren(el('caption', { text: caption }), head, body);
  return items;
}
