/* Service worker of Ny i Västerås: keeps visited and saved pages for offline reading.
   The server fills in the version (a hash of this file and of the hashed static URLs) and the lists. */
'use strict';

const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const LANGUAGES = __LANGUAGES__;
const OFFLINE_PAGES = __OFFLINE_PAGES__;
const STATIC = 'static-' + VERSION;
const PAGES = 'pages-' + VERSION; // pages the reader visited, the oldest dropped beyond MAX_PAGES
const SAVED = 'saved-' + VERSION; // pages the reader saved for offline, kept
const MAX_PAGES = 60;
// forms, signed-in areas and JSON are never kept
const NEVER = /\.json$|^\/[^/]+\/(my|feedback|helpful)\/|\/(report|suggest|claim)\/$|^\/(admin|api|documents)\//;

function languageOf(path) {
  const first = path.split('/')[1];
  return LANGUAGES.includes(first) ? first : null;
}

function keepable(response) {
  return response && response.ok && response.type === 'basic' && !response.redirected &&
    !/no-store|private/.test(response.headers.get('Cache-Control') || '');
}

async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((key) => cache.delete(key)));
}

async function store(request, response) {
  const saved = await caches.open(SAVED);
  if (await saved.match(request, {ignoreVary: true})) {
    await saved.put(request, response);
  } else {
    const pages = await caches.open(PAGES);
    await pages.put(request, response);
    await trim(pages);
  }
}

async function ensureOfflinePage(lang) {
  const url = OFFLINE_PAGES[lang];
  const cache = await caches.open(STATIC);
  if (!(await cache.match(url))) {
    const response = await fetch(url);
    if (keepable(response)) await cache.put(url, response);
  }
}

// Stale while revalidate: a kept copy at once, refreshed from the network in the background.
async function page(event, lang) {
  const request = event.request;
  const cached = await caches.match(request, {ignoreVary: true});
  const network = fetch(request).then((response) => {
    if (keepable(response)) {
      const copy = response.clone();
      event.waitUntil(store(request, copy));
    }
    return response;
  });
  event.waitUntil(ensureOfflinePage(lang).catch(() => undefined));
  if (cached) {
    event.waitUntil(network.catch(() => undefined));
    return cached;
  }
  try {
    return await network;
  } catch (error) {
    if (request.mode === 'navigate') {
      const offline = await caches.match(OFFLINE_PAGES[lang]);
      if (offline) return offline;
    }
    throw error;
  }
}

async function asset(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (keepable(response)) {
    const cache = await caches.open(STATIC);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    // Pages saved under an earlier version are fetched anew, so that no kept page refers to another
    // deploy's assets; then every cache of an earlier version goes.
    const saved = await caches.open(SAVED);
    for (const name of names.filter((n) => n.startsWith('saved-') && n !== SAVED)) {
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        try {
          const response = await fetch(request.url);
          if (keepable(response)) await saved.put(request.url, response);
        } catch (error) { /* offline: that page is no longer kept */ }
      }
    }
    await Promise.all(names.filter((n) => ![STATIC, PAGES, SAVED].includes(n)).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/static/')) {
    event.respondWith(asset(request));
    return;
  }
  const lang = languageOf(url.pathname);
  if (!lang || url.search || NEVER.test(url.pathname)) return;
  event.respondWith(page(event, lang));
});

// "Save for offline" and "Save to My list": the page sends the URLs to keep; the answer says how much was kept.
async function save(urls) {
  const cache = await caches.open(SAVED);
  let count = 0;
  let bytes = 0;
  for (const url of urls) {
    try {
      const response = await fetch(url);
      if (!keepable(response)) continue;
      bytes += (await response.clone().arrayBuffer()).byteLength;
      await cache.put(url, response);
      count += 1;
    } catch (error) { /* counted as not saved */ }
  }
  return {count, bytes, failed: urls.length - count};
}

async function savedUrls() {
  const cache = await caches.open(SAVED);
  return (await cache.keys()).map((request) => new URL(request.url).pathname);
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const reply = (result) => event.ports[0] && event.ports[0].postMessage(result);
  if (data.type === 'save' && Array.isArray(data.urls)) {
    const urls = data.urls.filter((u) => typeof u === 'string' && u.startsWith('/') && !u.startsWith('//'));
    event.waitUntil(save(urls).then(reply));
  } else if (data.type === 'saved') {
    event.waitUntil(savedUrls().then(reply));
  }
});
