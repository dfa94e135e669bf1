// Every call to the platform's APIs goes through here: the caller's token (if signed in), the page's state
// (body[data-state]: loading while any call is in flight, ready, or error naming what failed).
import { token } from './auth.js';

let inFlight = 0;
let failed = null;

function settle() {
  const next = inFlight > 0 ? 'loading' : failed ? 'error' : 'ready';
  // a mark per completed view: the benchmark reads performance.getEntriesByName('dashboard-ready')
  if (next !== 'loading' && document.body.dataset.state === 'loading') performance.mark('dashboard-ready');
  document.body.dataset.state = next;
}

/** Starts a new view: earlier failures no longer count. */
export function resetErrors() {
  failed = null;
  const box = document.getElementById('error');
  box.hidden = true;
  box.textContent = '';
}

export function fail(what, message) {
  failed = what;
  const box = document.getElementById('error');
  box.textContent = `${what}失败：${message}`;
  box.hidden = false;
  settle();
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
    this.detail = detail;
  }
}

/** GET a URL with the token; JSON unless `accept` says otherwise. `what` names the call in the error message. */
export async function get(url, what, { accept = 'application/json', blob = false } = {}) {
  inFlight++;
  settle();
  try {
    const headers = { Accept: accept };
    const t = await token();
    if (t) headers.Authorization = 'Bearer ' + t;
    const res = await fetch(url, { headers });
    if (!res.ok) {
      let detail = res.statusText;
      try { const p = await res.json(); detail = p.detail || p.title || detail; } catch (e) { /* not a problem document */ }
      throw new ApiError(res.status, detail);
    }
    return { status: res.status, body: blob ? await res.blob() : accept.includes('json') ? await res.json() : await res.text(),
             location: res.headers.get('Location') };
  } catch (e) {
    fail(what, describe(e));
    throw e;
  } finally {
    inFlight--;
    settle();
  }
}

function describe(e) {
  if (!(e instanceof ApiError)) return '无法连接服务（' + e.message + '）';
  if (e.status === 401) return '需要登录或登录已过期（401）';
  if (e.status === 403) return '当前账号无权查看（403）';
  if (e.status === 404) return '未找到（404）';
  return `${e.detail || '服务错误'}（${e.status}）`;
}

/** A link that carries the token: followed by fetching it with the token and opening the answer (drafts). */
export async function openWithToken(url, what, fileName, accept = '*/*') {
  const { body } = await get(url, what, { accept, blob: true });
  const href = URL.createObjectURL(body);
  const a = document.createElement('a');
  a.href = href;
  if (fileName) a.download = fileName; else a.target = '_blank';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60000);
}

/** Work that is part of the view but not a call (drawing a chart): the page is not ready before it is done. */
export function track(promise) {
  inFlight++;
  settle();
  return Promise.resolve(promise).catch(() => {}).finally(() => {
    inFlight--;
    settle();
  });
}
