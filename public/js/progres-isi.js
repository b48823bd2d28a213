// Issue 16: the self-assessment may take an indicator's realisation from the progress log's sum,
// only when the employee clicks (never silently). The value lands in the field, which autosaves.
(function () {
  document.querySelectorAll('[data-isi-realisasi]').forEach(function (btn) {
    var input = document.getElementById(btn.getAttribute('data-isi-realisasi'));
    if (!input || input.disabled) return;
    btn.hidden = false;
    btn.addEventListener('click', function () {
      input.value = btn.getAttribute('data-nilai');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.focus();
    });
  });
})();
