// The headline figures (万元) and their change on the prior year.
import { cents, moneyCents, changeCents, percent, el } from './format.js';

const HEADLINE = { total: 'expenditure', basic: 'basic', project: 'project', personnel: 'personnel',
  publicUse: 'publicUse', threePublic: 'threePublic' };

function card(measure, now, before, declared) {
  const box = document.querySelector(`#headline [data-measure="${measure}"]`);
  box.querySelector('.value').textContent = moneyCents(now);
  const change = box.querySelector('.change');
  change.textContent = changeCents(now, before);
  change.className = 'change' + (now !== null && before !== null ? now > before ? ' up' : now < before ? ' down' : '' : '');
  let p = box.querySelector('.percent');
  if (!p) { p = el('span', { class: 'percent' }); box.append(p); }
  p.textContent = now === null || before === null ? '无上年数据'
    : `较上年 ${percent(now, before)}${declared ? '（上年数为部门填报）' : ''}`;
}

/**
 * The figures of the roll-up by department (its totals), 机关运行经费 from its own roll-up. The change is on the
 * prior year's roll-up when the platform has the prior year (previousTotals), else on the prior-year figures the
 * departments declared in their budgets (drilldown=priorYear: what the documents compare with, e.g. "三公" 1.51
 * against 1.53) — one source for the whole headline, never a mix.
 */
export function headline(d, a, p) {
  performance.mark('dashboard-headline');
  const fromRollup = !!d.previousTotals;
  const declared = new Map(p.rows.map(r => [r.item, r.measures.total]));
  const show = (measure, now, previous) => {
    const value = now === undefined || now === null ? null : cents(now);
    const before = previous === undefined || previous === null || value === null ? null : cents(previous);
    card(measure, value, before, !fromRollup);
  };
  for (const [measure, key] of Object.entries(HEADLINE)) {
    show(measure, d.rowCount === 0 ? null : d.totals[key] ?? 0,
      fromRollup ? d.previousTotals[key] : declared.get(measure));
  }
  show('agencyOperation', a.rowCount === 0 ? null : a.totals.total ?? 0,
    fromRollup ? a.previousTotals && a.previousTotals.total : declared.get('agencyOperation'));
}
