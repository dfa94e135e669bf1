// The county dashboard (issue 18): reads the public roll-up, consistency and document APIs with the caller's
// token. A selector change fires the view's calls in parallel; a drill click fires exactly one.
import { get, fail, resetErrors, track, openWithToken } from './api.js';
import { configure, completeSignIn, signIn, signOut, signedIn, userName } from './auth.js';
import { bars, pie, years, clear } from './charts.js';
import { cents, money, changeCents, el } from './format.js';
import { headline } from './headline.js';
import { table, yearTable, ordered } from './tables.js';
import { renderDepartments, initDepartments } from './departments.js';
import { initBundle, resetBundle } from './bundle.js';

const $ = id => document.getElementById(id);
const LEVELS = ['类', '款', '项'];
const REGION = /^(\d{2}|\d{4}|\d{6})$/;
const state = { year: null, region: null, scope: null, fn: '', ec: '' };
/** region → whether the signed-in user may read its drafts, as the API's default scope told us. */
const mayDraft = new Map();
const names = new Map();
let config = null;
let regionNames = new Map();
let view = 0;
/** The scope of the view's empty answer, when the region has no figures for the year. */
let empty = null;

function rollupUrl(drilldown, cut, extra = {}) {
  const q = new URLSearchParams({ drilldown, unit: '万元', ...extra });
  if (state.region) q.set('region', state.region);
  if (cut) q.append('cut', cut);
  const s = scopeParam();
  if (s) q.set('scope', s);
  return `/api/v1/rollups/${state.year}?${q}`;
}

function seriesUrl(dimension, s = scopeParam()) {
  const q = new URLSearchParams({ dimension, unit: '万元' });
  if (state.region) q.set('region', state.region);
  if (s) q.set('scope', s);
  return `/api/v1/rollups/series/items?${q}`;
}

/** The same question as CSV, in the scope the answer was given in (what is on screen). */
function csvUrl(url, scope) {
  const u = new URL(url, location.origin);
  u.searchParams.set('scope', scope);
  u.searchParams.set('format', 'csv');
  return u.pathname + '?' + u.searchParams;
}

/** Explicit current only once the API said this user may read it here: an outsider is never sent into a 403. */
function scopeParam() {
  if (state.scope === 'published') return 'published';
  if (state.scope === 'current' && signedIn() && mayDraft.get(state.region) === true) return 'current';
  return null;
}

function readUrl() {
  const q = new URLSearchParams(location.search);
  const year = Number(q.get('year'));
  state.year = Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : config.year;
  state.region = REGION.test(q.get('region') || '') ? q.get('region') : config.region;
  state.scope = ['published', 'current'].includes(q.get('scope')) ? q.get('scope') : null;
  const fn = q.get('fn') || '';
  state.fn = /^(\d{3}|\d{5})$/.test(fn) ? fn : '';
  const ec = q.get('ec') || '';
  state.ec = /^\d{3}$/.test(ec) ? ec : '';
}

function writeUrl() {
  const q = new URLSearchParams({ year: state.year, region: state.region });
  if (state.scope) q.set('scope', state.scope);
  if (state.fn) q.set('fn', state.fn);
  if (state.ec) q.set('ec', state.ec);
  const url = location.pathname + '?' + q;
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
}

// ---- selectors ----------------------------------------------------------------------------------------------

function fillYears() {
  const select = $('year');
  const years = new Set(config.years);
  years.add(state.year);
  select.replaceChildren(...[...years].sort((a, b) => b - a).map(y => el('option', { value: y, text: `${y}年` })));
  select.value = String(state.year);
}

function regionLabel(code) {
  if (code.length === 2) return `全省（${code}）`;
  return regionNames.has(code) ? `${regionNames.get(code)}（${code}）` : code;
}

function fillRegions() {
  const select = $('region');
  const counties = [...regionNames.keys()].sort();
  const provinces = [...new Set(counties.map(c => c.slice(0, 2)))].sort();
  const options = [];
  if (provinces.length) {
    options.push(el('optgroup', { label: '省（所辖各县合计）' }, ...provinces.map(p => el('option', { value: p, text: regionLabel(p) }))));
  }
  if (counties.length) {
    options.push(el('optgroup', { label: '县（市、区）' }, ...counties.map(c => el('option', { value: c, text: regionLabel(c) }))));
  }
  if (![...counties, ...provinces].includes(state.region)) {
    options.unshift(el('option', { value: state.region, text: regionLabel(state.region) }));
  }
  select.replaceChildren(...options);
  select.value = state.region;
}

