// Autosave for long forms (self-assessment, rating). The page works without this file: the
// "Simpan" button posts the whole form. With it, each change is saved to the server a moment
// after typing stops and when the page is hidden; unsaved text is also kept in localStorage so a
// failed save, an expired session or a closed tab never loses it.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch) return;
  var url = form.getAttribute('data-autosave');
  var formId = form.id;
  var csrf = form.querySelector('input[name="_csrf"]').value;
  var versiInput = form.querySelector('input[name="_versi"]');
  var baseInput = form.querySelector('input[name="_base"]');
  var base = {};
  try {
    base = JSON.parse(baseInput.value || '{}');
  } catch (e) {
    base = {};
  }
  var versi = Number(versiInput.value);
  var statusEl = document.querySelector('[data-autosave-status]');
  // The key names the page and the signed-in user, so another person on this browser never gets the text back.
  var storeKey = 'sikap:' + form.getAttribute('data-kunci');
  // The server's signed mark of who types here: a save caught after the session expired is kept for this user only.
  var pemilik = form.getAttribute('data-pemilik') || '';
  var dirty = {};
  var timer = null;
  var inflight = false;
  var delay = 2000;
  var stopped = false;

  function fieldsNamed(name) {
    return document.querySelectorAll('[form="' + formId + '"][name="' + name + '"]');
  }
  function allFields() {
    return document.querySelectorAll('[form="' + formId + '"][data-field]');
  }
  function valueOf(name) {
    var els = fieldsNamed(name);
    if (els.length && els[0].type === 'radio') {
      for (var i = 0; i < els.length; i++) if (els[i].checked) return els[i].value;
      return '';
    }
    return els.length ? els[0].value : '';
  }
  function setValue(name, v) {
    var els = fieldsNamed(name);
    for (var i = 0; i < els.length; i++) {
      if (els[i].type === 'radio') els[i].checked = els[i].value === v;
      else els[i].value = v;
    }
  }
  function say(text, kind) {
    if (!statusEl) return;
    statusEl.textContent = '';
    statusEl.className = 'save-status me-auto' + (kind ? ' save-' + kind : '');
    if (typeof text === 'string') statusEl.textContent = text;
    else statusEl.appendChild(text);
  }
  function jam() {
    var d = new Date();
    return String(d.getHours()).padStart(2, '0') + '.' + String(d.getMinutes()).padStart(2, '0');
  }
  function keys(o) {
    return Object.keys(o);
  }
  function backup() {
    try {
      if (keys(dirty).length) localStorage.setItem(storeKey, JSON.stringify({ dirty: dirty, at: Date.now() }));
      else localStorage.removeItem(storeKey);
    } catch (e) {
      /* private mode: the server copy still counts */
    }
  }
  function showError(name, msg) {
    var el = document.querySelector('[data-error-for="' + name + '"]');
    if (el) el.textContent = msg || '';
    var inputs = fieldsNamed(name);
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].type !== 'radio') inputs[i].classList.toggle('is-invalid', !!msg);
      if (msg) inputs[i].setAttribute('aria-invalid', 'true');
      else inputs[i].removeAttribute('aria-invalid');
    }
  }
  function progress() {
    var filled = document.querySelector('[data-progress-filled]');
    if (!filled) return;
    var seen = {};
    var total = 0;
    var done = 0;
    var req = document.querySelectorAll('[form="' + formId + '"][data-wajib]');
    for (var i = 0; i < req.length; i++) {
      var n = req[i].name;
      if (seen[n]) continue;
      seen[n] = true;
      total += 1;
      if (String(valueOf(n)).trim() !== '') done += 1;
    }
    filled.textContent = String(done);
    var tot = document.querySelector('[data-progress-total]');
    if (tot) tot.textContent = String(total);
    var bar = document.querySelector('[data-progress-bar]');
    if (bar) {
      bar.className = 'progress-bar bar-' + (total ? Math.round((done / total) * 20) * 5 : 0);
      bar.parentNode.setAttribute('aria-valuenow', String(done));
      bar.parentNode.setAttribute('aria-valuemax', String(total));
    }
  }
  function schedule(ms) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(save, ms);
  }
  function payload() {
    var sent = {};
    var b = {};
    keys(dirty).forEach(function (k) {
      sent[k] = dirty[k];
      if (k in base) b[k] = base[k];
    });
    return { sent: sent, body: JSON.stringify({ versi: versi, fields: sent, base: b, _csrf: csrf, _pemilik: pemilik }) };
  }
  function conflictPanel(conflicts) {
    var box = document.getElementById('konflik-autosave');
    if (!box) {
      box = document.createElement('div');
      box.id = 'konflik-autosave';
      box.className = 'alert alert-warning';
      box.setAttribute('role', 'alert');
      var first = document.querySelector('main section.card') || form;
      first.parentNode.insertBefore(box, first);
    }
    box.textContent = '';
    var p = document.createElement('p');
    p.className = 'fw-semibold';
    p.textContent = 'Sebagian isian telah diubah di tab atau perangkat lain. Pilih yang dipakai:';
    box.appendChild(p);
    conflicts.forEach(function (c) {
      var row = document.createElement('div');
      row.className = 'mb-2';
      var label = document.createElement('p');
      label.className = 'mb-1';
      label.textContent =
        c.label + ' — tersimpan: “' + (c.tersimpan || '(kosong)') + '”; isian Anda: “' + (c.isianAnda || '(kosong)') + '”.';
      var mine = document.createElement('button');
      mine.type = 'button';
      mine.className = 'btn btn-sm btn-primary me-2';
      mine.textContent = 'Pakai isian saya';
      mine.addEventListener('click', function () {
        base[c.key] = c.tersimpan;
        dirty[c.key] = c.isianAnda;
        row.remove();
        schedule(10);
      });
      var theirs = document.createElement('button');
      theirs.type = 'button';
      theirs.className = 'btn btn-sm btn-outline-secondary';
      theirs.textContent = 'Pakai yang tersimpan';
      theirs.addEventListener('click', function () {
        base[c.key] = c.tersimpan;
        setValue(c.key, c.tersimpan);
        delete dirty[c.key];
        backup();
        row.remove();
        progress();
      });
      row.appendChild(label);
      row.appendChild(mine);
      row.appendChild(theirs);
      box.appendChild(row);
    });
  }
  function applyResult(res, sent) {
    versi = res.versi;
    versiInput.value = String(versi);
    (res.saved || []).forEach(function (k) {
      base[k] = res.current[k];
      if (dirty[k] === sent[k]) delete dirty[k];
      showError(k, '');
    });
    keys(sent).forEach(function (k) {
      if (
        (res.saved || []).indexOf(k) < 0 &&
        !(res.errors && res.errors[k]) &&
        !(res.conflicts || []).some(function (c) {
          return c.key === k;
        })
      ) {
        // Unchanged on the server: nothing to save.
        if (dirty[k] === sent[k]) delete dirty[k];
        base[k] = res.current[k];
      }
    });
    Object.keys(res.errors || {}).forEach(function (k) {
      showError(k, res.errors[k]);
    });
    baseInput.value = JSON.stringify(base);
    backup();
  }
  function save() {
    if (stopped || inflight || !keys(dirty).length) return;
    inflight = true;
    var pl = payload();
    say('Menyimpan…');
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'x-csrf-token': csrf },
      body: pl.body,
    })
      .then(function (r) {
        return r
          .json()
          .catch(function () {
            return {};
          })
          .then(function (j) {
            return { status: r.status, body: j };
          });
      })
      .then(function (r) {
        inflight = false;
        if (r.status === 200 || r.status === 422 || (r.status === 409 && r.body.conflicts)) {
          delay = 2000;
          applyResult(r.body, pl.sent);
          if (r.status === 422) say('Sebagian isian belum benar; lihat pesan di dekat isian.', 'galat');
          else if (r.status === 409) {
            say('Ada isian yang diubah di tempat lain.', 'galat');
            conflictPanel(r.body.conflicts);
          } else say('Tersimpan ' + (r.body.savedAt || jam()), 'ok');
          progress();
          if (keys(dirty).length && r.status === 200) schedule(500);
          return;
        }
        if (r.status === 401) {
          stopped = true;
          var span = document.createElement('span');
          span.textContent = 'Sesi berakhir. Isian Anda disimpan sementara. ';
          var a = document.createElement('a');
          a.href = r.body.masuk || '/masuk';
          a.textContent = 'Masuk lagi';
          span.appendChild(a);
          say(span, 'galat');
          return;
        }
        if (r.status === 403 || r.status === 409) {
          stopped = true;
          say((r.body && r.body.pesan) || 'Halaman ini kedaluwarsa. Isian tersimpan di perangkat ini; muat ulang halaman.', 'galat');
          return;
        }
        throw new Error('status ' + r.status);
      })
      .catch(function () {
        inflight = false;
        say('Gagal menyimpan — mencoba lagi dalam ' + Math.round(delay / 1000) + ' detik. Isian tetap aman di perangkat ini.', 'galat');
        schedule(delay);
        delay = Math.min(delay * 2, 30000);
      });
  }
  function onChange(e) {
    var el = e.target;
    if (!el || !el.hasAttribute || !el.hasAttribute('data-field') || el.getAttribute('form') !== formId) return;
    dirty[el.name] = valueOf(el.name);
    backup();
    progress();
    say('Belum tersimpan…');
    schedule(e.type === 'change' ? 400 : 1200);
  }
  document.addEventListener('input', onChange);
  document.addEventListener('change', onChange);
  function flushOnLeave() {
    if (stopped || !keys(dirty).length || !navigator.sendBeacon) return;
    navigator.sendBeacon(url, new Blob([payload().body], { type: 'application/json' }));
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flushOnLeave();
  });
  window.addEventListener('pagehide', flushOnLeave);
  form.addEventListener('submit', function () {
    stopped = true;
  });
  document.querySelectorAll('button[form="' + formId + '"]').forEach(function (b) {
    b.addEventListener('click', function () {
      stopped = true;
      clearTimeout(timer);
    });
  });

  // Text typed earlier on this device that never reached the server comes back.
  var restored = 0;
  try {
    var stored = JSON.parse(localStorage.getItem(storeKey) || 'null');
    if (stored && stored.dirty) {
      keys(stored.dirty).forEach(function (k) {
        if (!fieldsNamed(k).length) return;
        if (valueOf(k) !== stored.dirty[k]) {
          setValue(k, stored.dirty[k]);
          restored += 1;
        }
        if (String(base[k] || '') !== String(stored.dirty[k])) dirty[k] = stored.dirty[k];
      });
    }
  } catch (e) {
    /* ignore */
  }
  if (form.hasAttribute('data-restored')) {
    allFields().forEach(function (el) {
      if (String(base[el.name] || '') !== String(valueOf(el.name))) dirty[el.name] = valueOf(el.name);
    });
  }
  progress();
  if (restored) say('Isian yang belum tersimpan dipulihkan dari perangkat ini; menyimpan…');
  if (keys(dirty).length) schedule(300);
  else backup();
})();
