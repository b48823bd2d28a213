// Progressive enhancements shared by every page. Pages work without this file.
(function () {
  'use strict';

  // ── Refused forms: the user lands where the error is ──
  // Rule for every form: the error summary (#ringkasan-galat, partials/error-summary) is where the
  // page lands, each message sits next to its field, and a folded section holding an error opens.

  /**
   * Makes an element visible: opens every closed <details> and Bootstrap collapse around it, then
   * tells page scripts (e.g. the one-step-at-a-time self-assessment) with a bubbling
   * "sikap:tampilkan" event so they can show the part of the page that holds it.
   */
  function tampilkan(el, opsi) {
    for (var n = el.parentElement; n; n = n.parentElement) {
      if (n.tagName === 'DETAILS' && !n.open) n.open = true;
      if (n.classList && n.classList.contains('collapse') && !n.classList.contains('show')) n.classList.add('show');
    }
    if (el.tagName === 'DETAILS' && !el.open && !(opsi && opsi.tertutup)) el.open = true;
    el.dispatchEvent(new CustomEvent('sikap:tampilkan', { bubbles: true, detail: opsi || {} }));
  }
  window.SIKAP = window.SIKAP || {};
  window.SIKAP.tampilkan = tampilkan;

  /** The control to focus for a summary link: the field itself, or the chosen/first input of a group. */
  function kendali(target) {
    if (target.matches('input, select, textarea, button')) return target;
    var pilihan = target.querySelector('input:checked') || target.querySelector('input:not([type="hidden"]), select, textarea');
    return pilihan || target;
  }

  /** Reveal, scroll to the middle of the screen (clear of sticky bars), focus. */
  function fokusKe(target) {
    tampilkan(target);
    var el = kendali(target);
    var label = el.id && document.querySelector('label[for="' + el.id + '"]');
    (label && label.getClientRects().length ? label : el).scrollIntoView({ block: 'center', behavior: 'instant' });
    if (!el.matches('input, select, textarea, button, a[href]') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }
  window.SIKAP.fokusKe = fokusKe;

  // On load: open every folded section that holds a message, then focus the summary (screen
  // readers hear it; the page scrolls to it). Without a summary, the first field in error.
  var galat = document.querySelectorAll('main .is-invalid, main [aria-invalid="true"], main .invalid-feedback');
  Array.prototype.forEach.call(galat, function (el) {
    if (el.classList.contains('invalid-feedback') && !el.textContent.trim()) return;
    for (var n = el.parentElement; n; n = n.parentElement) {
      if (n.tagName === 'DETAILS') n.open = true;
      if (n.classList && n.classList.contains('collapse')) n.classList.add('show');
    }
  });
  var summary = document.getElementById('ringkasan-galat');
  if (summary) {
    var r = summary.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight * 0.8)
      window.scrollTo({ top: Math.max(0, r.top + window.scrollY - 8), behavior: 'instant' });
    summary.focus({ preventScroll: true });
  } else {
    var pertama = document.querySelector('main .is-invalid, main [aria-invalid="true"]');
    if (pertama && !location.hash) fokusKe(pertama);
  }

  // In-page links: a summary link focuses its field; any link to something folded away
  // (closed <details>, a hidden step) first reveals it, then the browser scrolls as usual.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest && e.target.closest('a[href^="#"]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var id = decodeURIComponent(a.getAttribute('href').slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    if (a.closest('.error-summary, #ringkasan-konflik')) {
      e.preventDefault();
      fokusKe(target);
      return;
    }
    if (!target.getClientRects().length || target.closest('details:not([open]) > :not(summary)')) tampilkan(target);
  });

  // Confirm destructive or final actions marked with data-konfirmasi.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var msg = form && form.getAttribute && form.getAttribute('data-konfirmasi');
    if (msg && !window.confirm(msg)) e.preventDefault();
  });
})();