async function loadRegions() {
  try {
    const first = await get('/api/v1/departments?pageSize=500', '读取地区目录');
    const pages = [first.body];
    const more = Math.ceil(first.body.total / 500);
    const rest = await Promise.all(Array.from({ length: Math.max(0, more - 1) },
      (_, i) => get(`/api/v1/departments?pageSize=500&page=${i + 1}`, '读取地区目录')));
    rest.forEach(r => pages.push(r.body));
    regionNames = new Map();
    pages.flatMap(p => p.items).forEach(d => regionNames.set(d.regionCode, d.regionName));
    fillRegions();
    title();
    note();
  } catch (e) { /* named in #error */ }
}

function showScope(answerScope) {
  const select = $('scope');
  const allowed = signedIn() && mayDraft.get(state.region) === true;
  select.querySelector('option[value=current]').disabled = !allowed;
  select.disabled = !allowed;
  select.value = answerScope;
  select.title = allowed ? '' : signedIn() ? '当前账号不能查看本地区的草稿' : '登录后，有权限的用户可查看草稿';
}

/** A county without figures in the scope says so (its departments are still listed, as missing). */
function note() {
  $('view-note').textContent = empty
    ? `${regionLabel(state.region)} ${state.year}年暂无${empty === 'current' ? '' : '已公开的'}预算数据。`
    : '金额单位：万元（两位小数，按接口原值显示）；变动为与上年相比。';
}

function title() {
  const scope = $('scope').value === 'current' ? '当前（含草稿）' : '已公开';
  $('view-title').textContent = `${state.year}年 · ${regionLabel(state.region)} · ${scope}`;
  document.title = `${state.year}年 ${regionLabel(state.region)} · 部门预算仪表板`;
}

// ---- the view -----------------------------------------------------------------------------------------------

function loadView() {
  const mine = ++view;
  resetErrors();
  resetBundle(state);
  title();
  const current = fn => answer => { if (mine === view) fn(answer.body); };
  const ignore = () => {};
  const learnsScope = scopeParam() === null && signedIn();
  const departments = get(rollupUrl('department', null, { pageSize: 1000 }), '读取部门汇总');
  const consistency = get(consistencyUrl(), '读取一致性检查');
  departments.then(current(a => {
    if (learnsScope) mayDraft.set(state.region, a.scope === 'current');
    if (!signedIn()) mayDraft.set(state.region, false);
    showScope(a.scope);
    title();
  })).catch(ignore);
  const agency = get(rollupUrl('agencyOperation'), '读取机关运行经费');
  const declared = get(rollupUrl('priorYear'), '读取上年数');
  Promise.all([departments, agency, declared]).then(([d, a, p]) => { if (mine === view) headline(d.body, a.body, p.body); })
    .catch(ignore);
  loadFunctional(mine);
  loadEconomic(mine);
  get(rollupUrl('fund'), '读取资金性质汇总').then(current(funds)).catch(ignore);
  get(seriesUrl('threePublic'), '读取“三公”经费历年数据').then(current(threePublic)).catch(ignore);
  get(seriesUrl('type'), '读取历年支出').then(current(series)).catch(ignore);
  if (state.scope === 'published' && signedIn() && !mayDraft.has(state.region)) {
    // the user chose published: ask once, without a scope, whether the current scope is open to them here
    get(seriesUrl('agencyOperation', null), '读取权限').then(current(a => {
      mayDraft.set(state.region, a.scope === 'current');
      showScope('published');
    })).catch(ignore);
  }
  Promise.all([departments, consistency]).then(([d, c]) => {
    if (mine !== view) return;
    const all = $('departments-csv');
    all.href = csvUrl(departmentsUrl(), d.body.scope);
    all.download = `departments-${state.region}-${state.year}.csv`;
    all.dataset.scope = d.body.scope;
    renderDepartments(d.body, c.body);
    empty = d.body.rowCount === 0 ? d.body.scope : null;
    note();
  }).catch(ignore);
}

function departmentsUrl() {
  return rollupUrl('department', null, { pageSize: 1000 });
}

function consistencyUrl() {
  const q = new URLSearchParams({ region: state.region });
  const s = scopeParam();
  if (s) q.set('scope', s);
  return `/api/v1/consistency/${state.year}?${q}`;
}

// ---- functional drill-down: 类 → 款 → 项, one call per click -------------------------------------------------

function functionalUrl() {
  if (state.fn.length === 3) return rollupUrl('functional.款', `functional.类:${state.fn}`);
  if (state.fn.length === 5) return rollupUrl('functional.项', `functional.款:${state.fn}`);
  return rollupUrl('functional.类');
}

