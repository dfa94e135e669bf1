// ECharts (from the service's jar, loaded async by index.html): the tables are painted first, the charts when
// the library is there. Each chart keeps its instance and is redrawn in place.
const instances = new Map();
const ECHARTS = '/_static/echarts/5.6.0/dist/echarts.min.js';
let library = null;

/** The library, run on the first chart (index.html has fetched it already). */
function ready() {
  if (!library) {
    library = new Promise(resolve => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.addEventListener('load', () => resolve(window.echarts));
      script.addEventListener('error', () => resolve(null));
      document.head.append(script);
    });
  }
  return library;
}

const PALETTE = ['#1f5f99', '#e07b39', '#3a9d5d', '#c0392b', '#8e6bbf', '#2a9fbc', '#b8860b', '#7f8c8d'];

async function chart(id) {
  const echarts = await ready();
  if (!echarts) return null;
  let c = instances.get(id);
  if (!c) {
    c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    instances.set(id, c);
  }
  return c;
}

window.addEventListener('resize', () => instances.forEach(c => c.resize()));

const money = v => Number(v).toFixed(2);
const base = { color: PALETTE, aria: { enabled: true }, animation: false,
  tooltip: { trigger: 'item', valueFormatter: v => money(v) + ' 万元' } };

/** Horizontal bars of rows {code, name, amount}; onClick(row) when a bar is clicked. */
export async function bars(id, rows, onClick) {
  const c = await chart(id);
  if (!c) return;
  const shown = rows.slice().reverse();
  c.setOption({ ...base,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: shown.map(r => truncate(r.label)), axisLabel: { interval: 0 } },
    series: [{ type: 'bar', data: shown.map(r => ({ value: r.amount, row: r })), cursor: onClick ? 'pointer' : 'default' }],
  }, true);
  c.off('click');
  if (onClick) c.on('click', p => p.data && p.data.row && onClick(p.data.row));
  c.resize();
}

/** A pie of rows {name, amount}. */
export async function pie(id, rows) {
  const c = await chart(id);
  if (!c) return;
  c.setOption({ ...base,
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
      data: rows.map(r => ({ name: r.label, value: r.amount })), label: { formatter: '{b}\n{d}%' } }],
  }, true);
  c.resize();
}

/** Bars per year, one series per item: {years, series: [{name, values: [..per year..], stack, line}]} */
export async function years(id, data) {
  const c = await chart(id);
  if (!c) return;
  c.setOption({ ...base,
    tooltip: { trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '—' : money(v) + ' 万元' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 24, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: data.years.map(String) },
    yAxis: { type: 'value' },
    series: data.series.map(s => ({ name: s.name, type: s.line ? 'line' : 'bar', stack: s.stack, data: s.values })),
  }, true);
  c.resize();
}

/** No rows: clears the chart. */
export async function clear(id) {
  const c = await chart(id);
  if (c) c.clear();
}

function truncate(s) {
  return s.length > 16 ? s.slice(0, 15) + '…' : s;
}
