// The departments table: status from the consistency view (GET /api/v1/consistency/{year}?region=), totals from the
// roll-up by department; sorted and filtered here (no call), links to the documents in the scope on screen.
import { openWithToken } from './api.js';
import { signedIn } from './auth.js';
import { money, el } from './format.js';

const STATUS = { missing: '缺失', late: '逾期', errors: '有错误', warnings: '有警告', ok: '正常' };
const STATUS_ORDER = ['missing', 'late', 'errors', 'warnings', 'ok'];
const NUMERIC = ['expenditure', 'basic', 'project', 'threePublic'];
let rows = [];
let omitted = 0;
let sort = { key: 'code', dir: 'ascending' };
let getState;
let getScope;

export function initDepartments(state, scope) {
  getState = state;
  getScope = scope;
  document.querySelectorAll('#departments th[data-sort] button').forEach(b => b.addEventListener('click', () => {
    const key = b.parentElement.dataset.sort;
    sort = { key, dir: sort.key === key && sort.dir === 'ascending' ? 'descending' : 'ascending' };
    draw();
  }));
  document.getElementById('department-filter').addEventListener('input', draw);
  const body = document.querySelector('#departments tbody');
  body.addEventListener('keydown', e => {
    const tr = e.target.closest('tr[data-department]');
    if (e.key === 'Enter' && tr === e.target) {
      e.preventDefault();
      tr.querySelector('a[data-format=html]').click();
    }
  });
  body.addEventListener('click', e => {
    const a = e.target.closest('a[data-format]');
    if (!a || getScope() !== 'current' || !signedIn()) return;
    e.preventDefault();
    const xlsx = a.dataset.format === 'xlsx';
    openWithToken(a.getAttribute('href'), '打开公开文件', xlsx ? a.getAttribute('href').split('/').pop().split('?')[0] : null)
      .catch(() => {});
  });
}

/** Merges the roll-up's department rows (figures) with the consistency view's entries (status). */
export function renderDepartments(rollup, consistency) {
  const byCode = new Map();
  for (const e of consistency.departments) {
    byCode.set(e.department, { code: e.department, name: e.name || e.department, status: e.state,
      errors: e.errors, warnings: e.warnings });
  }
  for (const r of rollup.rows) {
    const row = byCode.get(r.department) || { code: r.department, name: r.departmentName || r.department, status: null };
    for (const m of NUMERIC) row[m] = r.measures[m];
    byCode.set(r.department, row);
  }
  rows = [...byCode.values()];
  // a province can have more departments than one roll-up page holds (1000): never let the missing figures pass silently
  omitted = Math.max(0, (rollup.rowCount || 0) - rollup.rows.length);
  draw();
}

function compare(a, b) {
  const k = sort.key;
  let d;
  if (NUMERIC.includes(k)) d = (a[k] ?? -Infinity) - (b[k] ?? -Infinity);
  else if (k === 'status') d = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  else d = String(a[k] ?? '').localeCompare(String(b[k] ?? ''), 'zh-CN');
  return (sort.dir === 'ascending' ? d : -d) || a.code.localeCompare(b.code);
}

function draw() {
  const { year } = getState();
  const scope = getScope();
  const filter = document.getElementById('department-filter').value.trim().toLowerCase();
  document.querySelectorAll('#departments th[data-sort]').forEach(th =>
    th.setAttribute('aria-sort', th.dataset.sort === sort.key ? sort.dir : 'none'));
  const shown = rows.filter(r => !filter || r.code.toLowerCase().includes(filter) || r.name.toLowerCase().includes(filter))
    .sort(compare);
  const body = document.querySelector('#departments tbody');
  body.replaceChildren(...shown.map(r => {
    const doc = f => `/api/v1/documents/${encodeURIComponent(r.code)}/${year}.${f}?scope=${scope}`;
    const status = r.status || 'missing';
    return el('tr', { 'data-department': r.code, tabindex: 0, 'aria-label': `${r.code} ${r.name}，回车打开公开文件` },
      el('td', { class: 'code', text: r.code }),
      el('td', { class: 'name', text: r.name }),
      el('td', { class: 'status', 'data-status': status,
        title: r.errors !== undefined ? `错误 ${r.errors}，警告 ${r.warnings}` : '' }, el('span', { text: STATUS[status] })),
      ...NUMERIC.map(m => el('td', { class: 'amount', 'data-measure': m, text: money(r[m]) })),
      el('td', { class: 'links' },
        el('a', { href: doc('html'), 'data-format': 'html', target: '_blank', rel: 'noopener', text: 'HTML' }),
        el('a', { href: doc('pdf'), 'data-format': 'pdf', target: '_blank', rel: 'noopener', text: 'PDF' }),
        el('a', { href: doc('xlsx'), 'data-format': 'xlsx', text: 'XLSX' }),
        el('a', { href: `/api/v1/consistency/${encodeURIComponent(r.code)}/${year}?scope=${scope}`,
          'data-format': 'consistency', target: '_blank', rel: 'noopener', text: '一致性报告' })));
  }));
  if (!shown.length) {
    body.append(el('tr', {}, el('td', { class: 'empty', colspan: 8, text: rows.length ? '没有符合筛选条件的部门' : '无数据' })));
  }
  document.getElementById('departments-count').textContent = `共 ${shown.length} 个部门` +
    (shown.length !== rows.length ? `（筛选自 ${rows.length} 个）` : '') +
    (omitted ? `；另有 ${omitted} 个部门的金额超出一页未列出，请缩小地区` : '');
}
