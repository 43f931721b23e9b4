// Runs inside the record preview webview (plain script, loaded under the page's CSP nonce).
// Keeps the scroll position across re-renders and asks the editor to reveal the field of a clicked row.
(function () {
  'use strict';

  // Outside VS Code (a standalone page in a browser) there is no host: clicks and state are simply not sent.
  var host = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var recordIndex = document.body.getAttribute('data-record-index');

  // The host replaces the whole page on every edit; come back to where the reader was on the same record.
  var saved = host ? host.getState() : undefined;
  if (saved && saved.recordIndex === recordIndex && typeof saved.scrollY === 'number') {
    window.scrollTo(0, saved.scrollY);
  }

  var pending = false;
  window.addEventListener('scroll', function () {
    if (pending || !host) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      host.setState({ recordIndex: recordIndex, scrollY: window.scrollY });
    });
  }, { passive: true });

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || target.closest('a')) return;
    var source = target.closest('[data-start]');
    if (!source) return;
    var start = Number(source.getAttribute('data-start'));
    var end = Number(source.getAttribute('data-end'));
    if (!Number.isInteger(start) || !Number.isInteger(end)) return;
    var previous = document.querySelector('.selected');
    if (previous) previous.classList.remove('selected');
    source.classList.add('selected');
    if (host) host.postMessage({ type: 'reveal', start: start, end: end });
  });
})();
