// Progressive enhancements shared by every page. Pages work without this file.
(function () {
  'use strict';
  // Move focus to the error summary after a failed submit, so screen-reader users hear it.
  var summary = document.getElementById('ringkasan-galat');
  if (summary) summary.focus();
  // Confirm destructive or final actions marked with data-konfirmasi.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var msg = form && form.getAttribute && form.getAttribute('data-konfirmasi');
    if (msg && !window.confirm(msg)) e.preventDefault();
  });
})();
