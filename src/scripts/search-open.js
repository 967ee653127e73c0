// The search opens from the first paint: this runs as the parser reaches the end of <site-search> (inline, allowed
// by its hash in the page's policy), before any module script, so the button, "/" and Ctrl/Cmd+K open the dialog and
// its box takes typing at once. The button and the close button are invoker commands (commandfor), which Chromium
// and Firefox carry out themselves; an engine without them (WebKit) gets the same two commands from here. The first
// sign of intent (the button hovered, pressed or focused, a shortcut, the dialog opened) preloads what Pagefind
// fetches first, all at once (the element's data-preload, src/lib/search.ts), and tells the element, whose module
// (SiteSearch.astro, run after the first paint) then loads the search itself; what was typed meanwhile stays in the
// box and is searched when it has. Without JavaScript none of this runs, and the button stays hidden.
(function (root) {
  var dialog = root.querySelector('dialog');
  var input = dialog.querySelector('input');
  var invokers = 'commandForElement' in HTMLButtonElement.prototype;
  var started = false;
  function intent() {
    if (started) return;
    started = true;
    // Pagefind's script as a module; the rest as fetch() asks for it, in CORS mode.
    root.dataset.preload.split(' ').forEach(function (href) {
      var link = document.createElement('link');
      if (/\.js$/.test(href)) link.rel = 'modulepreload';
      else {
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = '';
      }
      link.href = href;
      document.head.appendChild(link);
    });
    root.dataset.intent = '';
    root.dispatchEvent(new Event('search-intent'));
  }
  function open(query) {
    intent();
    if (dialog.open) return;
    dialog.showModal();
    if (query) input.value = query;
    input.focus();
  }
  root.addEventListener('click', function (event) {
    var button = event.target.closest('[commandfor]');
    if (!button) return;
    var close = button.getAttribute('command') === 'close';
    if (!close) intent();
    if (invokers) return;
    if (close) dialog.close();
    else open();
  });
  // Before the dialog opens, the button is all there is to point at or focus in the element.
  ['pointerover', 'pointerdown', 'focusin'].forEach(function (type) {
    root.addEventListener(type, intent);
  });
  document.addEventListener('keydown', function (event) {
    // WebKit's search box keeps Escape to itself, even empty: then it closes the dialog, as Escape does elsewhere.
    if (event.key === 'Escape' && dialog.open && !input.value)
      setTimeout(function () {
        dialog.close();
      });
    var target = event.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
  // A link such as /es/?q=citoquinas opens with that search; the query is only ever set as the box's value.
  var shared = new URLSearchParams(location.search).get('q');
  if (shared) open(shared);
  root.dataset.ready = '';
})(document.currentScript.parentElement);
