/* RunMend's service worker (issue 9): the app opens without a connection.
   - The shell (offline page, timer page, guide index, stylesheet, script, icons) is kept at install.
     Every guide linked from the index is fetched into the cache once the runner opens the guide
     list (the page asks with a 'keep-guides' message), as the offline page says: a runner who came
     for one pain check does not download the whole library on their first visit.
   - Pages are fetched from the network first and kept when they may be read offline (guides, the
     plan, the timer, saved checks); without a connection the kept copy is shown, else the offline page.
   - Pages name stylesheets, scripts and icons by fingerprinted addresses (/assets/runmend.css?v=<hash>):
     such an address never changes what it serves, so the kept copy is used as it is. The server
     writes the current addresses into this file (ASSETS below), so a changed asset is a changed
     worker, which keeps the new shell in a cache of its own and deletes the old one. Assets asked
     for without a fingerprint (the manifest's icons) come from the cache and are refreshed in the
     background. Offline, a page kept before an update, naming an older address, gets the current copy.
   - Private pages (the plan, saved checks, the home page, the last result) are kept apart from the
     public ones and tied to the session that saw them (issue 19, item 3): every answer of RunMend
     names its session in the RunMend-Session header (a tag, or "none"). When it names another
     session than the one the kept pages belong to, or none after a session, the private pages are
     deleted before anything else is kept or shown; logging out deletes them too. So once the
     server has said the session is gone (logged out, password changed or account deleted on another
     device, expired), the next person on this device finds nothing private offline.
   - A private page is also never shown offline more than SESSION_DAYS after it was kept. */
'use strict';
/* Filled in by the server when it serves this file: each asset's fingerprinted address by file name,
   and one fingerprint of them all. */
var ASSETS = {}, ASSETS_VERSION = 'none';
var VERSION = 'v3';
var SHELL = 'runmend-shell-' + VERSION + '-' + ASSETS_VERSION;
var PAGES = 'runmend-pages';
var GUIDES = 'runmend-guides';
var META = 'runmend-meta';
var SESSION_DAYS = 30;
var PRIVATE = [/^\/plan$/, /^\/checks$/, /^\/$/];
var SHELL_FILES = ['/offline', '/timer', '/guides', ASSETS['runmend.css'], ASSETS['runmend.js'],
  ASSETS['icon-192.png'], ASSETS['icon-180.png'], '/assets/icon-192.png', '/assets/icon-512.png', '/manifest.webmanifest'];
var PUBLIC = [/^\/guides(\/.*)?$/, /^\/timer$/];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(SHELL).then(function (c) { return c.addAll(SHELL_FILES); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('runmend-shell-') === 0 && k !== SHELL; })
      .map(function (k) { return caches.delete(k); }));
  }).then(knownSession).then(function (known) {
    // private pages kept by an earlier worker were not tied to a session: they go
    if (known === null) { return caches.delete(PAGES); }
  }).then(function () { return self.clients.claim(); }));
});

/* The guide list asks for every guide to be kept; those already kept are not fetched again. */
self.addEventListener('message', function (e) {
  if (e.data === 'keep-guides') { e.waitUntil(keepGuides()); }
});

