// The county bundle: GET /api/v1/documents/{year}?region= starts the job (202), its status URL is polled for the
// progress, and the zip's link appears when it is done. Only for a county (6-digit region).
import { get, openWithToken } from './api.js';
import { signedIn } from './auth.js';

let job = 0;
let getState;
let getScope;
const $ = id => document.getElementById(id);

export function initBundle(state, scope) {
  getState = state;
  getScope = scope;
  $('bundle').addEventListener('click', start);
  $('bundle-download').addEventListener('click', e => {
    const a = e.currentTarget;
    if (a.dataset.scope === 'current' && signedIn()) {
      e.preventDefault();
      openWithToken(a.getAttribute('href'), '下载压缩包', a.download, 'application/zip').catch(() => {});
    }
  });
}

/** A new view: any running poll stops, the button says whether this region can be bundled. */
export function resetBundle(state) {
  job++;
  const county = /^\d{6}$/.test(state.region || '');
  $('bundle').disabled = !county;
  $('bundle').title = county ? '' : '打包下载按县进行：请选择一个县';
  $('bundle-progress').value = 0;
  $('bundle-state').textContent = county ? '' : '请选择一个县后打包。';
  $('bundle-download').hidden = true;
  $('bundle-download').href = '#';
}

async function start() {
  const mine = ++job;
  const { year, region } = getState();
  const scope = getScope();
  $('bundle').disabled = true;
  $('bundle-download').hidden = true;
  $('bundle-state').textContent = '已提交，等待开始…';
  try {
    let status = (await get(`/api/v1/documents/${year}?region=${region}&scope=${scope}`, '启动全县打包')).body;
    while (mine === job && (status.state === 'queued' || status.state === 'running')) {
      show(status);
      await new Promise(r => setTimeout(r, 1000));
      if (mine !== job) return;
      status = (await get(status.statusUrl, '查询打包进度')).body;
    }
    if (mine !== job) return;
    show(status);
    if (status.state === 'done') {
      const a = $('bundle-download');
      a.href = status.resultUrl;
      a.download = `${region}-${year}.zip`;
      a.dataset.scope = status.scope;
      a.hidden = false;
      a.textContent = `下载压缩包（${(status.size / 1048576).toFixed(1)} MB，生成于 ${iso(status.finishedAt)}）`;
    }
  } catch (e) {
    $('bundle-state').textContent = '打包请求失败。';
  } finally {
    if (mine === job) $('bundle').disabled = false;
  }
}

function show(s) {
  $('bundle-progress').value = s.progress;
  const text = { queued: '排队中', running: '生成中', done: '已完成', failed: '失败' }[s.state] || s.state;
  $('bundle-state').textContent = `${text}：${s.completed}/${s.departments} 个部门，${s.progress}%` +
    (s.state === 'failed' && s.error ? `（${s.error}）` : '');
}

/** ISO date and time in the browser's zone, to the minute (2026-12-07 09:50). */
function iso(timestamp) {
  if (!timestamp) return '';
  const d = new Date(timestamp);
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
