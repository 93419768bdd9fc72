/* RunMend: the little script the pages use. Everything works without it except the timers. */
(function () {
  'use strict';

  function fmt(s) {
    var m = Math.floor(s / 60), r = s % 60;
    return m + ':' + (r < 10 ? '0' : '') + r;
  }

  /* A countdown per exercise: hold for data-hold seconds, data-reps holds per set with a short
     rest between, data-sets sets; pauses between sets so the runner can switch sides. */
  function timer(el) {
    var hold = +el.dataset.hold, sets = +el.dataset.sets || 1, reps = +el.dataset.reps || 1, rest = 3;
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
    function stop() { if (tick) { clearInterval(tick); tick = null; } }
    function init() { stop(); set = 1; rep = 1; left = hold; resting = false; finished = false; toggle.textContent = 'Start'; show(); }
    function step() {
      left--;
      if (left > 0) { show(); return; }
      if (resting) { resting = false; left = hold; say('Hold ' + rep + ' of ' + reps); show(); return; }
      if (rep < reps) { rep++; resting = true; left = rest; say('Release and rest'); show(); return; }
      stop(); toggle.textContent = 'Start';
      if (set < sets) {
        say('Set ' + set + ' of ' + sets + ' done. Press Start for the next set.');
        set++; rep = 1; left = hold; show(); return;
      }
      finished = true; left = 0; show(); say('All ' + sets + (sets === 1 ? ' set' : ' sets') + ' done. Well done.');
    }
    toggle.addEventListener('click', function () {
      if (tick) { stop(); toggle.textContent = 'Resume'; say('Paused'); return; }
      if (finished) { init(); }
      say((resting ? 'Rest' : 'Set ' + set + ', hold ' + hold + ' seconds') + ': started');
      tick = setInterval(step, 1000);
      toggle.textContent = 'Pause';
    });
    reset.addEventListener('click', function () { init(); say('Timer reset'); });
    init();
    el.hidden = false;
  }

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

/* Day grids start scrolled to today on a narrow screen. */
document.querySelectorAll('[data-scroll-end]').forEach(function (el) { el.scrollLeft = el.scrollWidth; });
