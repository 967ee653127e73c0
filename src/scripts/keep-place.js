// Keeps the reader's place when a link switches language or view: the address bar's #anchor goes along, and the
// side-by-side toggle takes the block on screen. Inline in <head>, so it listens before anything can be clicked.
(function () {
  function place() {
    const header = document.querySelector('.header-sticky');
    const top = header ? header.getBoundingClientRect().bottom : 0;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const block = target && target.closest('[data-place]');
    if (block) {
      const box = target.getBoundingClientRect();
      if (box.bottom > top && box.top < window.innerHeight) return block.id || target.id;
    }
    for (const candidate of document.querySelectorAll('[data-place]'))
      if (candidate.getBoundingClientRect().bottom > top + 24) return candidate.id || null;
    return null;
  }
  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('a[data-keep-hash], a[data-keep-place]') : null;
    if (!link) return;
    const id = (link.hasAttribute('data-keep-place') && place()) || location.hash.slice(1);
    if (id) link.hash = id;
  });
})();
