// The kiosk's screens (home, list, detail), all drawn from one list of open
// vacancies that the service worker keeps for when the network drops. Nothing about a
// visitor is stored anywhere: the state lives in this page and is reset after idle.
(() => {
  'use strict';
  const D = document, B = D.body, $ = (id) => D.getElementById(id);
  const lang = B.dataset.lang;
  const W = JSON.parse($('words').textContent);
  // Arabic as Jordan writes it: Arabic-Indic digits, months named كانون الثاني … كانون الأول.
  const locale = lang === 'ar' ? 'ar-JO-u-nu-arab' : lang;
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const BENEFITS = ['transport', 'accommodation', 'meals', 'childcare', 'social_security'];
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
  const icon = (id, cls) => `<svg class="icon${cls ? ' ' + cls : ''}" aria-hidden="true"><use href="#${id}"/></svg>`;
  const sectorIcon = (s) => 's-' + ('ACFGHIPQST'.includes(s) ? s : 'X');
  const sectorName = (s) => W['sector-' + s] || s;

  let feed = null;
  const byCode = new Map();
  const fresh = () => ({ sector: new Set(), place: new Set(), benefit: new Set(), hits: null, related: null, offlineSearch: false });
  let state = fresh();
  let listScroll = 0;
  // The list is drawn a page at a time: a small DOM, a short task per tap.
  const PAGE = 20;
  // How many of the newest jobs the home screen shows under the sectors.
  const NEWEST = 6;
  // What is shown: the close matches first, then the jobs merely related to the words
  // searched for (`closeCount` marks where they start), each under its own heading.
  let limit = PAGE, shown = [], closeCount = 0;

  // ---- what a vacancy says, in the screen's language and digits ----
  const title = (v) => {
    const own = lang === 'ar' ? v.title_ar : v.title_en;
    const text = own || v.title_ar || v.title_en || '';
    const tl = own ? lang : v.title_ar ? 'ar' : 'en';
    return [text, tl];
  };
  // The employer's name in the screen's language, else in the other.
  const employer = (v) => (lang === 'ar' ? v.employer_name_ar || v.employer_name_en : v.employer_name_en || v.employer_name_ar) || '';
  const titleHtml = (v) => { const [t, tl] = title(v); return tl === lang ? esc(t) : `<bdi lang="${tl}">${esc(t)}</bdi>`; };
  const place = (v) => { const p = feed && feed.places[v.location]; return p ? (lang === 'ar' ? p.ar : p.en) : v.location; };
  const wage = (v) => {
    const w = v.wage;
    const range = w.max > w.min ? `${num.format(w.min)}–${num.format(w.max)}` : num.format(w.min);
    return `${range} ${W.currency} ${W['wage-' + w.period] || ''}`;
  };
  const hours = (v) => `${num.format(v.hours_per_week)} ${W['hours-week']}`;
  const ago = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // How recently a vacancy was posted, so that five cards with one title can be told
  // apart: "today", "3 days ago", "2 weeks ago".
  const age = (v) => {
    const d = new Date((v.posted || v.created_at || '').slice(0, 10));
    if (isNaN(d)) return '';
    const days = Math.max(0, Math.floor((Date.now() - d.getTime()) / 86400000));
    return days < 14 ? ago.format(-days, 'day') : ago.format(-Math.floor(days / 7), 'week');
  };
  const posted = (v) => { const d = new Date((v.posted || v.created_at || '').slice(0, 10)); return isNaN(d) ? '' : day.format(d); };
  // The code as it is read out to a caseworker: two groups of three, in the screen's digits.
  const readOut = (c) => (/^\d{6}$/.test(c) ? `${c.slice(0, 3)} ${c.slice(3)}` : c)
    .replace(/\d/g, (d) => num.format(Number(d)));
  const perks = (v) => v.benefits.map((b) => `<li>${icon('b-' + b)}${esc(W['benefit-' + b])}</li>`).join('') +
    (v.employer_arranges_permit ? `<li class="permit">${icon('i-permit')}${esc(W.permit)}</li>` : '');
  const fact = (id, label, value) => `<li>${icon(id)}<span><span class="k">${esc(label)}:</span> ${value}</span></li>`;

  // ---- search that tolerates spelling: Arabic folded as the server folds it ----
  const fold = (s) => String(s || '').normalize('NFD')
    .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/[ىی]/g, 'ي').replace(/ة/g, 'ه').replace(/[ؤئ]/g, 'ء').replace(/ک/g, 'ك')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).toLowerCase();
  const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    .map((w) => (w.length > 4 && /^(وال|بال|لل|ال)/.test(w) ? w.replace(/^(وال|بال|لل|ال)/, '') : w));
  const localSearch = (q) => {
    const wanted = words(q);
    return feed.vacancies.filter((v) => {
      const p = feed.places[v.location] || {};
      const have = words([v.title_ar, v.title_en, v.employer_name_ar, v.employer_name_en, sectorName(v.sector), p.ar, p.en, v.code].join(' '));
      return wanted.every((w) => have.some((h) => h.includes(w)));
    });
  };

  // ---- screens ----
  const show = (id) => { for (const s of ['home', 'list', 'detail']) $(s).hidden = s !== id; };
  const status = (text) => { $('status').textContent = text || ''; };

  const matches = (v) => (!state.sector.size || state.sector.has(v.sector)) &&
    (!state.place.size || state.place.has(v.location)) &&
    [...state.benefit].every((b) => (b === 'permit' ? v.employer_arranges_permit : v.benefits.includes(b)));

  function renderHome() {
    const counts = new Map();
    for (const v of feed.vacancies) counts.set(v.sector, (counts.get(v.sector) || 0) + 1);
    $('tiles').innerHTML = [...counts].sort((a, b) => b[1] - a[1]).map(([s, n]) =>
      `<li><button type="button" class="tile" data-sector="${esc(s)}">${icon(sectorIcon(s))}<span>${esc(sectorName(s))}</span>` +
      `<span class="n">${num.format(n)} <span class="sr">${esc(W['open-jobs'])}</span></span></button></li>`).join('');
    status(feed.vacancies.length ? '' : W['no-jobs']);
    // The newest jobs below the sectors: a big screen is not left empty, and a visitor
    // back for what is new sees it first.
    const when = (v) => String(v.posted || v.created_at || '');
    const newest = [...feed.vacancies].sort((a, b) => when(b).localeCompare(when(a))).slice(0, NEWEST);
    $('newest').innerHTML = cardsHtml(newest);
    $('newest-title').hidden = !newest.length;
  }

  function toggles(id, kind, values, label, iconOf) {
    $(id).innerHTML = values.map((v) =>
      `<button type="button" class="big" data-f="${kind}" data-v="${esc(v)}" aria-pressed="${state[kind].has(v)}">` +
      `${iconOf ? icon(iconOf(v)) : ''}${esc(label(v))}</button>`).join('');
  }

  function renderList() {
    const source = state.hits || feed.vacancies;
    const related = state.related || new Set();
    const found = source.filter(matches);
    const close = found.filter((v) => !related.has(v.code));
    closeCount = close.length;
    shown = close.concat(found.filter((v) => related.has(v.code)));
    const uniq = (f) => [...new Set(source.map(f))];
    toggles('f-sector', 'sector', uniq((v) => v.sector), sectorName, sectorIcon);
    toggles('f-place', 'place', uniq((v) => v.location), (c) => place({ location: c }), () => 'i-place');
    toggles('f-benefit', 'benefit', [...BENEFITS, 'permit'], (b) => (b === 'permit' ? W.permit : W['benefit-' + b]),
      (b) => (b === 'permit' ? 'i-permit' : 'b-' + b));
    $('count').textContent = num.format(closeCount);
    $('related-count').textContent = num.format(shown.length - closeCount);
    // The sectors chosen stay in sight above the list, each removable with a tap.
    $('chips').innerHTML = [...state.sector].map((s) =>
      `<button type="button" class="big chip" data-f="sector" data-v="${esc(s)}" aria-pressed="true">` +
      `${icon(sectorIcon(s))}<span>${esc(sectorName(s))}</span><span aria-hidden="true">×</span>` +
      `<span class="sr">${esc(W['remove-filter'])}</span></button>`).join('');
    $('jobs').innerHTML = '';
    $('related').innerHTML = '';
    draw(0, limit);
    status(shown.length ? (state.offlineSearch ? W['offline-search'] : '') : W['no-results']);
  }

  const cardsHtml = (list) => list.map((v) =>
    `<li><a class="card" href="#job/${encodeURIComponent(v.code)}"><h3>${titleHtml(v)}</h3><ul class="facts">` +
    `<li class="employer">${icon('i-employer')}<bdi>${esc(employer(v))}</bdi></li>` +
    `<li class="age">${icon('i-posted')}${esc(age(v))}</li>` +
    `<li>${icon('i-place')}${esc(place(v))}</li><li>${icon('i-wage')}${esc(wage(v))}</li><li>${icon('i-hours')}${esc(hours(v))}</li>` +
    `</ul><ul class="perks">${perks(v)}</ul></a></li>`).join('');

  // Cards `from` to `to` of what is shown, each in its list.
  function draw(from, to) {
    const closeTo = Math.min(to, closeCount);
    if (from < closeTo) $('jobs').insertAdjacentHTML('beforeend', cardsHtml(shown.slice(from, closeTo)));
    if (to > closeCount) $('related').insertAdjacentHTML('beforeend', cardsHtml(shown.slice(Math.max(from, closeCount), to)));
    // The related jobs' heading comes with the first of them.
    $('related-title').hidden = !$('related').children.length;
    $('more').hidden = shown.length <= to;
  }

  // The next page of the list, added below; the keyboard's focus moves to its first card.
  function more() {
    const from = limit;
    limit += PAGE;
    draw(from, limit);
    const first = from < closeCount ? $('jobs').children[from] : $('related').children[from - closeCount];
    if (first) first.querySelector('a').focus();
  }

  function renderDetail(code) {
    const v = byCode.get(code) || (state.hits || []).find((h) => h.code === code);
    if (!v) {
      // Newer than the saved list (a QR code scanned at once): ask the server.
      fetch('/api/v1/public/vacancies/' + encodeURIComponent(code))
        .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
        .then((found) => {
          state.hits = [found];
          // The server may spell the code otherwise (case): follow its spelling once.
          if (found.code === code) render(); else location.hash = '#job/' + encodeURIComponent(found.code);
        })
        .catch(() => { location.hash = '#list'; });
      return;
    }
    const qr = `<img class="qr" src="/kiosk/qr/${encodeURIComponent(v.code)}.svg" width="240" height="240" alt="${esc(W.qr)}">`;
    const facts = fact('i-employer', W.employer, `<bdi>${esc(employer(v))}</bdi>`) + fact('i-place', W.place, esc(place(v))) +
      fact('i-wage', W.wage, esc(wage(v)));
    $('job').innerHTML = `<h2 id="job-title" tabindex="-1">${titleHtml(v)}</h2><ul class="facts">${facts}` +
      fact('i-hours', W.hours, esc(hours(v))) + fact('i-contract', W.contract, esc(W['contract-' + v.contract])) +
      fact(sectorIcon(v.sector), W['filter-sector'], esc(sectorName(v.sector))) +
      fact('i-posted', W.posted, esc(posted(v))) + `</ul>` +
      (v.benefits.length || v.employer_arranges_permit ? `<h3>${esc(W.benefits)}</h3><ul class="perks">${perks(v)}</ul>` : '') +
      `<div class="actions"><button type="button" class="big" id="speak" aria-pressed="false" hidden>${icon('i-speak')}<span>${esc(W['read-aloud'])}</span></button>` +
      `<button type="button" class="big" id="print">${icon('i-print')}<span>${esc(W.print)}</span></button></div>` +
      `<div class="take"><p>${icon('i-code')}${esc(W.code)}: <span class="code" id="code" dir="ltr">${esc(readOut(v.code))}</span></p>${qr}</div>`;
    $('slip-job').innerHTML = `<h2>${titleHtml(v)}</h2><ul class="facts">${facts}</ul>` +
      `<p>${esc(W.code)}: <span class="code" dir="ltr">${esc(readOut(v.code))}</span></p>${qr}`;
    speakable(v);
    status('');
  }

  // Screen readers hear the new screen's heading when a tap changes screens.
  function render(moved) {
    if (!feed) return;
    const h = decodeURIComponent(location.hash.slice(1));
    let heading;
    if (h.startsWith('job/')) { show('detail'); renderDetail(h.slice(4)); scrollTo(0, 0); heading = $('job-title'); } else if (h === 'list') { show('list'); renderList(); scrollTo(0, listScroll); heading = $('list-title'); } else { show('home'); renderHome(); heading = $('home-title'); }
    if (moved === true && heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
  }

  // ---- read aloud where the browser has a voice for the screen's language ----
  const synth = window.speechSynthesis;
  let voice = null, speaking = null;
  const pickVoice = () => {
    voice = synth ? synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang)) || null : null;
    const b = $('speak'); if (b) b.hidden = !voice;
  };
  if (synth) { pickVoice(); synth.addEventListener('voiceschanged', pickVoice); }
  function speakable(v) {
    pickVoice();
    const b = $('speak'); speaking = null;
    b.onclick = () => {
      if (!synth || !voice) return;
      if (synth.speaking) { synth.cancel(); return; }
      const plain = new Intl.NumberFormat(lang);
      const w = v.wage;
      const text = [title(v)[0], employer(v), place(v),
        `${plain.format(w.min)}${w.max > w.min ? ' – ' + plain.format(w.max) : ''} ${W.currency} ${W['wage-' + w.period]}`,
        `${plain.format(v.hours_per_week)} ${W['hours-week']}`, W['contract-' + v.contract],
        ...v.benefits.map((x) => W['benefit-' + x]), v.employer_arranges_permit ? W.permit : ''].filter(Boolean).join('. ');
      speaking = new SpeechSynthesisUtterance(text);
      speaking.lang = voice.lang; speaking.voice = voice;
      speaking.onend = speaking.onerror = () => b.setAttribute('aria-pressed', 'false');
      b.setAttribute('aria-pressed', 'true');
      // A voice can vanish (an engine unloaded): the kiosk says nothing rather than fail.
      try { synth.speak(speaking); } catch (e) { b.setAttribute('aria-pressed', 'false'); }
    };
  }

  // ---- the list of vacancies: network first, the saved copy when offline ----
  let offline = false, next = 0, fetched = null;
  function banner(isOffline) {
    offline = isOffline;
    $('offline').hidden = !offline;
    if (feed && feed.generated_at) { const t = $('updated'); t.dateTime = feed.generated_at; t.textContent = stamp.format(new Date(feed.generated_at)); }
  }
  async function load() {
    clearTimeout(next);
    try {
      // The server's no-cache makes the browser ask with its ETag after the first time.
      const r = await fetch('/kiosk/feed.json');
      if (!r.ok) throw new Error(r.status);
      // A copy for the saved list (put there once the worker is set up): the
      // worker need not download the list again.
      if (r.headers.get('x-kiosk-offline') !== '1') fetched = r.clone();
      const data = await r.json();
      const changed = !feed || data.generated_at !== feed.generated_at;
      if (changed) {
        feed = data; byCode.clear();
        for (const v of feed.vacancies) byCode.set(v.code, v);
      }
      banner(r.headers.get('x-kiosk-offline') === '1');
      if (changed) render();
    } catch (e) {
      if (feed) banner(true); else status(W.unavailable);
    }
    next = setTimeout(load, offline || !feed ? 10000 : 300000);
    first = true; whenIdle();
  }
  addEventListener('online', load);

  // ---- search: the server's tolerant search online, the saved list offline ----
  async function search(q) {
    state.hits = null; state.related = null; state.offlineSearch = false;
    if (q) {
      try {
        if (offline) throw new Error('offline');
        const r = await fetch('/api/v1/public/vacancies?per_page=100&q=' + encodeURIComponent(q));
        if (!r.ok) throw new Error(r.status);
        const body = await r.json();
        state.hits = body.items.map((v) => byCode.get(v.code) || v);
        state.related = new Set(body.items.filter((v) => v.close === false).map((v) => v.code));
      } catch (e) {
        state.hits = localSearch(q); state.offlineSearch = true;
      }
    }
    listScroll = 0; limit = PAGE;
    if (location.hash === '#list') render(); else location.hash = '#list';
  }
  $('search').addEventListener('submit', (e) => { e.preventDefault(); search($('q').value.trim()); });
  $('search').addEventListener('reset', () => { state.hits = null; state.related = null; state.offlineSearch = false; limit = PAGE; setTimeout(render); });

  D.addEventListener('click', (e) => {
    const t = e.target.closest('button,a');
    if (!t) return;
    if (t.dataset.sector) { state = fresh(); $('q').value = ''; state.sector.add(t.dataset.sector); listScroll = 0; limit = PAGE; if (location.hash === '#list') render(); else location.hash = '#list'; } else if (t.dataset.f) {
      const set = state[t.dataset.f]; const v = t.dataset.v;
      if (set.has(v)) set.delete(v); else set.add(v);
      limit = PAGE; renderList();
      const again = D.querySelector(`[data-f="${t.dataset.f}"][data-v="${CSS.escape(v)}"]`); if (again) again.focus();
    } else if (t.id === 'more') { more(); } else if (t.id === 'print') { window.print(); } else if (t.id === 'home-link') { e.preventDefault(); goHome(); } else if (t.classList.contains('card')) { listScroll = scrollY; }
  });
  addEventListener('hashchange', () => render(true));

  function goHome() {
    if (synth) synth.cancel();
    state = fresh(); $('q').value = ''; $('filters').open = false; listScroll = 0; limit = PAGE;
    history.replaceState(null, '', location.pathname + location.search.replace(/([?&])code=[^&]*&?/, '$1').replace(/[?&]$/, ''));
    render(); scrollTo(0, 0);
  }

  // ---- a shared screen: back home, in Arabic, after a while without a touch ----
  const idle = (Number(B.dataset.idle) || 90) * 1000;
  let timer = 0;
  const poke = () => { clearTimeout(timer); timer = setTimeout(reset, idle); };
  function reset() {
    if (lang !== 'ar') { location.replace(B.dataset.home); return; }
    goHome(); history.replaceState(null, '', B.dataset.home); poke();
  }
  for (const ev of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input']) addEventListener(ev, poke, { capture: true, passive: true });
  poke();

  // A QR code opens the kiosk on one vacancy.
  const code = new URLSearchParams(location.search).get('code');
  if (code && !location.hash) history.replaceState(null, '', '#job/' + encodeURIComponent(code));

  // ---- offline: the worker keeps the pages of every language, the assets and the list ----
  // Set up after the page has loaded, when the screen is idle: it takes nothing from
  // the first paint. The page saves the list it fetched itself.
  function keep() {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register(B.dataset.sw, { scope: '/kiosk' })
      .then(() => caches.open('forsa-kiosk'))
      .then(async (c) => {
        const assets = B.dataset.assets.split(' ');
        if (fetched) { await c.put('/kiosk/feed.json', fetched); fetched = null; }
        await c.addAll([...new Set([B.dataset.hrefAr, B.dataset.hrefEn, B.dataset.hrefFr, ...assets])]);
        // Drop what an older build or a closed vacancy left behind.
        for (const r of await c.keys()) {
          const u = new URL(r.url);
          const qr = u.pathname.match(/^\/kiosk\/qr\/(.+)\.svg$/);
          const old = u.pathname.startsWith('/static/kiosk.') && !assets.includes(u.pathname + u.search);
          if (old || (qr && feed && !byCode.has(decodeURIComponent(qr[1])))) await c.delete(r);
        }
      })
      .catch(() => {});
  }
  // After the load event and the first list (whether it came or not), so that the
  // worker's downloads do not compete with the list on a slow network.
  let loaded = D.readyState === 'complete', first = false;
  const whenIdle = () => {
    if (!loaded || !first || keep.done) return;
    keep.done = true;
    if (self.requestIdleCallback) requestIdleCallback(keep, { timeout: 5000 }); else setTimeout(keep, 1000);
  };
  if (!loaded) addEventListener('load', () => { loaded = true; whenIdle(); }, { once: true });

  // A link to another screen shows it at once (empty until the list arrives) rather
  // than the home screen the server drew.
  const opened = location.hash.slice(1);
  if (opened === 'list' || opened.startsWith('job/')) show(opened === 'list' ? 'list' : 'detail');
  // The home screen came drawn from the server: the list is asked for once it shows.
  requestAnimationFrame(() => setTimeout(load));
})();
