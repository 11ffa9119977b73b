// Service worker: the app starts offline. Every file the app needs is cached under a name that changes with each
// build (__BUILD_VERSION__ is replaced by a hash of the files at build time) and served cache-first. A new
// version installs in the background and waits: the page shows "Có phiên bản mới — tải lại" and switches only
// when the user says so. Old caches are dropped when the new version activates.
const VERSION = '__BUILD_VERSION__';
const CACHE = 'kstthc-' + VERSION;
const FILES = ['./', 'index.html', 'index.js', 'index.wasm', 'index.data', 'favicon.svg', 'manifest.webmanifest',
  'icon-192.png', 'icon-512.png', 'report.js', 'report.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kstthc-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(event.request, { ignoreSearch: true }))
    .then((hit) => hit || fetch(event.request)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'kstthc-update') self.skipWaiting();
});
