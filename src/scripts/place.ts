/**
 * The reader's place on the page: the block the address bar points at while it is on screen, else the first
 * reading block below the sticky header.
 */
export function topmostBlockId(): string | null {
  const header = document.querySelector('.header-sticky')?.getBoundingClientRect().bottom ?? 0;
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.bottom > header && box.top < window.innerHeight;
  };
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.closest('[data-place]') && visible(target)) return target.closest('[data-place]')?.id || target.id;
  for (const block of document.querySelectorAll<HTMLElement>('[data-place]'))
    if (block.getBoundingClientRect().bottom > header + 24) return block.id || null;
  return null;
}
