/* While a draft computes, its progress bar follows the planner and the page reloads when it is done. */
(function () {
  'use strict';
  var plan = document.getElementById('plan');
  if (!plan || plan.getAttribute('data-status') !== 'RUNNING') { return; }
  var bar = document.getElementById('plan-progress'), stage = document.getElementById('plan-stage');
  function poll() {
    fetch('/app/coordinator/plans/' + plan.getAttribute('data-plan') + '/progress', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        bar.value = p.progress; bar.textContent = p.progress + '%';
        stage.textContent = p.stage || '';
        if (p.status !== 'RUNNING') { location.reload(); } else { setTimeout(poll, 1000); }
      }, function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
