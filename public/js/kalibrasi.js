// Calibration board: as predikat changes are proposed, recount the spread against the bounds
// (same rule as the server: share above max or below min is outside), highlight changed rows and
// ask for the reason. Without this script the form still works: the server recounts after saving.
(function () {
  'use strict';
  var tabel = document.getElementById('t-sebaran');
  var form = document.getElementById('form-kalibrasi');
  if (!tabel || !form) return;
  var baris = {};
  Array.prototype.forEach.call(tabel.querySelectorAll('tbody tr[data-predikat]'), function (tr) {
    baris[tr.getAttribute('data-predikat')] = {
      tr: tr,
      asal: parseInt(tr.getAttribute('data-jumlah'), 10) || 0,
      min: tr.getAttribute('data-min') === '' ? null : parseFloat(tr.getAttribute('data-min')),
      maks: tr.getAttribute('data-maks') === '' ? null : parseFloat(tr.getAttribute('data-maks')),
    };
  });
  var total = parseInt(tabel.getAttribute('data-total'), 10) || 0;
  var ringkas = document.getElementById('ringkas-sebaran');
  var fmtAngka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
  var TEKS = {
    sesuai: 'Dalam batas',
    di_atas_maks: 'Melebihi batas maksimal',
    di_bawah_min: 'Di bawah batas minimal',
    bebas: 'Tanpa batas',
  };

  function hitung() {
    var delta = {};
    var diubah = 0;
    Array.prototype.forEach.call(form.querySelectorAll('select[data-asal]'), function (sel) {
      var asal = sel.getAttribute('data-asal');
      var tr = sel.closest('tr');
      var berubah = sel.value !== asal;
      if (berubah) {
        diubah += 1;
        delta[asal] = (delta[asal] || 0) - 1;
        delta[sel.value] = (delta[sel.value] || 0) + 1;
      }
      if (tr) tr.classList.toggle('baris-diubah', berubah);
      var alasan = tr && tr.querySelector('textarea.alasan');
      if (alasan) {
        if (berubah) alasan.setAttribute('required', '');
        else alasan.removeAttribute('required');
        alasan.setAttribute('aria-required', berubah ? 'true' : 'false');
      }
    });
    var luar = [];
    Object.keys(baris).forEach(function (p) {
      var b = baris[p];
      var n = b.asal + (delta[p] || 0);
      var persen = total ? (n / total) * 100 : 0;
      var status = b.min === null ? 'bebas' : 'sesuai';
      if (b.min !== null && total > 0 && persen > b.maks + 1e-9) status = 'di_atas_maks';
      else if (b.min !== null && total > 0 && persen < b.min - 1e-9) status = 'di_bawah_min';
      b.tr.querySelector('[data-isi="jumlah"]').textContent = fmtAngka.format(n);
      b.tr.querySelector('[data-isi="persen"]').textContent = fmtAngka.format(Math.round(persen * 10) / 10) + '%';
      var st = b.tr.querySelector('[data-isi="status"]');
      st.textContent = TEKS[status];
      st.classList.toggle('di-luar', status === 'di_atas_maks' || status === 'di_bawah_min');
      if (status === 'di_atas_maks' || status === 'di_bawah_min') luar.push(b.tr.querySelector('th').textContent.trim());
    });
    if (ringkas) {
      ringkas.textContent =
        (diubah ? diubah + ' perubahan diusulkan (belum disimpan). ' : '') +
        (luar.length ? 'Di luar batas: ' + luar.join(', ') + '.' : 'Semua predikat dalam batas.');
    }
  }

  form.addEventListener('change', function (e) {
    if (e.target && e.target.matches && e.target.matches('select[data-asal]')) hitung();
  });
  // A changed predikat without a reason: the message goes to the reason box itself (is-invalid,
  // aria-invalid, aria-describedby → its .invalid-feedback), the choice and the typed text stay,
  // and the user lands on the first box in error (the same markup the server renders on a 400).
  var MIN = 10;
  var PESAN = 'Tulis alasan perubahan predikat (minimal ' + MIN + ' karakter).';
  function tandai(t, pesan) {
    var fb = document.getElementById(t.id + '-galat');
    if (fb) {
      fb.textContent = pesan || '';
      fb.classList.toggle('d-block', !!pesan);
    }
    t.classList.toggle('is-invalid', !!pesan);
    if (pesan) {
      t.setAttribute('aria-invalid', 'true');
      if (fb) t.setAttribute('aria-describedby', fb.id);
    } else {
      t.removeAttribute('aria-invalid');
      t.removeAttribute('aria-describedby');
    }
  }
  form.addEventListener('input', function (e) {
    var t = e.target;
    if (t && t.matches && t.matches('textarea.alasan.is-invalid') && t.value.trim().length >= MIN) tandai(t, '');
  });
  form.addEventListener('change', function (e) {
    var sel = e.target;
    if (!sel || !sel.matches || !sel.matches('select[data-asal]') || sel.value !== sel.getAttribute('data-asal')) return;
    var t = sel.closest('tr') && sel.closest('tr').querySelector('textarea.alasan.is-invalid');
    if (t) tandai(t, '');
  });
  form.addEventListener('submit', function (e) {
    var kosong = Array.prototype.filter.call(form.querySelectorAll('textarea.alasan[required]'), function (t) {
      return t.value.trim().length < MIN;
    });
    if (!kosong.length) return;
    e.preventDefault();
    kosong.forEach(function (t) {
      tandai(t, PESAN);
    });
    var t = kosong[0];
    t.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    t.focus({ preventScroll: true });
    if (ringkas) {
      ringkas.textContent =
        kosong.length === 1
          ? 'Satu predikat diubah tanpa alasan; tulis alasannya di kotak yang ditandai.'
          : kosong.length + ' predikat diubah tanpa alasan; tulis alasannya di kotak yang ditandai.';
    }
  });
  hitung();
})();
