/* RunMend: the little script the pages use. Everything works without it except the timers. */
(function () {
  'use strict';

  function fmt(s) {
    var m = Math.floor(s / 60), r = s % 60;
    return m + ':' + (r < 10 ? '0' : '') + r;
  }

  /* ---- exercise timer (issue 9: sound, vibration, screen kept awake) ----
     A countdown per exercise: hold for data-hold seconds, data-reps holds per set with a short
     rest between, data-sets sets; pauses between sets so the runner can switch sides. Each change
     (hold, rest, set done) beeps through Web Audio and vibrates where the device can; while it
     runs, a screen wake lock keeps the phone from dimming. Works offline: nothing is fetched. */
  var audio = null;
  function beep(kind) {
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) { return false; }
      audio = audio || new Ctx();
      if (audio.state === 'suspended') { audio.resume(); }
      var tones = kind === 'done' ? [880, 1175, 1568] : kind === 'set' ? [660, 880] : kind === 'rest' ? [523] : [784];
      tones.forEach(function (f, i) {
        var o = audio.createOscillator(), g = audio.createGain(), t = audio.currentTime + i * 0.22;
        o.type = 'sine'; o.frequency.value = f;
        g.gain.setValueAtTime(0.0001, t);
        g.gain.exponentialRampToValueAtTime(0.3, t + 0.02);
        g.gain.exponentialRampToValueAtTime(0.0001, t + 0.18);
        o.connect(g); g.connect(audio.destination);
        o.start(t); o.stop(t + 0.2);
      });
      document.documentElement.dataset.timerBeeps = (+(document.documentElement.dataset.timerBeeps || 0) + 1) + '';
      return true;
    } catch (e) { return false; }
  }
  function buzz(kind) {
    if (!navigator.vibrate) { return false; }
    return navigator.vibrate(kind === 'done' ? [200, 100, 200, 100, 400] : kind === 'set' ? [300, 100, 300] : [150]);
  }
  function signal(kind) { beep(kind); buzz(kind); }

  var wakeLock = null, running = 0;
  function keepAwake(on, status) {
    running = Math.max(0, running + (on ? 1 : -1));
    if (running > 0 && !wakeLock && 'wakeLock' in navigator) {
      navigator.wakeLock.request('screen').then(function (l) {
        wakeLock = l;
        document.documentElement.dataset.wakeLock = 'on';
        l.addEventListener('release', function () { wakeLock = null; document.documentElement.dataset.wakeLock = 'off'; });
      }, function () { document.documentElement.dataset.wakeLock = 'refused'; });
    } else if (running === 0 && wakeLock) {
      wakeLock.release(); wakeLock = null;
    }
  }
  /* A wake lock ends when the page is hidden; take it again when the runner comes back. */
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && running > 0 && !wakeLock) { running--; keepAwake(true); }
  });

  function timer(el) {
    var hold, sets, reps, rest = 3;
    var time = el.querySelector('.timer-time'), count = el.querySelector('.timer-count'),
        status = el.querySelector('.timer-status'), toggle = el.querySelector('.timer-toggle'),
        reset = el.querySelector('.timer-reset');
    var set, rep, left, resting, finished, tick = null;

    function say(t) { status.textContent = t; }
    function show() {
      time.textContent = fmt(left);
      count.textContent = (resting ? 'Rest · ' : '') + 'Set ' + set + ' of ' + sets +
        (reps > 1 ? ' · hold ' + rep + ' of ' + reps : '');
    }
    function stop() { if (tick) { clearInterval(tick); tick = null; keepAwake(false); } }
    function init() {
      stop();
      hold = Math.max(1, +el.dataset.hold || 30); sets = Math.max(1, +el.dataset.sets || 1); reps = Math.max(1, +el.dataset.reps || 1);
      set = 1; rep = 1; left = hold; resting = false; finished = false; toggle.textContent = 'Start'; show();
    }
    function step() {
      left--;
      if (left > 0) { show(); if (left <= 3 && !resting) { beep('count'); } return; }
      if (resting) { resting = false; left = hold; say('Hold ' + rep + ' of ' + reps); signal('hold'); show(); return; }
      if (rep < reps) { rep++; resting = true; left = rest; say('Release and rest'); signal('rest'); show(); return; }
      stop(); toggle.textContent = 'Start';
      if (set < sets) {
        say('Set ' + set + ' of ' + sets + ' done. Press Start for the next set.');
        signal('set');
        set++; rep = 1; left = hold; show(); return;
      }
      finished = true; left = 0; show(); say('All ' + sets + (sets === 1 ? ' set' : ' sets') + ' done. Well done.');
      signal('done');
    }
    toggle.addEventListener('click', function () {
      if (tick) { stop(); toggle.textContent = 'Resume'; say('Paused'); return; }
      if (finished) { init(); }
      beep('hold');
      say((resting ? 'Rest' : 'Set ' + set + ', hold ' + hold + ' seconds') + ': started');
      tick = setInterval(step, 1000);
      keepAwake(true);
      toggle.textContent = 'Pause';
    });
    reset.addEventListener('click', function () { init(); say('Timer reset'); });
    el.runmendReset = init;
    init();
    el.hidden = false;
  }

  /* The timer page: the runner's own hold, holds per set and sets. */
  document.querySelectorAll('[data-timer-form]').forEach(function (form) {
    var el = document.getElementById(form.dataset.timerForm);
    form.addEventListener('change', function () {
      ['hold', 'reps', 'sets'].forEach(function (k) {
        var v = Math.round(+form.elements[k].value);
        if (v >= 1 && v <= 600) { el.dataset[k] = v; }
      });
      if (el.runmendReset) { el.runmendReset(); }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
  });

  document.querySelectorAll('.timer').forEach(timer);

  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });

  /* SVG links follow Enter natively in most browsers; make Space work too, as on a button. */
  document.querySelectorAll('svg a[href]').forEach(function (a) {
    a.addEventListener('keydown', function (e) {
      if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); location.href = a.getAttribute('href'); }
    });
  });

  /* The training log's uploader: one request per file, each with its own progress bar and the
     overall bar; the server answers each with what became of that file. Without this script
     the form posts every file at once and gets a summary page. */
  function uploader(form) {
    var input = form.querySelector('input[type=file]'), box = form.querySelector('[data-upload-progress]'),
        list = form.querySelector('[data-upload-files]'), overall = box.querySelector('progress'),
        overallText = form.querySelector('[data-upload-overall-text]'), status = form.querySelector('[data-upload-status]'),
        button = form.querySelector('button[type=submit]'),
        token = form.querySelector('input[name=_csrf]').value;

    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) { e.className = cls; }
      if (text) { e.textContent = text; }
      return e;
    }
    function refreshList() {
      return fetch('/log', { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('log-list'),
              old = document.getElementById('log-list');
          if (fresh && old) { old.replaceWith(fresh); }
        });
    }

    form.addEventListener('submit', function (e) {
      var files = Array.prototype.slice.call(input.files || []);
      if (!files.length || !window.XMLHttpRequest || !window.FormData) { return; }
      e.preventDefault();
      button.disabled = true;
      list.textContent = '';
      box.hidden = false;
      var total = files.reduce(function (s, f) { return s + f.size; }, 0) || 1, loaded = files.map(function () { return 0; }),
          done = 0, counts = { imported: 0, duplicates: 0, failed: 0 };
      status.textContent = 'Uploading ' + files.length + (files.length === 1 ? ' file…' : ' files…');

      function showOverall() {
        var sum = loaded.reduce(function (s, n) { return s + n; }, 0);
        overall.value = Math.min(100, Math.round(100 * sum / total));
        overallText.textContent = done + ' of ' + files.length + ' done';
      }

      var rows = files.map(function (f, i) {
        var li = el('li', 'upload-file'), id = 'upload-file-' + i;
        var label = el('label', null, f.name);
        label.htmlFor = id;
        var bar = el('progress');
        bar.id = id; bar.max = 100; bar.value = 0;
        var result = el('p', 'upload-result', 'Waiting');
        li.dataset.file = f.name;
        li.appendChild(label); li.appendChild(bar); li.appendChild(result);
        list.appendChild(li);
        return { li: li, bar: bar, result: result };
      });
      showOverall();

      function finish(i, data, problem) {
        var row = rows[i];
        done++;
        loaded[i] = files[i].size;
        row.bar.value = 100;
        row.result.textContent = '';
        if (problem) {
          row.li.className = 'upload-file result-failed';
          row.result.textContent = 'Failed: ' + problem;
          counts.failed++;
        } else {
          row.li.className = 'upload-file result-' + data.status;
          row.result.appendChild(el('strong', null, data.line));
          counts.imported += data.imported; counts.duplicates += data.duplicates; counts.failed += data.failed.length;
          var details = el('ul', 'upload-details');
          data.failed.forEach(function (m) { details.appendChild(el('li', 'failed', 'Failed: ' + m)); });
          data.warnings.forEach(function (m) { details.appendChild(el('li', 'warning', 'Warning: ' + m)); });
          if (details.children.length) { row.li.appendChild(details); }
          if (data.ids.length) {
            var after = el('p', 'after-import', 'How did it feel? Add a pain diary entry: ');
            data.ids.forEach(function (id, n) {
              var a = el('a', null, data.ids.length === 1 ? 'open the run' : 'run ' + (n + 1));
              a.href = '/diary/new?activity=' + encodeURIComponent(id);
              after.appendChild(a); after.appendChild(document.createTextNode(' '));
            });
            row.li.appendChild(after);
          }
        }
        settled();
      }
      function settled() {
        showOverall();
        if (done < files.length) { next(); return; }
        button.disabled = false;
        input.value = '';
        status.textContent = 'Upload finished: ' + counts.imported + ' imported, ' + counts.duplicates +
          ' already in your log, ' + counts.failed + ' failed.';
        form.dataset.uploadDone = 'true';
        refreshList();
      }

      var at = 0;
      function next() {
        var i = at++;
        if (i >= files.length) { return; }
        var xhr = new XMLHttpRequest(), data = new FormData();
        data.append('files', files[i], files[i].name);
        rows[i].result.textContent = 'Uploading…';
        xhr.open('POST', form.action);
        xhr.setRequestHeader('X-CSRF-Token', token);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.onprogress = function (ev) {
          if (ev.lengthComputable) {
            rows[i].bar.value = Math.round(100 * ev.loaded / ev.total);
            loaded[i] = files[i].size * ev.loaded / ev.total;
            showOverall();
          }
        };
        xhr.upload.onload = function () { rows[i].result.textContent = 'Importing…'; };
        xhr.onload = function () {
          var body = null;
          try { body = JSON.parse(xhr.responseText); } catch (err) { body = null; }
          if (xhr.status === 200 && body) { finish(i, body, null); }
          else { finish(i, null, (body && body.error) || ('the server answered ' + xhr.status)); }
        };
        xhr.onerror = function () { finish(i, null, 'the connection failed'); };
        xhr.send(data);
      }
      next();
    });
  }

  document.querySelectorAll('[data-uploader]').forEach(uploader);

  /* After a failed submit, move focus to the list of problems so it is read out first. */
  var errors = document.getElementById('errors');
  if (errors) { errors.focus(); }
})();

