// Lists edited as lists: a "Tambah indikator" button adds one more input to each list.
(function () {
  'use strict';
  document.querySelectorAll('.daftar-isian').forEach(function (box) {
    var list = box.querySelector('ol');
    if (!list) return;
    var btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'btn btn-sm btn-outline-secondary';
    btn.textContent = 'Tambah indikator';
    btn.addEventListener('click', function () {
      var items = list.querySelectorAll('input');
      var last = items[items.length - 1];
      var li = document.createElement('li');
      li.className = 'mb-1';
      var input = last.cloneNode(false);
      input.value = '';
      input.removeAttribute('id');
      input.setAttribute('aria-label', (last.getAttribute('aria-label') || '').replace(/\d+/, String(items.length + 1)));
      li.appendChild(input);
      list.appendChild(li);
      input.focus();
    });
    box.appendChild(btn);
  });
})();
