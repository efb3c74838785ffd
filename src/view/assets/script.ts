/**
 * The page's only script, inlined: clicking a name (a panel button or a
 * mention in the text) highlights every mention and quote of that entity;
 * clicking it again or pressing Escape clears. The page reads fully without it.
 * Plain ES5-style code in a string, so it runs unchanged in any browser.
 */
export const VIEW_SCRIPT = `
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var status = document.getElementById('nb-status');
  var active = null;
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function clear() {
    all('.is-active').forEach(function (el) { el.classList.remove('is-active'); });
    all('button[data-select]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    active = null;
    if (status) status.textContent = 'Select a name to highlight its mentions and quotes.';
  }
  function select(id) {
    if (active === id) { clear(); return; }
    clear();
    active = id;
    var key = window.CSS && CSS.escape ? CSS.escape(id) : id;
    var mentions = all('#nb-article [data-entity="' + key + '"]');
    var quotes = all('#nb-article [data-speaker="' + key + '"]');
    mentions.concat(quotes, all('[data-card="' + key + '"]')).forEach(function (el) { el.classList.add('is-active'); });
    var buttons = all('button[data-select="' + key + '"]');
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'true'); });
    var name = buttons.length ? buttons[0].textContent : id;
    var uniqueQuotes = {};
    quotes.forEach(function (q) { uniqueQuotes[q.getAttribute('data-quote')] = true; });
    var quoteCount = Object.keys(uniqueQuotes).length;
    if (status) status.textContent = 'Highlighting ' + name + ': ' + plural(mentions.length, 'mention') + ', ' + plural(quoteCount, 'quote') + '. Press Escape to clear.';
    var first = mentions[0] || quotes[0];
    if (first && first.scrollIntoView && !isVisible(first)) first.scrollIntoView({ block: 'center' });
  }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function isVisible(el) { var r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-select], #nb-article a[data-entity], a[data-entity-link]') : null;
    if (!target) return;
    var id = target.getAttribute('data-select') || target.getAttribute('data-entity') || target.getAttribute('data-entity-link');
    if (target.tagName === 'A') event.preventDefault();
    select(id);
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape' && active) clear(); });
  var clearButton = document.getElementById('nb-clear');
  if (clearButton) clearButton.addEventListener('click', clear);
  // a link into a closed <details> (an article of a story, removed boilerplate) opens it first, then scrolls there
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (!el) return;
    var opened = false;
    for (var d = el; d; d = d.parentElement) if (d.tagName === 'DETAILS' && !d.open) { d.open = true; opened = true; }
    if (opened && el.scrollIntoView) el.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
`;
