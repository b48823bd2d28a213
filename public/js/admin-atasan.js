// Supervisor search: typing a name fills a datalist with matching staff (value = NIP / NI PPPK).
(function () {
  'use strict';
  var input = document.getElementById('f-atasan');
  var list = document.getElementById('daftar-atasan');
  if (!input || !list || !window.fetch) return;
  input.setAttribute('list', 'daftar-atasan');
  input.setAttribute('autocomplete', 'off');
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2 || /^\d{16,}$/.test(q)) return;
    timer = setTimeout(function () {
      fetch('/admin/pegawai/cari-atasan?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) {
          return r.ok ? r.json() : [];
        })
        .then(function (rows) {
          list.textContent = '';
          rows.forEach(function (p) {
            var o = document.createElement('option');
            o.value = p.id;
            o.label = p.nama + ' — ' + p.jabatan;
            o.textContent = p.nama + ' — ' + p.jabatan;
            list.appendChild(o);
          });
        })
        .catch(function () {});
    }, 250);
  });
})();
