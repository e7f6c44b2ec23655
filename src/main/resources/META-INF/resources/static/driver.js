/* The run screen: one tap per child, recorded on the phone first and sent when the network allows.
 * The queue lives in localStorage, so a reload or a dead battery does not lose a tap; each tap carries
 * its own id and the phone's time, so sending it twice records it once. */
(function () {
  'use strict';
  var root = document.getElementById('run');
  if (!root) { return; }
  var runId = root.getAttribute('data-run');
  var key = 'shuttle-run-queue-' + runId;
  var errorKey = 'shuttle-run-error-' + runId;
  var words = JSON.parse(document.getElementById('driver-words').textContent);
  var pending = document.getElementById('pending'), pendingCount = document.getElementById('pending-count');
  var errorBox = document.getElementById('tap-error');
  var sending = false;

  function queue() { try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { return []; } }
  function save(q) { localStorage.setItem(key, JSON.stringify(q)); show(); }
  function show() {
    var n = queue().length;
    pendingCount.textContent = String(n);
    pending.hidden = n === 0;
    root.setAttribute('data-pending', String(n));
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  var NEXT = { CHECKED_ON: 'ON_BOARD', NO_SHOW: 'NO_SHOW', CHECKED_OFF: 'OFF', HANDED_OVER: 'HANDED_OVER' };
  // Which taps make sense from each state; the service has the last word.
  var ALLOWED = { EXPECTED: ['CHECKED_ON', 'NO_SHOW'], NO_SHOW: ['CHECKED_ON'], ON_BOARD: ['CHECKED_OFF', 'HANDED_OVER'],
                  OFF: [], HANDED_OVER: [], EXCEPTION: [] };
  var fromSchool = root.getAttribute('data-direction') === 'FROM_SCHOOL';

  function paint(card) {
    var state = card.getAttribute('data-state');
    var handover = card.getAttribute('data-handover') === 'true';
    card.querySelector('.state').textContent = words.states[state] || state;
    card.querySelectorAll('button[data-type]').forEach(function (b) {
      var type = b.getAttribute('data-type');
      // Handing over to an adult happens at the home stop in the afternoon; at school children just get off.
      var ok = (ALLOWED[state] || []).indexOf(type) >= 0
        && !(type === 'CHECKED_OFF' && handover && fromSchool)
        && !(type === 'HANDED_OVER' && !fromSchool);
      b.disabled = !ok;
      b.hidden = !ok;
    });
    var adult = card.querySelector('select.adult');
    if (adult) {
      var handing = card.querySelector('button[data-type=HANDED_OVER]');
      adult.closest('label').hidden = !handing || handing.hidden;
    }
  }

  document.querySelectorAll('.rider').forEach(function (card) {
    paint(card);
    card.querySelectorAll('button[data-type]').forEach(function (b) {
      b.addEventListener('click', function () {
        var type = b.getAttribute('data-type');
        var event = { id: uuid(), type: type, childId: +card.getAttribute('data-child'), at: new Date().toISOString() };
        if (type === 'HANDED_OVER') {
          var adult = card.querySelector('select.adult');
          event.adultName = adult ? adult.value : null;
        }
        var q = queue(); q.push(event); save(q);
        card.setAttribute('data-state', NEXT[type]);
        paint(card);
        send();
      });
    });
  });

  function send() {
    var q = queue();
    if (sending || q.length === 0) { return Promise.resolve(q.length === 0); }
    sending = true;
    var batch = q.slice(0, 500);
    var body = new URLSearchParams();
    body.set(root.getAttribute('data-csrf-name'), root.getAttribute('data-csrf'));
    body.set('events', JSON.stringify({ events: batch }));
    return fetch('/app/driver/runs/' + runId + '/events', { method: 'POST', body: body, credentials: 'same-origin',
      headers: { Accept: 'application/json' } })
      .then(function (r) {
        sending = false;
        var sent = batch.map(function (e) { return e.id; });
        if (r.ok) {
          save(queue().filter(function (e) { return sent.indexOf(e.id) < 0; }));
          return send();
        }
        if (r.status >= 400 && r.status < 500 && r.status !== 401 && r.status !== 403 && r.status !== 408 && r.status !== 429) {
          // The service refused the batch as it stands: it never will accept it, so show why and reload the truth.
          return r.json().catch(function () { return {}; }).then(function (p) {
            save(queue().filter(function (e) { return sent.indexOf(e.id) < 0; }));
            sessionStorage.setItem(errorKey, p.detail || p.title || ('HTTP ' + r.status));
            location.reload();
            return false;
          });
        }
        return false;
      }, function () { sending = false; return false; });
  }

  var lastError = sessionStorage.getItem(errorKey);
  if (lastError) { errorBox.textContent = lastError; errorBox.hidden = false; sessionStorage.removeItem(errorKey); }

  window.addEventListener('online', send);
  setInterval(send, 5000);
  show();
  send();

  var complete = document.getElementById('complete-form');
  if (complete) {
    complete.addEventListener('submit', function (e) {
      if (queue().length === 0) { return; }
      e.preventDefault();
      send().then(function (done) {
        if (done && queue().length === 0) { complete.submit(); }
        else { errorBox.textContent = words.offline; errorBox.hidden = false; }
      });
    });
  }
})();
