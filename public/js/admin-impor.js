// Import pages: upload with a progress bar, and a progress bar while a large import is applied.
// Without JavaScript both forms submit normally and the server answers when done.
(function () {
  'use strict';
  function bar(id, pct, text) {
    var box = document.getElementById(id);
    var label = document.getElementById('progres-teks');
    if (!box) return;
    box.classList.remove('d-none');
    box.setAttribute('aria-valuenow', String(Math.round(pct)));
    box.firstElementChild.style.width = pct + '%';
    if (label) {
      label.classList.remove('d-none');
      label.textContent = text;
    }
  }
  function lockButtons(form) {
    form.querySelectorAll('button[type="submit"]').forEach(function (b) {
      b.disabled = true;
    });
  }
  var unggah = document.getElementById('form-unggah');
  if (unggah && window.XMLHttpRequest && window.FormData) {
    unggah.addEventListener('submit', function (e) {
      var file = unggah.querySelector('input[type="file"]');
      if (!file || !file.files || !file.files.length) return;
      e.preventDefault();
      lockButtons(unggah);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', unggah.action);
      xhr.upload.onprogress = function (ev) {
        if (ev.lengthComputable)
          bar(
            'progres-unggah',
            (ev.loaded / ev.total) * 100,
            ev.loaded < ev.total
              ? 'Mengunggah… ' + Math.round((ev.loaded / ev.total) * 100) + '%'
              : 'Berkas terkirim; membaca dan memeriksa setiap baris…',
          );
      };
      xhr.onload = function () {
        if (xhr.responseURL && xhr.responseURL.indexOf('/admin/impor/') > 0 && xhr.status === 200) {
          window.location.href = xhr.responseURL;
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
      };
      xhr.onerror = function () {
        unggah.submit();
      };
      xhr.send(new FormData(unggah));
    });
  }
  var terapkan = document.getElementById('form-terapkan');
  if (terapkan && window.fetch) {
    terapkan.addEventListener('submit', function (e) {
      e.preventDefault();
      lockButtons(terapkan);
      var total = Number(terapkan.getAttribute('data-total')) || 1;
      bar('progres-terapkan', 0, 'Menerapkan…');
      var timer = setInterval(function () {
        fetch(terapkan.getAttribute('data-status'), { headers: { Accept: 'application/json' } })
          .then(function (r) {
            return r.json();
          })
          .then(function (s) {
            bar('progres-terapkan', Math.min(100, (s.progres / total) * 100), 'Diterapkan ' + s.progres + ' dari ' + total + ' baris…');
          })
          .catch(function () {});
      }, 1000);
      // redirect: 'manual' so the result page (and its one-time message) is loaded by the browser itself.
      fetch(terapkan.action, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams(new FormData(terapkan)),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      })
        .then(function (r) {
          clearInterval(timer);
          if (r.type === 'opaqueredirect') {
            window.location.href = window.location.pathname;
            return null;
          }
          return r.text();
        })
        .then(function (t) {
          if (t === null) return;
          document.open();
          document.write(t);
          document.close();
        })
        .catch(function () {
          clearInterval(timer);
          terapkan.submit();
        });
    });
  }
})();
