// Draws each report chart from the data table beside it, so the chart and the table can never
// disagree. Without this script (or Chart.js) the tables alone carry every number.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') return;
  var WARNA = ['#0b5394', '#b35c00', '#146c43', '#6f42c1', '#b02a37', '#5c636a', '#0d7a8a', '#8a6d00'];
  var WARNA_STATUS = {
    BELUM_MULAI: '#6c757d',
    DRAFT: '#c29b00',
    DIKIRIM: '#0b5394',
    DIKEMBALIKAN: '#b02a37',
    DINILAI: '#6f42c1',
    FINAL: '#146c43',
    SANGAT_BAIK: '#146c43',
    BAIK: '#4f9a6b',
    BUTUH_PERBAIKAN: '#c29b00',
    KURANG: '#d9631e',
    SANGAT_KURANG: '#b02a37',
  };
  function angka(s) {
    var v = parseFloat(String(s).replace(',', '.'));
    return isNaN(v) ? null : v;
  }
  document.querySelectorAll('canvas[data-tabel]').forEach(function (kanvas) {
    var tabel = document.getElementById(kanvas.getAttribute('data-tabel'));
    if (!tabel) return;
    var seri = Array.prototype.map.call(tabel.querySelectorAll('thead th[data-s]'), function (th) {
      return { kunci: th.getAttribute('data-s'), label: th.textContent.trim() };
    });
    var baris = Array.prototype.slice.call(tabel.querySelectorAll('tbody tr')).filter(function (tr) {
      return tr.querySelector('td[data-value]');
    });
    var label = baris.map(function (tr) {
      var th = tr.querySelector('th[data-label]');
      return th ? th.getAttribute('data-label') : '';
    });
    var jenis = kanvas.getAttribute('data-jenis') || 'bar';
    var bertumpuk = kanvas.hasAttribute('data-bertumpuk');
    var mendatar = kanvas.hasAttribute('data-mendatar');
    var persen = kanvas.hasAttribute('data-persen');
    var datasets = seri.map(function (s, i) {
      var warna = WARNA_STATUS[s.kunci] || WARNA[i % WARNA.length];
      return {
        label: s.label,
        data: baris.map(function (tr) {
          var td = tr.querySelector('td[data-s="' + s.kunci + '"]');
          return td ? angka(td.getAttribute('data-value')) : null;
        }),
        backgroundColor: warna,
        borderColor: warna,
        borderWidth: jenis === 'line' ? 2 : 0,
        pointRadius: jenis === 'line' ? 1 : undefined,
        fill: false,
      };
    });
    var sumbuNilai = { stacked: bertumpuk, beginAtZero: true, ticks: { precision: 0 } };
    if (persen && bertumpuk) sumbuNilai.max = 100;
    if (persen)
      sumbuNilai.ticks.callback = function (v) {
        return v + '%';
      };
    var sumbuLabel = { stacked: bertumpuk, ticks: { autoSkip: jenis === 'line' } };
    new window.Chart(kanvas, {
      type: jenis,
      data: { labels: label, datasets: datasets },
      options: {
        indexAxis: mendatar ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: mendatar ? { x: sumbuNilai, y: sumbuLabel } : { x: sumbuLabel, y: sumbuNilai },
        plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
      },
    });
    kanvas.setAttribute('data-tergambar', '1');
  });
})();
