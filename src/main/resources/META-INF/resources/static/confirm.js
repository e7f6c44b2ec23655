/* Forms that cannot be undone ask first. */
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
  form.addEventListener('submit', function (e) {
    if (!window.confirm(form.getAttribute('data-confirm'))) { e.preventDefault(); }
  });
});