function loadFunctional(mine = view) {
  crumbs();
  get(functionalUrl(), '读取功能分类汇总').then(a => { if (mine === view) functional(a.body); }).catch(() => {});
}

function drillFunctional(code, name) {
  if (code.length >= 7) return;
  if (name) names.set('f' + code, name);
  state.fn = code;
  writeUrl();
  loadFunctional();
}

function crumbs() {
  const path = [''];
  if (state.fn.length >= 3) path.push(state.fn.slice(0, 3));
  if (state.fn.length >= 5) path.push(state.fn);
  $('crumbs').replaceChildren(...path.map((code, i) => el('button', {
    type: 'button', 'data-level': LEVELS[i], 'aria-current': i === path.length - 1 ? 'true' : 'false',
    text: i === 0 ? '全部（类）' : `${code} ${names.get('f' + code) || ''}`.trim(),
    onclick: () => { if (state.fn !== code) { state.fn = code; writeUrl(); loadFunctional(); } },
  })));
}

function functional(a) {
  const level = LEVELS[[0, 3, 5].indexOf(state.fn.length)];
  const rows = a.rows.map(r => ({ code: r.item, name: r.name || r.item, label: `${r.item} ${r.name || ''}`.trim(),
    amount: r.measures.total, basic: r.measures.basic, project: r.measures.project,
    previous: r.previous ? r.previous.total : undefined }));
  rows.forEach(r => names.set('f' + r.code, r.name));
  crumbs();
  const drillable = level !== '项';
  table('table-functional', ['编码', '名称', '合计', '基本支出', '项目支出', '上年', '增减'], rows, r => [
    el('td', { class: 'code', text: r.code }), el('td', { class: 'name', text: r.name }),
    el('td', { class: 'amount', text: money(r.amount) }), el('td', { class: 'num', text: money(r.basic) }),
    el('td', { class: 'num', text: money(r.project) }), el('td', { class: 'num', text: money(r.previous) }),
    el('td', { class: 'num', text: changeCents(cents(r.amount), r.previous === undefined ? null : cents(r.previous)) })],
  drillable ? r => drillFunctional(r.code, r.name) : null, `功能分类（${level}）`);
  csv('block-functional', functionalUrl(), a.scope);
  track(rows.length ? bars('chart-functional', rows, drillable ? r => drillFunctional(r.code, r.name) : null)
    : clear('chart-functional'));
}

// ---- economic 类 / 款 ----------------------------------------------------------------------------------------

function economicUrl() {
  return state.ec ? rollupUrl('economic.款', `economic.类:${state.ec}`) : rollupUrl('economic.类');
}

function loadEconomic(mine = view) {
  get(economicUrl(), '读取经济分类汇总').then(a => { if (mine === view) economic(a.body); }).catch(() => {});
}

function economic(a) {
  const rows = a.rows.map(r => ({ code: r.item, name: r.name || r.item, label: `${r.item} ${r.name || ''}`.trim(),
    amount: r.measures.total, personnel: r.measures.personnel, publicUse: r.measures.publicUse }));
  rows.forEach(r => names.set('e' + r.code, r.name));
  const path = state.ec ? ['', state.ec] : [''];
  $('economic-crumbs').replaceChildren(...path.map((code, i) => el('button', {
    type: 'button', 'data-level': LEVELS[i], 'aria-current': i === path.length - 1 ? 'true' : 'false',
    text: i === 0 ? '全部（类）' : `${code} ${names.get('e' + code) || ''}`.trim(),
    onclick: () => { if (state.ec !== code) { state.ec = code; writeUrl(); loadEconomic(); } },
  })));
  const drill = state.ec ? null : r => { state.ec = r.code; writeUrl(); loadEconomic(); };
  table('table-economic', ['编码', '名称', '合计', '人员经费', '公用经费'], rows, r => [
    el('td', { class: 'code', text: r.code }), el('td', { class: 'name', text: r.name }),
    el('td', { class: 'amount', text: money(r.amount) }), el('td', { class: 'num', text: money(r.personnel) }),
    el('td', { class: 'num', text: money(r.publicUse) })], drill, `经济分类（${state.ec ? '款' : '类'}）`);
  csv('block-economic', economicUrl(), a.scope);
  track(rows.length ? bars('chart-economic', rows, drill) : clear('chart-economic'));
}

// ---- funds, 三公 across years, the multi-year series ----------------------------------------------------------

