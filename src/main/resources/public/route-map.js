/* RunMend: the activity page's route map (issue 9). Loaded on the activity page only, after
   Leaflet. The server already drew the route as an SVG outline; this puts it on OpenStreetMap
   tiles. If no tile has loaded after a few seconds (offline, tiles blocked), the map is taken
   away again and the outline stays. */
(function () {
  'use strict';
  var fig = document.querySelector('[data-route]');
  if (!fig || !window.L) { return; }
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
        box.hidden = true;
        fig.classList.remove('has-map');
        fig.classList.add('tiles-failed');
        status.textContent = 'The map could not be loaded (no connection to OpenStreetMap), so the route is shown as an outline, north up.';
      }, +(fig.dataset.tileWait || 6000));
    })
    .catch(function () { });
})();
