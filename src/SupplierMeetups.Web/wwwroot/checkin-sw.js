// Keeps the scan page and its files available when the network drops: pages under /checkin/ are fetched from the
// network first and from the cache when that fails; the door's scripts and styles from the cache first.
'use strict';
var CACHE = 'suppliermeetups-door-v1';
var FILES = ['/css/site.css', '/css/door.css', '/js/checkin-scan.js', '/js/checkin-offline.js', '/lib/jsqr/jsQR.js'];

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') { return; }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) { return; }
    if (request.mode === 'navigate') {
        event.respondWith(fetch(request).then(function (response) {
            if (response.ok) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
            }
            return response;
        }).catch(function () {
            return caches.match(request).then(function (cached) { return cached || Response.error(); });
        }));
        return;
    }
    if (FILES.indexOf(url.pathname) >= 0) {
        event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (cached) {
            return cached || fetch(request);
        }));
    }
});
