// Puts the page's deferred scripts in place once its text is on screen: components hold their <script> in
// <template data-after-paint> (the post-build step src/integrations/lib/defer-scripts.ts puts it there), so a phone on a slow
// network paints the text before it fetches or runs any script. Inline in <head>; it starts once the page is parsed
// and a frame has been painted since: the first paint may come while the parser is still in the header (it yields
// there), and the scripts would then compete with the paint of the text itself.
(function () {
  var parsed = false;
  var painted = false;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    document.querySelectorAll('template[data-after-paint]').forEach(function (template) {
      // A script cloned out of a template runs when it is inserted (one parsed from a string would not).
      template.replaceWith(template.content.cloneNode(true));
    });
  }
  // After the next frame, which holds everything parsed so far (a hidden page paints no frame: at once).
  function ready() {
    if (!parsed || !painted) return;
    if (document.visibilityState !== 'visible') setTimeout(start);
    else
      requestAnimationFrame(function () {
        setTimeout(start);
      });
  }
  function paint() {
    painted = true;
    ready();
  }
  document.addEventListener('DOMContentLoaded', function () {
    parsed = true;
    ready();
  });
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var observing = types.indexOf('paint') >= 0 && document.visibilityState === 'visible';
  if (observing)
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      paint();
    }).observe({ type: 'paint', buffered: true });
  // A browser without paint timing, or a page opened in a background tab (it reports no first paint): after load.
  // Once loaded, the page is laid out in full (src/styles/global.css keeps what lies below the first screen out of
  // layout until then): from here on it reads, selects and finds as any page does.
  addEventListener('load', function () {
    document.documentElement.setAttribute('data-loaded', '');
    setTimeout(paint, observing ? 2000 : 0);
  });
})();
