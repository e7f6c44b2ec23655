/* Register-a-child form: the home as a pin on the map or a found address, with where it lands on a safe
 * path and the nearest shuttle stop on foot. */
(function () {
  'use strict';
  document.querySelectorAll('select[data-autosubmit]').forEach(function (sel) {
    sel.addEventListener('change', function () { sel.form.submit(); });
  });
  var words = JSON.parse(document.getElementById('child-form-words').textContent);
  var el = document.getElementById('pin-map');
  var map = ShuttleMap.create(el);
  var school = document.getElementById('schoolId');
  var lat = document.getElementById('lat'), lon = document.getElementById('lon');
  var check = document.getElementById('home-check');
  var pin = null, snapped = null;

  var schoolPoints = Array.prototype.slice.call(school.options).filter(function (o) { return o.dataset.lat; })
    .map(function (o) { return ShuttleMap.show(+o.dataset.lat, +o.dataset.lon); });
  if (schoolPoints.length) { map.fitBounds(schoolPoints, { padding: [30, 30], maxZoom: 15 }); }
  schoolPoints.forEach(function (p) {
    // Not clickable: a tap on the school is a tap on the map (a home can be next door).
    L.circleMarker(p, { radius: 9, color: '#fff', weight: 2, fillColor: '#1f6b24', fillOpacity: 1, interactive: false }).addTo(map);
  });

  function text(s) { return document.createTextNode(s); }

  function place(wgsLat, wgsLon) {
    lat.value = wgsLat.toFixed(6);
    lon.value = wgsLon.toFixed(6);
    var at = ShuttleMap.show(wgsLat, wgsLon);
    if (pin) { pin.setLatLng(at); } else {
      pin = L.circleMarker(at, { radius: 9, color: '#fff', weight: 2, fillColor: '#a0310c', fillOpacity: 1, interactive: false }).addTo(map);
    }
    el.setAttribute('data-pinned', 'yes');
    ask();
  }

  function ask() {
    if (!lat.value) { return; }
    check.hidden = false;
    if (!school.value) { check.textContent = words.pickSchool; return; }
    fetch('/app/family/home/check?schoolId=' + encodeURIComponent(school.value) + '&lat=' + lat.value + '&lon=' + lon.value,
      { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        check.textContent = '';
        if (!res.ok) { check.className = 'error'; check.textContent = res.body.detail || res.body.title; return; }
        var c = res.body;
        check.className = c.stopWithinWalk ? 'notice' : 'warn';
        var at = ShuttleMap.show(c.lat, c.lon);
        if (snapped) { snapped.setLatLng(at); } else {
          snapped = L.circleMarker(at, { radius: 5, color: '#a0310c', weight: 2, fillOpacity: 0, interactive: false }).addTo(map);
        }
        check.appendChild(text(words.snapped + (c.road ? ' ' + c.road : '') + (c.near ? ' · ' + words.near + ' ' + c.near : '')));
        check.appendChild(document.createElement('br'));
        if (c.stopName) {
          check.appendChild(text(words.stop + ' ' + c.stopName + ' · ' + c.walkMetres + ' ' + words.walk + ' · '
            + (c.stopWithinWalk ? words.within : words.beyond)));
        } else {
          check.appendChild(text(words.noStop));
        }
        check.setAttribute('data-served', c.stopWithinWalk ? 'yes' : 'no');
      });
  }

  map.on('click', function (e) {
    var w = ShuttleMap.stored(e.latlng.lat, e.latlng.lng);
    place(w[0], w[1]);
  });
  school.addEventListener('change', function () {
    var o = school.options[school.selectedIndex];
    if (o && o.dataset.lat && !lat.value) { map.setView(ShuttleMap.show(+o.dataset.lat, +o.dataset.lon), 14); }
    ask();
  });
  if (lat.value && lon.value) { place(+lat.value, +lon.value); }

  var search = document.getElementById('place-search'), results = document.getElementById('place-results'), timer = null;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = search.value.trim();
      results.textContent = '';
      if (q.length < 2) { return; }
      fetch('/app/family/home/places?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (places) {
          results.textContent = '';
          if (!places.length) { var li = document.createElement('li'); li.textContent = words.notFound; results.appendChild(li); }
          places.forEach(function (p) {
            var li = document.createElement('li'), b = document.createElement('button');
            b.type = 'button'; b.className = 'secondary'; b.textContent = p.label;
            b.addEventListener('click', function () {
              document.getElementById('homeAddress').value = p.label;
              map.setView(ShuttleMap.show(p.lat, p.lon), 16);
              place(p.lat, p.lon);
              results.textContent = '';
            });
            li.appendChild(b); results.appendChild(li);
          });
        });
    }, 300);
  });
})();
