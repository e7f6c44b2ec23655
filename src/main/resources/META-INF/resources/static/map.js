/* Maps for School Shuttle pages, on Leaflet served by the application itself.
 * Our points are WGS-84. Tile services inside China draw in GCJ-02, so with that setting every point is
 * shifted before drawing and a pin dropped on the map is shifted back before it is sent. When tiles
 * cannot load, the lines and markers still draw on the map's own plain background. */
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('map-settings').textContent);

  // GCJ-02 ("Mars coordinates"), the published approximation used by tile services in China.
  var A = 6378245.0, EE = 0.00669342162296594323;
  function outOfChina(lat, lon) { return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271; }
  function tLat(x, y) {
    var r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2 / 3;
    r += (20 * Math.sin(y * Math.PI) + 40 * Math.sin(y / 3 * Math.PI)) * 2 / 3;
    r += (160 * Math.sin(y / 12 * Math.PI) + 320 * Math.sin(y * Math.PI / 30)) * 2 / 3;
    return r;
  }
  function tLon(x, y) {
    var r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2 / 3;
    r += (20 * Math.sin(x * Math.PI) + 40 * Math.sin(x / 3 * Math.PI)) * 2 / 3;
    r += (150 * Math.sin(x / 12 * Math.PI) + 300 * Math.sin(x / 30 * Math.PI)) * 2 / 3;
    return r;
  }
  function wgsToGcj(lat, lon) {
    if (outOfChina(lat, lon)) { return [lat, lon]; }
    var dLat = tLat(lon - 105, lat - 35), dLon = tLon(lon - 105, lat - 35);
    var radLat = lat / 180 * Math.PI, magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    var sq = Math.sqrt(magic);
    dLat = (dLat * 180) / ((A * (1 - EE)) / (magic * sq) * Math.PI);
    dLon = (dLon * 180) / (A / sq * Math.cos(radLat) * Math.PI);
    return [lat + dLat, lon + dLon];
  }
  function gcjToWgs(lat, lon) {
    // One fixed-point step is within a metre or two, well inside a home pin's precision.
    var g = wgsToGcj(lat, lon);
    return [lat - (g[0] - lat), lon - (g[1] - lon)];
  }
  function show(lat, lon) { return settings.gcj02 ? wgsToGcj(lat, lon) : [lat, lon]; }
  function stored(lat, lon) { return settings.gcj02 ? gcjToWgs(lat, lon) : [lat, lon]; }

  function create(element) {
    var map = L.map(element, { scrollWheelZoom: false });
    var tiles = L.tileLayer(settings.url, { attribution: settings.attribution, maxZoom: settings.maxZoom });
    var failed = 0;
    tiles.on('tileerror', function () {
      failed++;
      if (failed === 1) { element.setAttribute('data-tiles', 'unavailable'); }
    });
    tiles.on('tileload', function () { element.setAttribute('data-tiles', 'loaded'); });
    tiles.addTo(map);
    map.setView([0, 0], 2);
    // Browser tests find the map here to tap a point of their choosing.
    element.shuttleMap = map;
    return map;
  }

  var COLOURS = ['#1f6b24', '#0b57d0', '#a0310c', '#6a1b9a', '#00696b', '#8a4b00'];

  /** Draws {lines:[{coordinates:[[lon,lat]...], colour, dashed, label}], points:[{lat,lon,kind,label}]}. */
  function draw(map, data) {
    var bounds = [];
    (data.lines || []).forEach(function (line, i) {
      if (!line.coordinates || line.coordinates.length < 2) { return; }
      var latlngs = line.coordinates.map(function (c) { return show(c[1], c[0]); });
      var l = L.polyline(latlngs, { color: line.colour || COLOURS[i % COLOURS.length], weight: line.dashed ? 4 : 5,
        dashArray: line.dashed ? '6 8' : null, opacity: 0.85 }).addTo(map);
      if (line.label) { l.bindTooltip(line.label); }
      bounds = bounds.concat(latlngs);
    });
    (data.points || []).forEach(function (p) {
      var at = show(p.lat, p.lon);
      var style = { home: ['#a0310c', 8], stop: ['#0b57d0', 8], school: ['#1f6b24', 10], next: ['#0b57d0', 12] }[p.kind] || ['#333', 6];
      var m = L.circleMarker(at, { radius: style[1], color: '#fff', weight: 2, fillColor: style[0], fillOpacity: 1 }).addTo(map);
      if (p.label) { m.bindTooltip(p.label); }
      bounds.push(at);
    });
    if (bounds.length === 1) { map.setView(bounds[0], 16); }
    else if (bounds.length > 1) { map.fitBounds(bounds, { padding: [20, 20] }); }
    return bounds.length;
  }

  function dataOf(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  window.ShuttleMap = { create: create, draw: draw, dataOf: dataOf, show: show, stored: stored };

  // Every element with data-map-source draws the JSON of that id.
  document.querySelectorAll('[data-map-source]').forEach(function (el) {
    var map = create(el);
    var count = draw(map, dataOf(el.getAttribute('data-map-source')));
    el.setAttribute('data-drawn', String(count));
  });
})();