/* Every guide linked from the guide index, one after the other, so they can be read offline. */
function keepGuides() {
  return caches.open(SHELL).then(function (shell) {
    return shell.match('/guides').then(function (r) { return r ? r.text() : ''; }).then(function (html) {
      var seen = {}, urls = [], re = /href="(\/guides\/[a-z0-9-]+\/[a-z0-9-]+)"/g, m;
      while ((m = re.exec(html)) && urls.length < 300) { if (!seen[m[1]]) { seen[m[1]] = 1; urls.push(m[1]); } }
      return caches.open(GUIDES).then(function (pages) {
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

function matches(list, path) {
  return list.some(function (re) { return re.test(path); });
}

/* The session the kept private pages belong to ('none' or a tag), or null when nothing is known. */
function knownSession() {
  return caches.open(META).then(function (c) { return c.match('/session'); })
    .then(function (r) { return r ? r.text() : null; });
}

/* Follows the session an answer names: a change forgets every private page first. */
function follow(response) {
  var tag = response && response.headers.get('RunMend-Session');
  if (!tag) { return Promise.resolve(); }
  return knownSession().then(function (known) {
    if (known === tag) { return; }
    var forget = known !== null || tag !== 'none' ? caches.delete(PAGES) : Promise.resolve();
    return forget.then(function () { return caches.open(META); }).then(function (c) {
      return c.put('/session', new Response(tag));
    });
  });
}

/* A private page kept at most SESSION_DAYS ago, else nothing. */
function freshPrivate(path) {
  return caches.open(PAGES).then(function (c) { return c.match(path); }).then(function (r) {
    if (!r) { return null; }
    var at = Number(r.headers.get('RunMend-Kept-At') || 0);
    return Date.now() - at < SESSION_DAYS * 864e5 ? r : null;
  });
}

function keepPrivate(path, response) {
  return response.blob().then(function (body) {
    var headers = new Headers(response.headers);
    headers.set('RunMend-Kept-At', String(Date.now()));
    return caches.open(PAGES).then(function (c) {
      return c.put(path, new Response(body, { status: response.status, statusText: response.statusText, headers: headers }));
    });
  });
}

/* Offline, an asset a kept page names by an older address (an earlier fingerprint, or none, from
   before the last update) is answered with the current one of the same file, so guides and the last
   result kept long ago still show styled; the error stands when the shell has no such file. */
function currentCopy(cache, url, error) {
  var current = ASSETS[url.pathname.slice('/assets/'.length)];
  return (current ? cache.match(current) : Promise.resolve(undefined)).then(function (hit) {
    if (hit) { return hit; }
    throw error;
  });
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
    e.respondWith(fetch(req).then(function (r) {
      return follow(r).then(function () { return caches.open(PAGES); })
        .then(function (c) { return c.match('/offline/last-result'); }).then(function (kept) { return kept || r; });
    }, function () {
      return caches.open(PAGES).then(function (c) { return c.match('/offline/last-result'); })
        .then(function (kept) { return kept || caches.match('/offline'); });
    }));
    return;
  }
  if (url.pathname.indexOf('/assets/') === 0 || url.pathname === '/manifest.webmanifest') {
    var pinned = url.searchParams.has('v');
    e.respondWith(caches.open(SHELL).then(function (c) {
      return c.match(req).then(function (hit) {
        // a fingerprinted address never changes what it serves: the kept copy is used as it is
        if (hit && pinned) { return hit; }
        var fresh = fetch(req).then(function (r) {
          // a fingerprinted asset is kept only when the server vouches that its address always serves these bytes
          var vouched = !pinned || (r.headers.get('Cache-Control') || '').indexOf('immutable') >= 0;
          if (r.ok && vouched && url.pathname.indexOf('/assets/leaflet') !== 0) { c.put(req, r.clone()); }
          return r;
        });
        // one without a fingerprint is shown from the cache and refreshed in the background
        if (hit) { fresh.catch(function () { }); return hit; }
        return fresh.catch(function (error) { return currentCopy(c, url, error); });
      });
    }));
    return;
  }
  if (req.mode !== 'navigate') { return; }
  e.respondWith(fetch(req).then(function (r) {
    return follow(r).then(function () {
      if (r.ok && !r.redirected && matches(PUBLIC, url.pathname)) {
        var copy = r.clone();
        caches.open(url.pathname === '/timer' || url.pathname === '/guides' ? SHELL : GUIDES).then(function (c) { c.put(url.pathname, copy); });
      } else if (r.ok && !r.redirected && matches(PRIVATE, url.pathname)) {
        return keepPrivate(url.pathname, r.clone()).then(function () { return r; }, function () { return r; });
      }
      return r;
    });
  }, function () {
    var kept = matches(PRIVATE, url.pathname) ? freshPrivate(url.pathname)
      : caches.open(GUIDES).then(function (c) { return c.match(url.pathname); })
        .then(function (hit) { return hit || caches.open(SHELL).then(function (c) { return c.match(url.pathname); }); });
    return kept.then(function (hit) { return hit || caches.match('/offline'); });
  }));
});
