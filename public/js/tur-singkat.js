/*
 * Tur singkat — a standalone walkthrough (progressive enhancement; the page works without it).
 *
 * How to hook it into a page (e.g. the self-assessment at /penilaian):
 *   1. Mark the steps:  <div data-tur="penilaian-diri" data-tur-langkah="1"
 *                            data-tur-judul="Realisasi" data-tur-teks="Isi realisasi setiap indikator…">
 *      (data-tur = the tour's name; steps run in data-tur-langkah order.)
 *   2. Add the button:  <button type="button" data-tur-tombol="penilaian-diri" hidden>Tur singkat</button>
 *      (the script un-hides it; without JS it stays hidden.)
 *   3. Load the script: scripts: ['/static/js/tur-singkat.js'] in the page locals,
 *      and styles: ['/static/css/pengembangan.css'] for the highlight and the box.
 *   Optional: data-tur-otomatis on the button starts the tour once for first-time users
 *   (remembered in localStorage under "sikap.tur.<name>").
 * Keyboard: Enter/→ next, ← back, Esc closes; focus returns to the button.
 */
(function () {
  'use strict';
  function langkahUntuk(nama) {
    var el = Array.prototype.slice.call(document.querySelectorAll('[data-tur="' + nama + '"]'));
    return el.sort(function (a, b) {
      return Number(a.getAttribute('data-tur-langkah') || 0) - Number(b.getAttribute('data-tur-langkah') || 0);
    });
  }
  function mulai(nama, tombol) {
    var langkah = langkahUntuk(nama);
    if (!langkah.length) return;
    var i = 0;
    var kotak = document.createElement('div');
    kotak.className = 'tur-kotak';
    kotak.setAttribute('role', 'dialog');
    kotak.setAttribute('aria-modal', 'false');
    kotak.setAttribute('aria-labelledby', 'tur-judul');
    kotak.innerHTML =
      '<p class="small text-body-secondary mb-1" id="tur-posisi"></p><h2 id="tur-judul" tabindex="-1"></h2><p id="tur-teks"></p>' +
      '<div class="d-flex gap-2 justify-content-end"><button type="button" class="btn btn-sm btn-outline-secondary" data-aksi="tutup">Tutup</button>' +
      '<button type="button" class="btn btn-sm btn-outline-primary" data-aksi="kembali">Sebelumnya</button>' +
      '<button type="button" class="btn btn-sm btn-primary" data-aksi="lanjut">Berikutnya</button></div>';
    document.body.appendChild(kotak);
    function tampil() {
      langkah.forEach(function (el) {
        el.classList.remove('tur-aktif');
      });
      var el = langkah[i];
      el.classList.add('tur-aktif');
      // A page that shows one part at a time (the self-assessment on a phone) shows this one.
      el.dispatchEvent(new CustomEvent('sikap:tampilkan', { bubbles: true, detail: { sementara: true } }));
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      kotak.querySelector('#tur-posisi').textContent = 'Langkah ' + (i + 1) + ' dari ' + langkah.length;
      kotak.querySelector('#tur-judul').textContent = el.getAttribute('data-tur-judul') || '';
      kotak.querySelector('#tur-teks').textContent = el.getAttribute('data-tur-teks') || '';
      kotak.querySelector('[data-aksi="kembali"]').disabled = i === 0;
      kotak.querySelector('[data-aksi="lanjut"]').textContent = i === langkah.length - 1 ? 'Selesai' : 'Berikutnya';
      kotak.querySelector('#tur-judul').focus();
    }
    function tutup() {
      langkah.forEach(function (el) {
        el.classList.remove('tur-aktif');
      });
      document.removeEventListener('keydown', tombolKeyboard);
      kotak.remove();
      document.dispatchEvent(new CustomEvent('sikap:tur-selesai'));
      try {
        localStorage.setItem('sikap.tur.' + nama, 'selesai');
      } catch (e) {
        /* private mode */
      }
      if (tombol) tombol.focus();
    }
    function lanjut() {
      if (i < langkah.length - 1) {
        i += 1;
        tampil();
      } else tutup();
    }
    function kembali() {
      if (i > 0) {
        i -= 1;
        tampil();
      }
    }
    function tombolKeyboard(e) {
      if (e.key === 'Escape') tutup();
      else if (e.key === 'ArrowRight') lanjut();
      else if (e.key === 'ArrowLeft') kembali();
    }
    kotak.addEventListener('click', function (e) {
      var a = e.target && e.target.getAttribute && e.target.getAttribute('data-aksi');
      if (a === 'tutup') tutup();
      else if (a === 'lanjut') lanjut();
      else if (a === 'kembali') kembali();
    });
    document.addEventListener('keydown', tombolKeyboard);
    tampil();
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-tur-tombol]'), function (tombol) {
    var nama = tombol.getAttribute('data-tur-tombol');
    if (!langkahUntuk(nama).length) return;
    tombol.hidden = false;
    tombol.addEventListener('click', function () {
      mulai(nama, tombol);
    });
    var pernah = null;
    try {
      pernah = localStorage.getItem('sikap.tur.' + nama);
    } catch (e) {
      /* ignore */
    }
    if (tombol.hasAttribute('data-tur-otomatis') && !pernah) mulai(nama, tombol);
  });
})();
