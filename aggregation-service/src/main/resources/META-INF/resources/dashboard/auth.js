// Sign-in with the platform's OpenID Connect issuer: authorization code + PKCE (S256), public client
// openbudget-web. Tokens live in sessionStorage (this tab only) and go to the APIs as Bearer. Whether the user
// may read drafts is never guessed from the token: the roll-up answer's `scope` says it (app.js).
const KEY = 'openbudget.dashboard.tokens';
const PENDING = 'openbudget.dashboard.pending';
let config = null;
let metadata = null;

export function configure(c) {
  config = c;
}

async function discovery() {
  if (!metadata) {
    const res = await fetch(config.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
    if (!res.ok) throw new Error('登录服务不可用（' + res.status + '）');
    metadata = await res.json();
  }
  return metadata;
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function claims(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch (e) {
    return {};
  }
}

function redirectUri() {
  return location.origin + '/dashboard';
}

function stored() {
  try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
}

function store(answer) {
  const now = Date.now();
  const t = {
    access: answer.access_token,
    refresh: answer.refresh_token || null,
    idToken: answer.id_token || null,
    expires: now + (answer.expires_in || 60) * 1000,
    refreshExpires: answer.refresh_expires_in ? now + answer.refresh_expires_in * 1000 : null,
  };
  sessionStorage.setItem(KEY, JSON.stringify(t));
  return t;
}

/** Redirects to the issuer's sign-in page; the view (URL) is restored when the user comes back. */
export async function signIn() {
  const m = await discovery();
  const verifier = random();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = random();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, back: location.pathname + location.search }));
  const q = new URLSearchParams({
    client_id: config.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri(),
    response_mode: 'fragment', state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(m.authorization_endpoint + '?' + q);
}

/** After the issuer's redirect (#state=…&code=…): exchanges the code, restores the view. Returns true if signed in now. */
export async function completeSignIn() {
  const f = new URLSearchParams(location.hash.slice(1));
  if (!f.has('state') || !(f.has('code') || f.has('error'))) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', pending ? pending.back : location.pathname + location.search);
  if (!pending || pending.state !== f.get('state') || f.has('error')) {
    throw new Error(f.get('error_description') || f.get('error') || '登录状态不一致，请重试');
  }
  const m = await discovery();
  const res = await fetch(m.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: config.clientId, code: f.get('code'),
      redirect_uri: redirectUri(), code_verifier: pending.verifier,
    }),
  });
  if (!res.ok) throw new Error('换取令牌失败（' + res.status + '）');
  store(await res.json());
  return true;
}

/** The access token, renewed with the refresh token shortly before it expires; null when not signed in. */
export async function token() {
  let t = stored();
  if (!t) return null;
  if (t.expires - Date.now() > 20000) return t.access;
  if (t.refresh && (!t.refreshExpires || t.refreshExpires > Date.now() + 5000)) {
    try {
      const m = await discovery();
      const res = await fetch(m.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: config.clientId, refresh_token: t.refresh }),
      });
      if (res.ok) return store(await res.json()).access;
    } catch (e) { /* the issuer is away: signed out below */ }
  }
  // expired and not renewable: the page goes on as the public (an expired token would be refused with 401)
  sessionStorage.removeItem(KEY);
  document.dispatchEvent(new CustomEvent('signed-out'));
  return null;
}

export function signedIn() {
  const t = stored();
  return !!t && (t.expires > Date.now() || !!t.refresh);
}

/** The signed-in user's login name and full name (display only). */
export function userName() {
  const t = stored();
  if (!t) return { login: '', full: '' };
  const c = claims(t.idToken || t.access);
  return { login: c.preferred_username || c.sub || '', full: c.name || '' };
}

/** Forgets the tokens and ends the issuer's session (back to this page). */
export async function signOut() {
  const t = stored();
  sessionStorage.removeItem(KEY);
  try {
    const m = await discovery();
    if (t && t.idToken && m.end_session_endpoint) {
      const q = new URLSearchParams({ id_token_hint: t.idToken, client_id: config.clientId,
        post_logout_redirect_uri: location.origin + location.pathname + location.search });
      location.assign(m.end_session_endpoint + '?' + q);
      return;
    }
  } catch (e) { /* signed out here anyway */ }
  location.reload();
}
