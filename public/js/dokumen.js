// Print button of the Dokumen Evaluasi Kinerja (the page prints fine from the browser menu too).
(function () {
  'use strict';
  document.querySelectorAll('[data-cetak]').forEach(function (b) {
    b.addEventListener('click', function () {
      window.print();
    });
  });
})();
