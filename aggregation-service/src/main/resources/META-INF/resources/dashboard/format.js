// Money as the API gives it (万元 with two decimals), kept exact as integer cents: no float sums on screen.
export function cents(value) {
  return value === null || value === undefined ? null : Math.round(Number(value) * 100);
}

export function money(value) {
  return moneyCents(cents(value));
}

export function moneyCents(c) {
  if (c === null || c === undefined || Number.isNaN(c)) return '—';
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + whole + '.' + String(abs % 100).padStart(2, '0');
}

/** A change with its sign: +12.30, -3.00, 0.00; — when there is nothing to compare with. */
export function changeCents(now, before) {
  if (now === null || before === null || now === undefined || before === undefined) return '—';
  const d = now - before;
  return (d > 0 ? '+' : '') + moneyCents(d);
}

export function percent(now, before) {
  if (now === null || before === null || before === undefined || before === 0) return '';
  return ((now - before) * 100 / before).toFixed(2) + '%';
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}
