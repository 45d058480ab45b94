// The kiosk's service worker: keeps the kiosk's pages (each language), its stylesheet,
// script and Arabic typeface, the QR codes seen and the last list of vacancies, so that browsing goes
// on when the camp's network drops. The list and the pages are asked of the network
// first; a copy from the cache is marked so that the kiosk can say it is offline.
const CACHE = 'forsa-kiosk';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path === '/kiosk' || path === '/kiosk/feed.json') {
    event.respondWith(networkFirst(request, path === '/kiosk/feed.json'));
  } else if (path.startsWith('/static/kiosk.') || path.startsWith('/static/noto-sans-arabic') || path.startsWith('/kiosk/qr/')) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request, mark) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const saved = (await cache.match(request)) || (await cache.match(request, { ignoreSearch: true }));
    if (!saved) throw error;
    if (!mark) return saved;
    const headers = new Headers(saved.headers);
    headers.set('x-kiosk-offline', '1');
    return new Response(saved.body, { status: saved.status, headers });
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
