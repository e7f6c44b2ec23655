/* The coordinator's live map: every run of today on its way where it was last heard from, coloured by delay,
 * refreshed every 15 s. */
(function () {
  'use strict';
  var el = document.getElementById('live-map');
  if (!el) { return; }
  var words = JSON.parse(document.getElementById('live-map-words').textContent);
  var map = ShuttleMap.create(el);
  map.setView(ShuttleMap.show(+el.dataset.lat, +el.dataset.lon), 13);
  var layer = L.layerGroup().addTo(map);
  function colour(r) { return !r.positionKnown ? '#6b6b6b' : r.lateMinutes > 0 ? '#a0310c' : '#1f6b24'; }
  function refresh() {
    fetch('/app/coordinator/live/runs?villageId=' + el.dataset.village, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (runs) {
        layer.clearLayers();
        var shown = 0;
        runs.forEach(function (r) {
          if (!r.shuttle) { return; }
          shown++;
          L.circleMarker(ShuttleMap.show(r.shuttle.lat, r.shuttle.lon), { radius: 10, color: '#fff', weight: 2,
            fillColor: colour(r), fillOpacity: 1 })
            .bindTooltip(r.name + ' · ' + (r.lateMinutes > 0 ? r.lateMinutes + ' ' + words.late : words.onTime))
            .addTo(layer);
        });
        el.setAttribute('data-drawn', String(shown));
      })
      .catch(function () { /* offline: the last picture stays */ });
  }
  refresh();
  setInterval(refresh, 15000);
})();
