/* RunMend: the activity page's route map (issue 9). Loaded on the activity page only, after
   Leaflet. The server already drew the route as an SVG outline; this puts it on OpenStreetMap
   tiles. If no tile has loaded after a few seconds (offline, tiles blocked), the map is taken
   away again and the outline stays.

   Moving along a chart (pointer, touch, or the arrow keys on a focused chart) marks the matching
   point on the route, on the outline and on the map (issue 18). The outline's path holds the same
   points as the map's line, and its data-metres and data-seconds say where along the stream each
   one is; each chart says what its axis runs over (data-axis, data-from, data-to). */
(function () {
  'use strict';
  var fig = document.querySelector('[data-route]');
  if (!fig) { return; }
  var mapMark = null;

  /* ---- chart to route ---- */
  (function () {
    var outline = fig.querySelector('.route-outline'), here = outline && outline.querySelector('.route-here'),
        words = fig.querySelector('[data-route-here]'), line = outline && outline.querySelector('.route-line');
    var charts = document.querySelectorAll('.line-chart svg[data-axis]');
    if (!here || !line || !charts.length) { return; }
    var nums = line.getAttribute('d').replace(/[ML]/g, ' ').trim().split(/\s+/).map(Number), xy = [];
    for (var k = 0; k + 1 < nums.length; k += 2) { xy.push([nums[k], nums[k + 1]]); }
    function list(v) { return (v || '').split(',').map(function (x) { return x === '' ? NaN : +x; }); }
    var along = { distance: list(outline.dataset.metres), time: list(outline.dataset.seconds) };
    function nearest(values, v) {
      var best = -1, gap = Infinity;
      for (var i = 0; i < values.length && i < xy.length; i++) {
        var g = Math.abs(values[i] - v);
        if (g < gap) { gap = g; best = i; }
      }
      return best;
    }
    function unitOf(svg) {
      var name = svg.querySelector('text.axis-name');
      return name && name.textContent === 'mi' ? ['mi', 1609.344] : ['km', 1000];
    }
    function mark(svg, share) {
      share = Math.max(0, Math.min(1, share));
      var axis = svg.dataset.axis, from = +svg.dataset.from, to = +svg.dataset.to;
      var value = from + share * (to - from), i = nearest(along[axis] || [], value);
      if (i < 0) { return; }
      here.setAttribute('cx', xy[i][0]);
      here.setAttribute('cy', xy[i][1]);
      here.classList.add('shown');
      charts.forEach(function (c) {
        if (c.dataset.axis !== axis) { return; }
        var left = +c.dataset.left, right = +c.dataset.right, x = left + share * (right - left), cursor = c.querySelector('.chart-cursor');
        c.dataset.share = share;
        if (cursor) { cursor.setAttribute('x1', x); cursor.setAttribute('x2', x); cursor.classList.add('shown'); }
      });
      if (words) {
        var u = unitOf(svg);
        words.textContent = axis === 'distance'
          ? 'Marked on the route: ' + ((value - from) / u[1]).toFixed(2) + ' ' + u[0] + ' from the start.'
          : 'Marked on the route: ' + Math.round(value / 60) + ' minutes after the start.';
      }
      if (mapMark) { mapMark(i); }
    }
    function shareAt(svg, clientX) {
      var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
      var x = (clientX - r.left) / r.width * vb.width, left = +svg.dataset.left, right = +svg.dataset.right;
      return (x - left) / (right - left);
    }
    charts.forEach(function (svg) {
      svg.setAttribute('tabindex', '0');
      svg.addEventListener('pointermove', function (e) { mark(svg, shareAt(svg, e.clientX)); });
      svg.addEventListener('pointerdown', function (e) { mark(svg, shareAt(svg, e.clientX)); });
      svg.addEventListener('keydown', function (e) {
        var now = svg.dataset.share === undefined ? -1 / 60 : +svg.dataset.share, step = e.shiftKey ? 0.1 : 1 / 60;
        var next = e.key === 'ArrowRight' ? now + step : e.key === 'ArrowLeft' ? now - step
          : e.key === 'Home' ? 0 : e.key === 'End' ? 1 : null;
        if (next === null) { return; }
        e.preventDefault();
        mark(svg, next);
      });
    });
    var hint = document.querySelector('[data-chart-hint]');
    if (hint) { hint.hidden = false; }
  })();

  /* ---- the map ---- */
  if (!window.L) { return; }
  var box = fig.querySelector('.route-map'), outline = fig.querySelector('.route-outline'),
      status = fig.querySelector('[data-route-status]');
  fetch(fig.dataset.route, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('route ' + r.status); } return r.json(); })
    .then(function (points) {
      if (!points.length) { return; }
      box.hidden = false;
      fig.classList.add('has-map');
      status.textContent = 'Loading the map from OpenStreetMap…';
      var map = L.map(box, { scrollWheelZoom: false, tap: true });
      var tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
      }).addTo(map);
      var line = L.polyline(points, { color: '#0b4f8a', weight: 4, opacity: 0.9, className: 'route-map-line' }).addTo(map);
      L.circleMarker(points[0], { radius: 7, color: '#fff', weight: 2, fillColor: '#1e6b34', fillOpacity: 1 })
        .addTo(map).bindTooltip('Start');
      L.circleMarker(points[points.length - 1], { radius: 7, color: '#fff', weight: 2, fillColor: '#b3261e', fillOpacity: 1 })
        .addTo(map).bindTooltip('Finish');
      map.fitBounds(line.getBounds(), { padding: [16, 16] });
      var hereOnMap = L.circleMarker(points[0], { radius: 8, color: '#fff', weight: 3, fillColor: '#e8a200', fillOpacity: 1,
        className: 'route-map-here' });
      mapMark = function (i) {
        if (!points[i]) { return; }
        hereOnMap.setLatLng(points[i]);
        if (!map.hasLayer(hereOnMap)) { hereOnMap.addTo(map); }
      };
      var loaded = false;
      tiles.on('tileload', function () {
        if (loaded) { return; }
        loaded = true;
        fig.classList.add('tiles-loaded');
        outline.setAttribute('hidden', '');
        status.textContent = 'Drag to move the map; use the + and − buttons to zoom. Green marks the start, red the finish.';
      });
      setTimeout(function () {
        if (loaded) { return; }
        map.remove();
        mapMark = null;
        box.hidden = true;
        fig.classList.remove('has-map');
        fig.classList.add('tiles-failed');
        status.textContent = 'The map could not be loaded (no connection to OpenStreetMap), so the route is shown as an outline, north up.';
      }, +(fig.dataset.tileWait || 6000));
    })
    .catch(function () { });
})();
