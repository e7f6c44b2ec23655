/* A child's page: today's run as it happens, asked for every 15 s. The shuttle appears on the map only while
 * it is on its way to the family's stop. */
(function () {
  'use strict';
  var section = document.getElementById('live');
  if (!section) { return; }
  var words = JSON.parse(document.getElementById('live-words').textContent);
  var status = document.getElementById('live-status');
  var mapEl = document.getElementById('family-map');
  var marker = null;

  function clock(iso) { var d = new Date(iso); return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2); }

  function render(v) {
    section.setAttribute('data-state', v.state);
    var text = words[v.state] || v.state;
    if ((v.state === 'ON_ITS_WAY' || v.state === 'AT_STOP') && v.minutesAway !== null) {
      text += ' · ' + v.minutesAway + ' ' + words.minutes + ' · '
        + (v.lateMinutes > 0 ? v.lateMinutes + ' ' + words.late : words.onTime);
    } else if (v.state === 'NOT_STARTED' && v.plannedAt) {
      text += ' · ' + words.planned + ' ' + clock(v.plannedAt);
    }
    status.textContent = text;
    var map = mapEl && mapEl.shuttleMap;
    if (!map) { return; }
    if (v.shuttle) {
      var at = ShuttleMap.show(v.shuttle.lat, v.shuttle.lon);
      if (!marker) {
        marker = L.circleMarker(at, { radius: 11, color: '#fff', weight: 3, fillColor: '#6a1b9a', fillOpacity: 1 })
          .bindTooltip(words.shuttle).addTo(map);
      } else { marker.setLatLng(at); }
    } else if (marker) { map.removeLayer(marker); marker = null; }
  }

  function poll() {
    fetch('/app/family/children/' + section.getAttribute('data-child') + '/live', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (v) { if (v) { render(v); } })
      .catch(function () { /* offline: the last answer stays */ });
  }
  poll();
  setInterval(poll, 15000);
})();
