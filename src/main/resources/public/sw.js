/* RunMend's service worker (issue 9): the app opens without a connection.
   - The shell (offline page, timer page, guide index, stylesheet, script, icons) is kept at install,
     and every guide linked from the index is fetched into the cache after that.
   - Pages are fetched from the network first and kept when they may be read offline (guides, the
     plan, the timer, saved checks); without a connection the kept copy is shown, else the offline page.
   - Stylesheets, scripts and icons come from the cache and are refreshed in the background.
   - Logging out empties the page cache, so the next person on this phone does not see the plan. */
'use strict';
var VERSION = 'v1';
var SHELL = 'runmend-shell-' + VERSION;
var PAGES = 'runmend-pages';
var SHELL_FILES = ['/offline', '/timer', '/guides', '/assets/runmend.css', '/assets/runmend.js',
  '/assets/icon-192.png', '/assets/icon-512.png', '/manifest.webmanifest'];
var KEPT = [/^\/guides(\/.*)?$/, /^\/plan$/, /^\/timer$/, /^\/checks$/, /^\/$/];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(SHELL).then(function (c) { return c.addAll(SHELL_FILES); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('runmend-shell-') === 0 && k !== SHELL; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }).then(keepGuides));
});

/* Every guide linked from the guide index, one after the other, so they can be read offline. */
function keepGuides() {
  return caches.open(SHELL).then(function (shell) {
    return shell.match('/guides').then(function (r) { return r ? r.text() : ''; }).then(function (html) {
      var seen = {}, urls = [], re = /href="(\/guides\/[a-z0-9-]+\/[a-z0-9-]+)"/g, m;
      while ((m = re.exec(html)) && urls.length < 300) { if (!seen[m[1]]) { seen[m[1]] = 1; urls.push(m[1]); } }
      return caches.open(PAGES).then(function (pages) {
        return urls.reduce(function (p, u) {
          return p.then(function () {
            return pages.match(u).then(function (have) {
              return have || fetch(u, { credentials: 'same-origin' }).then(function (r) {
                if (r.ok) { return pages.put(u, r); }
              }, function () { });
            });
          });
        }, Promise.resolve());
      });
    });
  });
}

function kept(path) {
  return KEPT.some(function (re) { return re.test(path); });
}

self.addEventListener('fetch', function (e) {
  var req = e.request, url = new URL(req.url);
  if (url.origin !== self.location.origin) { return; }
  if (req.method === 'POST' && url.pathname === '/logout') {
    e.respondWith(caches.delete(PAGES).then(function () { return fetch(req); }));
    return;
  }
  if (req.method !== 'GET') { return; }
  if (url.pathname === '/offline/last-result') {
    e.respondWith(caches.open(PAGES).then(function (c) { return c.match('/offline/last-result'); }).then(function (r) {
      return r || fetch(req).catch(function () { return caches.match('/offline'); });
    }));
    return;
  }
  if (url.pathname.indexOf('/assets/') === 0 || url.pathname === '/manifest.webmanifest') {
    e.respondWith(caches.open(SHELL).then(function (c) {
      return c.match(req).then(function (hit) {
        var fresh = fetch(req).then(function (r) { if (r.ok && url.pathname.indexOf('/assets/leaflet') !== 0) { c.put(req, r.clone()); } return r; });
        if (hit) { fresh.catch(function () { }); return hit; }
        return fresh;
      });
    }));
    return;
  }
  if (req.mode !== 'navigate') { return; }
  e.respondWith(fetch(req).then(function (r) {
    if (r.ok && !r.redirected && kept(url.pathname)) {
      var copy = r.clone();
      caches.open(url.pathname === '/timer' || url.pathname === '/guides' ? SHELL : PAGES).then(function (c) { c.put(url.pathname, copy); });
    }
    return r;
  }, function () {
    return caches.match(url.pathname).then(function (hit) { return hit || caches.match('/offline'); });
  }));
});
