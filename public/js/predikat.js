// Rating page: shows the predikat as it follows from the period's matrix, and each competency's
// gap, as the rater chooses. The server computes the same on save.
(function () {
  'use strict';
  var live = document.querySelector('.predikat-live');
  if (!live) return;
  var matriks = {};
  try {
    matriks = JSON.parse(live.getAttribute('data-matriks') || '{}');
  } catch (e) {
    matriks = {};
  }
  var out = live.querySelector('[data-predikat]');
  function checked(name) {
    var el = document.querySelector('input[name="' + name + '"]:checked');
    return el ? el.value : '';
  }
  function update() {
    var h = checked('ratingHasilKerja');
    var p = checked('ratingPerilaku');
    out.textContent = h && p ? matriks[h + '|' + p] || '—' : '— (pilih kedua rating)';
  }
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (!t || !t.name) return;
    if (t.hasAttribute('data-rating')) update();
    var gap = document.querySelector('[data-gap-for="' + t.name + '"]');
    if (gap) {
      var std = Number(gap.getAttribute('data-standar'));
      var v = Number(t.value);
      gap.textContent = !v ? '' : std - v > 0 ? 'Kesenjangan: ' + (std - v) + ' level di bawah standar' : 'Memenuhi standar';
    }
  });
})();
