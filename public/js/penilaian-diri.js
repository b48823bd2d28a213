// Self-assessment on a phone (progressive enhancement; the page is one complete form without it).
//
// 1. Once a competency level is chosen, the other levels' descriptions and behaviour indicators
//    fold away (the chosen one stays); a button in the group shows them all again.
// 2. One step at a time: the "Hasil kerja" section, each competency, and the BerAKHLAK section
//    are steps (data-langkah in diri.ejs). A navigator with "Sebelumnya"/"Berikutnya" and a
//    position ("Kompetensi 3 dari 11") moves between them and puts focus on the new step's
//    heading. On by default below 768 px, switchable either way (remembered on this device).
//    Nothing is removed from the form: hidden steps still belong to it, so autosave, progress,
//    "Simpan" and "Kirim ke atasan" see every field. Links into a hidden step (error summary,
//    "Kirim" checklist, section links, the tour) show that step first (event "sikap:tampilkan",
//    sent by app.js and tur-singkat.js).
(function () {
  'use strict';
  var form = document.getElementById('form-diri');
  if (!form) return;
  var each = function (list, fn) {
    Array.prototype.forEach.call(list, fn);
  };
  // Step changes and keeping a choice in place are page turns, not animations (and they must
  // win over a smooth scroll still running from the last Tab).
  function gulirKe(y) {
    window.scrollTo({ top: Math.max(0, y), behavior: 'instant' });
  }
  function gulirAtas(el, jarak) {
    gulirKe(el.getBoundingClientRect().top + window.scrollY - (jarak || 0));
  }

  // ── 1. Folded level descriptions ──
  var TEKS_BUKA = 'Tampilkan uraian semua level';
  var TEKS_TUTUP = 'Ringkas: uraian level terpilih saja';
  each(document.querySelectorAll('fieldset.level-group[data-level-ringkas]'), function (fs) {
    fs.classList.add('ringkas');
    var legend = fs.querySelector('legend');
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-link btn-sm p-0 mb-2 level-uraian-tombol';
    b.setAttribute('aria-controls', fs.id);
    b.setAttribute('aria-expanded', 'false');
    b.textContent = TEKS_BUKA;
    if (legend && legend.nextSibling) fs.insertBefore(b, legend.nextSibling);
    else fs.appendChild(b);
  });
  function setUraian(fs, semua) {
    fs.classList.toggle('uraian-semua', semua);
    var b = fs.querySelector('.level-uraian-tombol');
    if (b) {
      b.setAttribute('aria-expanded', semua ? 'true' : 'false');
      b.textContent = semua ? TEKS_TUTUP : TEKS_BUKA;
    }
  }
  document.addEventListener('click', function (e) {
    var b = e.target && e.target.closest && e.target.closest('.level-uraian-tombol');
    if (!b) return;
    var fs = b.closest('fieldset');
    setUraian(fs, !fs.classList.contains('uraian-semua'));
  });
  // The option the pointer pressed stays under the pointer while the others fold.
  var jangkar = null;
  document.addEventListener(
    'pointerdown',
    function (e) {
      var opt = e.target && e.target.closest && e.target.closest('fieldset.ringkas .level-option');
      jangkar = opt ? { el: opt, top: opt.getBoundingClientRect().top } : null;
    },
    true,
  );
  document.addEventListener('change', function (e) {
    var r = e.target;
    if (!r || r.type !== 'radio') return;
    var fs = r.closest('fieldset.ringkas');
    if (!fs) return;
    setUraian(fs, false);
    var opt = r.closest('.level-option');
    if (!opt) return;
    if (jangkar && jangkar.el === opt) {
      var d = opt.getBoundingClientRect().top - jangkar.top;
      if (d) gulirKe(window.scrollY + d);
    } else {
      var box = opt.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) opt.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
    jangkar = null;
  });

  // ── 2. One step at a time ──
  var langkah = Array.prototype.slice.call(document.querySelectorAll('[data-langkah]'));
  if (langkah.length < 2) return;
  var grup = document.querySelectorAll('[data-langkah-grup]');
  var kunci = 'sikap:langkah:' + (form.getAttribute('data-kunci') || 'diri');
  var KUNCI_MODE = 'sikap:langkah-mode';
  var n = langkah.length;
  // "Kompetensi 3 dari 11" for steps of a kind, the section's name otherwise.
  var jenisTotal = {};
  var jenisKe = langkah.map(function (el) {
    var j = el.getAttribute('data-langkah-jenis');
    if (!j) return 0;
    jenisTotal[j] = (jenisTotal[j] || 0) + 1;
    return jenisTotal[j];
  });
  function nama(i) {
    var el = langkah[i];
    var j = el.getAttribute('data-langkah-jenis');
    return j ? j + ' ' + jenisKe[i] + ' dari ' + jenisTotal[j] : el.getAttribute('data-langkah-nama') || '';
  }
  function puncak(el) {
    // The outermost step or group: the sections of the page.
    var top = el;
    for (var p = el.parentElement; p; p = p.parentElement)
      if (p.hasAttribute('data-langkah') || p.hasAttribute('data-langkah-grup')) top = p;
    return top;
  }
  var pertama = puncak(langkah[0]);
  var terakhir = puncak(langkah[n - 1]);

  var atas = document.createElement('p');
  atas.className = 'langkah-posisi';
  atas.id = 'langkah-posisi';
  atas.innerHTML = '<strong data-posisi></strong> <span class="langkah-ke" data-langkah-ke></span>';
  pertama.parentNode.insertBefore(atas, pertama);

  var nav = document.createElement('nav');
  nav.className = 'langkah-nav';
  nav.setAttribute('aria-label', 'Pindah langkah penilaian diri');
  nav.innerHTML =
    '<p class="langkah-nav-posisi" data-posisi></p>' +
    '<div class="langkah-tombol">' +
    '<button type="button" class="btn btn-outline-primary" data-langkah-arah="-1">Sebelumnya</button>' +
    '<button type="button" class="btn btn-primary" data-langkah-arah="1">Berikutnya</button>' +
    '</div>' +
    '<p class="mb-0 mt-2"><button type="button" class="btn btn-link btn-sm p-0" data-langkah-mode="semua">Tampilkan semua bagian dalam satu halaman</button></p>';
  terakhir.parentNode.insertBefore(nav, terakhir.nextSibling);

  var keSatu = document.createElement('p');
  keSatu.className = 'langkah-mode-satu';
  keSatu.innerHTML =
    '<button type="button" class="btn btn-sm btn-outline-secondary" data-langkah-mode="satu">Isi satu bagian demi satu bagian</button>';
  var sectionNav = document.querySelector('.section-nav');
  (sectionNav || atas).parentNode.insertBefore(keSatu, (sectionNav || atas).nextSibling);

  var sebelumnya = nav.querySelector('[data-langkah-arah="-1"]');
  var berikutnya = nav.querySelector('[data-langkah-arah="1"]');
  var cur = 0;
  var mode = 'semua';
  var kembaliKe = null; // the step before the tour borrowed the page

  function indeksUntuk(el) {
    for (var i = 0; i < n; i++) if (langkah[i] === el || langkah[i].contains(el)) return i;
    // A group (a whole section): its first step, unless the current one is in it already.
    if (el.contains(langkah[cur])) return cur;
    for (var j = 0; j < n; j++) if (el.contains(langkah[j])) return j;
    return -1;
  }
  function judul(i) {
    return langkah[i].querySelector('[data-langkah-judul]') || langkah[i];
  }

  function tampil(i, opsi) {
    cur = Math.max(0, Math.min(n - 1, i));
    var el = langkah[cur];
    var satu = mode === 'satu';
    langkah.forEach(function (s, j) {
      s.hidden = satu && j !== cur;
    });
    each(grup, function (g) {
      g.hidden = satu && !g.contains(el);
    });
    atas.hidden = !satu;
    nav.hidden = !satu;
    keSatu.hidden = satu;
    each(document.querySelectorAll('[data-posisi]'), function (p) {
      p.textContent = nama(cur);
    });
    atas.querySelector('[data-langkah-ke]').textContent = '· langkah ' + (cur + 1) + ' dari ' + n;
    sebelumnya.disabled = cur === 0;
    berikutnya.disabled = cur === n - 1;
    langkah.forEach(function (s, j) {
      var h = judul(j);
      if (satu && j === cur) h.setAttribute('aria-describedby', 'langkah-posisi');
      else if (h.getAttribute('aria-describedby') === 'langkah-posisi') h.removeAttribute('aria-describedby');
    });
    try {
      sessionStorage.setItem(kunci, el.id || String(cur));
    } catch (e) {
      /* private mode */
    }
    if (satu && opsi && opsi.fokus) {
      var h = judul(cur);
      if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
      gulirAtas(atas, 8);
      if (h.getBoundingClientRect().bottom > window.innerHeight) gulirAtas(h, 8);
      h.focus({ preventScroll: true });
    }
  }
  function aturMode(m, opsi) {
    mode = m;
    try {
      localStorage.setItem(KUNCI_MODE, m);
    } catch (e) {
      /* private mode */
    }
    tampil(cur, opsi);
  }

  nav.addEventListener('click', function (e) {
    var b = e.target && e.target.closest && e.target.closest('[data-langkah-arah]');
    if (b && !b.disabled) tampil(cur + Number(b.getAttribute('data-langkah-arah')), { fokus: true });
  });
  document.addEventListener('click', function (e) {
    var b = e.target && e.target.closest && e.target.closest('[data-langkah-mode]');
    if (!b) return;
    var m = b.getAttribute('data-langkah-mode');
    aturMode(m, { fokus: m === 'satu' });
    if (m === 'semua') {
      // Stay where the user was reading.
      var h = judul(cur);
      if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
      gulirAtas(h, 8);
      h.focus({ preventScroll: true });
    }
  });
  // Something inside a hidden step is wanted (error summary link, section link, the tour).
  document.addEventListener('sikap:tampilkan', function (e) {
    if (mode !== 'satu') return;
    var i = indeksUntuk(e.target);
    if (i < 0) return;
    if (e.detail && e.detail.sementara && kembaliKe === null) kembaliKe = cur;
    if (i !== cur) tampil(i);
  });
  document.addEventListener('sikap:tur-selesai', function () {
    if (kembaliKe !== null) tampil(kembaliKe);
    kembaliKe = null;
  });
  window.addEventListener('hashchange', function () {
    var t = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (t && mode === 'satu') {
      var i = indeksUntuk(t);
      if (i >= 0 && i !== cur) {
        tampil(i);
        gulirAtas(t, 8);
      }
    }
  });

  // Start: the step of the first error, else of the #anchor, else where this tab last was.
  var pref = null;
  try {
    pref = localStorage.getItem(KUNCI_MODE);
  } catch (e) {
    /* ignore */
  }
  mode =
    pref === 'satu' || pref === 'semua' ? pref : window.matchMedia && window.matchMedia('(max-width: 767.98px)').matches ? 'satu' : 'semua';
  var mulai = 0;
  var sasaran = null;
  var tautanGalat = document.querySelector('#ringkasan-galat a[href^="#"], #ringkasan-konflik a[href^="#"]');
  if (tautanGalat) sasaran = document.getElementById(decodeURIComponent(tautanGalat.getAttribute('href').slice(1)));
  var dariHash = false;
  if (!sasaran && location.hash.length > 1) {
    sasaran = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    dariHash = !!sasaran;
  }
  if (sasaran && indeksUntuk(sasaran) >= 0) mulai = indeksUntuk(sasaran);
  else {
    var simpan = null;
    try {
      simpan = sessionStorage.getItem(kunci);
    } catch (e) {
      /* ignore */
    }
    if (simpan) {
      var byId = document.getElementById(simpan);
      var idx = byId ? langkah.indexOf(byId) : Number(simpan);
      if (idx >= 0 && idx < n) mulai = idx;
    }
  }
  tampil(mulai);
  if (dariHash && mode === 'satu') gulirAtas(sasaran, 8);
})();
