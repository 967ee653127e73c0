// Puts the page's deferred scripts in place once its text is on screen: components hold their <script> in
// <template data-after-paint> (the post-build step src/integrations/lib/defer-scripts.ts puts it there), so a phone on a slow
// network paints the text before it fetches or runs any script. Inline at the end of the head; it starts once the page
// is parsed and its first contentful paint is on screen, after the frame that follows: the first paint may come while
// the parser is still in the header, and the scripts would then compete with the paint of the text itself. As the
// page parses it only listens: the paint observer is set up once the page is parsed, off the first paint's path.
(function () {
  var started = false;
  var observing = false;
  function start() {
    if (started) return;
    started = true;
    document.querySelectorAll('template[data-after-paint]').forEach(function (template) {
      // A script cloned out of a template runs when it is inserted (one parsed from a string would not).
      template.replaceWith(template.content.cloneNode(true));
    });
  }
  // After the next frame, which holds everything parsed so far (a hidden page paints no frame: at once).
  function afterFrame() {
    if (document.visibilityState !== 'visible') setTimeout(start);
    else
      requestAnimationFrame(function () {
        setTimeout(start);
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    observing = types.indexOf('paint') >= 0 && document.visibilityState === 'visible';
    if (observing)
      new PerformanceObserver(function (list, observer) {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        afterFrame();
      }).observe({ type: 'paint', buffered: true });
  });
  // A browser without paint timing, or a page opened in a background tab (it reports no first paint): after load.
  // Once loaded, the page is laid out in full (src/styles/global.css keeps what lies below the first screen out of
  // layout until then): from here on it reads, selects and finds as any page does.
  addEventListener('load', function () {
    document.documentElement.setAttribute('data-loaded', '');
    setTimeout(afterFrame, observing ? 2000 : 0);
  });
})();