function funds(a) {
  const rows = a.rows.map(r => ({ code: r.item, name: r.name || r.item, label: r.name || r.item, amount: r.measures.total,
    previous: r.previous ? r.previous.total : undefined }));
  table('table-funds', ['资金性质', '合计', '上年', '增减'], rows, r => [
    el('td', { class: 'name', text: r.name }), el('td', { class: 'amount', text: money(r.amount) }),
    el('td', { class: 'num', text: money(r.previous) }),
    el('td', { class: 'num', text: changeCents(cents(r.amount), r.previous === undefined ? null : cents(r.previous)) })],
  null, '资金性质');
  csv('block-funds', rollupUrl('fund'), a.scope);
  track(rows.length ? pie('chart-funds', rows) : clear('chart-funds'));
}

const THREE_PUBLIC_ORDER = ['subtotal', 'outbound', 'outboundTeaching', 'outboundOther', 'vehicle', 'vehiclePurchase',
  'vehicleOperation', 'reception'];
const THREE_PUBLIC_CHART = ['outbound', 'vehicle', 'reception'];
const TYPE_ORDER = ['basic', 'project', 'personnel', 'publicUse', 'operating', 'superiorRemittance', 'affiliateSubsidy'];

function threePublic(s) {
  yearTable('table-three-public', s, THREE_PUBLIC_ORDER, '“三公”经费分项历年（万元）');
  csv('block-three-public', seriesUrl('threePublic'), s.scope);
  const shown = ordered(s.items.filter(i => THREE_PUBLIC_CHART.includes(i.item)), THREE_PUBLIC_ORDER);
  track(shown.length ? years('chart-three-public', { years: s.years, series: shown.map(i => ({
    name: i.name || i.item, stack: 'three', values: s.years.map(y => i.values[y] ?? null) })) }) : clear('chart-three-public'));
}

function series(s) {
  yearTable('table-series', s, TYPE_ORDER, '历年支出，按支出类型（万元）');
  csv('block-series', seriesUrl('type'), s.scope);
  const shown = ordered(s.items.filter(i => TYPE_ORDER.slice(0, 4).includes(i.item)), TYPE_ORDER);
  track(shown.length ? years('chart-series', { years: s.years, series: shown.map(i => ({
    name: i.name || i.item, stack: ['basic', 'project'].includes(i.item) ? 'total' : undefined,
    line: !['basic', 'project'].includes(i.item), values: s.years.map(y => i.values[y] ?? null) })) })
    : clear('chart-series'));
}

// ---- shared table and CSV ------------------------------------------------------------------------------------

function csv(blockId, url, scope) {
  const a = document.querySelector(`#${blockId} a.csv`);
  a.href = csvUrl(url, scope);
  a.download = `${blockId.replace('block-', '')}-${state.region}-${state.year}.csv`;
  a.dataset.scope = scope;
}

// links in the current scope need the token: fetched with it and handed to the browser as a file
document.addEventListener('click', e => {
  const a = e.target.closest && e.target.closest('a.csv, a#departments-csv');
  if (!a || a.dataset.scope !== 'current' || !signedIn()) return;
  e.preventDefault();
  openWithToken(a.getAttribute('href'), '下载 CSV', a.download, 'text/csv').catch(() => {});
});

// ---- start ---------------------------------------------------------------------------------------------------

function authUi() {
  const inNow = signedIn();
  $('sign-in').hidden = inNow;
  $('sign-out').hidden = !inNow;
  const who = userName();
  $('who').textContent = inNow ? who.login : '';
  $('who').title = inNow ? who.full : '';
}

async function start() {
  // GET /dashboard embeds its settings (saves a round trip before the first figures); /dashboard/config otherwise
  const embedded = document.getElementById('dashboard-config');
  try {
    config = embedded ? JSON.parse(embedded.textContent) : (await get('/dashboard/config', '读取页面配置')).body;
  } catch (e) {
    return;
  }
  configure(config);
  try {
    await completeSignIn();
  } catch (e) {
    fail('登录', e.message);
  }
  authUi();
  readUrl();
  fillYears();
  fillRegions();
  $('sign-in').addEventListener('click', () => signIn().catch(e => fail('登录', e.message)));
  $('sign-out').addEventListener('click', () => signOut());
  document.addEventListener('signed-out', () => { authUi(); mayDraft.clear(); });
  $('year').addEventListener('change', e => { state.year = Number(e.target.value); writeUrl(); loadView(); });
  $('region').addEventListener('change', e => {
    state.region = e.target.value; state.fn = ''; state.ec = ''; writeUrl(); loadView();
  });
  $('scope').addEventListener('change', e => { state.scope = e.target.value; writeUrl(); loadView(); });
  window.addEventListener('popstate', () => { readUrl(); fillYears(); fillRegions(); loadView(); });
  initDepartments(() => state, () => $('scope').value);
  initBundle(() => state, () => $('scope').value);
  loadView();
  loadRegions();
}

start();
