/* The run screen shares the phone's position while the run is on its way, once the driver has switched it on
 * (the browser asks for consent too). Fixes are queued on the phone and sent every 15 s; when offline they wait
 * and are sent later, for the record: the service will not send families a "near" message from an old fix. */
(function () {
  'use strict';
  var root = document.getElementById('run');
  var button = document.getElementById('share-position');
  if (!root || !button || !navigator.geolocation) { if (button) { button.hidden = true; } return; }
  var runId = root.getAttribute('data-run');
  var consentKey = 'shuttle-position-consent-' + runId, queueKey = 'shuttle-position-queue-' + runId;
  var words = JSON.parse(document.getElementById('driver-words').textContent);
  var status = document.getElementById('position-status');
  var watch = null, latest = null, lastQueued = null, sending = false;

  function queue() { try { return JSON.parse(localStorage.getItem(queueKey) || '[]'); } catch (e) { return []; } }
  function save(q) { localStorage.setItem(queueKey, JSON.stringify(q.slice(-500))); show(); }
  function show() {
    var n = queue().length;
    status.textContent = words.sharing + (n > 1 ? ' · ' + n + ' ' + words.waitingFixes : '');
    root.setAttribute('data-positions-pending', String(n));
  }

  function take() {
    if (!latest || latest === lastQueued) { return; }
    lastQueued = latest;
    var q = queue();
    q.push({ at: new Date(latest.timestamp).toISOString(), lat: latest.coords.latitude, lon: latest.coords.longitude,
             accuracy: latest.coords.accuracy });
    save(q);
    send();
  }

  function send() {
    var q = queue();
    if (sending || q.length === 0) { return; }
    sending = true;
    var batch = q.slice(0, 200), sent = batch.map(function (p) { return p.at; });
    var body = new URLSearchParams();
    body.set(root.getAttribute('data-csrf-name'), root.getAttribute('data-csrf'));
    body.set('positions', JSON.stringify({ positions: batch }));
    fetch('/app/driver/runs/' + runId + '/positions', { method: 'POST', body: body, credentials: 'same-origin',
      headers: { Accept: 'application/json' } })
      .then(function (r) {
        sending = false;
        if (r.ok || (r.status >= 400 && r.status < 500 && r.status !== 401 && r.status !== 408 && r.status !== 429)) {
          // Recorded, or refused for good (the run is over): either way these fixes are done with.
          save(queue().filter(function (p) { return sent.indexOf(p.at) < 0; }));
          if (r.status === 409) { stop(); }
        }
      }, function () { sending = false; });
  }

  function start() {
    localStorage.setItem(consentKey, 'yes');
    button.hidden = true;
    show();
    watch = navigator.geolocation.watchPosition(function (p) { latest = p; if (!lastQueued) { take(); } },
      function (e) { if (e.code === 1) { status.textContent = words.denied; stop(); } },
      { enableHighAccuracy: true, maximumAge: 10000, timeout: 30000 });
  }

  function stop() {
    if (watch !== null) { navigator.geolocation.clearWatch(watch); watch = null; }
    localStorage.removeItem(consentKey);
  }

  button.addEventListener('click', start);
  if (root.getAttribute('data-status') !== 'IN_PROGRESS') { return; }
  if (localStorage.getItem(consentKey) === 'yes') { start(); }
  setInterval(function () { take(); send(); }, 15000);
  window.addEventListener('online', send);
})();