/* Copy buttons for share links: without the script the link and the field still work. */
(function () {
  'use strict';
  document.querySelectorAll('button.copy[data-copy]').forEach(function (b) {
    var field = document.querySelector(b.dataset.copy);
    var status = b.closest('.share') && b.closest('.share').querySelector('.copy-status');
    if (!field) { return; }
    /* without RUNMEND_PUBLIC_URL the server gives a site path: the browser knows the address it is on */
    if (field.value.charAt(0) === '/') { field.value = new URL(field.value, window.location.href).href; }
    b.hidden = false;
    b.addEventListener('click', function () {
      function done(ok) { if (status) { status.textContent = ok ? 'Link copied.' : 'Select the link above and copy it.'; } }
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { done(true); }, function () { done(document.execCommand('copy')); });
      } else {
        var ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        done(ok);
      }
    });
  });
})();

/* ---- the browser's time zone (issue 11) ----
   A runner's days are counted in their zone. The sign-up form sends the browser's zone to store as
   the runner's setting; the tz cookie lets the server use it for a runner who has not chosen one. */
(function () {
  'use strict';
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
  if (!/^[A-Za-z0-9_\/+\-]{1,64}$/.test(zone)) { return; }
  document.querySelectorAll('input[data-browser-zone]').forEach(function (el) { el.value = zone; });
  document.cookie = 'tz=' + zone + '; path=/; max-age=31536000; samesite=lax' + (location.protocol === 'https:' ? '; secure' : '');
})();

/* Day grids start scrolled to today on a narrow screen. */
document.querySelectorAll('[data-scroll-end]').forEach(function (el) { el.scrollLeft = el.scrollWidth; });

/* ---- installable app (issue 9) ----
   The service worker keeps the pages needed offline (guides, the timer, the plan, the last result).
   A pain check's result is a POST answer the worker cannot keep, so the page keeps a copy itself. */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) { return; }
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
    document.documentElement.dataset.sw = 'registered';
  }, function () { document.documentElement.dataset.sw = 'failed'; });
  // the guide list: every guide is kept for reading offline (the offline page says so)
  if (location.pathname === '/guides') {
    navigator.serviceWorker.ready.then(function (r) { if (r.active) { r.active.postMessage('keep-guides'); } });
  }
  var result = document.querySelector('.triage');
  if (result && location.pathname.indexOf('/check') === 0 && window.caches) {
    var html = '<!doctype html>\n' + document.documentElement.outerHTML;
    caches.open('runmend-pages').then(function (c) {
      return c.put('/offline/last-result', new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    }).then(function () { document.documentElement.dataset.resultKept = 'yes'; }, function () { });
  }
})();
