// The search opens from the first paint: this runs in the page's head (inline, allowed by its hash in the page's
// policy), before any module script, and listens on the document, so the button, "/" and Ctrl/Cmd+K open the dialog
// and its box takes typing as soon as they are on screen. (In the head, not beside the button: a script in the
// header would let the parser pause there and paint the header a frame before the text.) The button and the close
// button are invoker commands (commandfor), which Chromium and Firefox carry out themselves; an engine without them
// (WebKit) gets the same two commands from here. The first sign of intent (the button hovered, pressed or focused,
// a shortcut, the dialog opened) preloads what Pagefind fetches first, all at once (the element's data-preload,
// src/site/search.ts), and tells the element, whose module (SiteSearch.astro, run after the first paint) then loads
// the search itself; what was typed meanwhile stays in the box and is searched when it has. Without JavaScript none
// of this runs, and the button stays hidden (<html data-search> shows it).
(function () {
  var started = false;
  // Each opening of the dialog (a shortcut, the button), counted: an Escape's deferred close applies only to the
  // opening it was pressed in.
  var openings = 0;
  // The dialog's box and section filter wait in a template (SiteSearch.astro) until the first time they are asked
  // for: the reader's first sign of intent, a shortcut, any key. Put in place at once, before the dialog opens (a
  // click reaches this document's listener before the engine carries out the button's command).
  function parts() {
    var root = document.querySelector('site-search');
    var dialog = root && root.querySelector('dialog');
    var controls = dialog && dialog.querySelector('template[data-search-controls]');
    if (controls) controls.replaceWith(controls.content.cloneNode(true));
    return dialog && { root: root, dialog: dialog, input: dialog.querySelector('input') };
  }
  function intent() {
    var search = parts();
    if (started || !search) return;
    started = true;
    // Pagefind's script as a module; the rest as fetch() asks for it, in CORS mode.
    search.root.dataset.preload.split(' ').forEach(function (href) {
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
    search.root.dataset.intent = '';
    search.root.dispatchEvent(new Event('search-intent'));
  }
  function open(query) {
    var search = parts();
    if (!search) return;
    intent();
    // Counted even when the dialog is still open (WebKit, an Escape's close not yet run): the reader wants it open.
    openings++;
    if (search.dialog.open) return;
    search.dialog.showModal();
    if (query) search.input.value = query;
    search.input.focus();
  }
  function within(event, selector) {
    return event.target instanceof Element && event.target.closest(selector);
  }
  document.addEventListener('click', function (event) {
    var button = within(event, 'site-search [commandfor]');
    if (!button) return;
    var close = button.getAttribute('command') === 'close';
    if (!close) intent();
    // Asked here, not as the page parses: each interface the head's script touches costs the first paint.
    if ('commandForElement' in button) {
      // The engine opens the dialog itself: count the opening here (open() counts its own).
      if (!close) openings++;
      return;
    }
    if (close) parts().dialog.close();
    else open();
  });
  ['pointerover', 'pointerdown', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (within(event, 'site-search .search-button')) intent();
    });
  });
  document.addEventListener('keydown', function (event) {
    var search = parts();
    if (!search) return;
    // WebKit's search box keeps Escape to itself, even empty: then it closes the dialog, as Escape does elsewhere.
    // Not if the reader opened it again in between (on a busy page a shortcut's keydown can run before this
    // timer): that opening is theirs.
    if (event.key === 'Escape' && search.dialog.open && !search.input.value) {
      var opening = openings;
      setTimeout(function () {
        if (opening === openings) search.dialog.close();
      });
    }
    var target = event.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
  // A link such as /es/?q=citoquinas opens with that search; the query is only ever set as the box's value.
  var shared = location.search && new URLSearchParams(location.search).get('q');
  if (shared)
    document.addEventListener('DOMContentLoaded', function () {
      open(shared);
    });
  document.documentElement.setAttribute('data-search', 'ready');
})();
