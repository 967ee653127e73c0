/** The id of the first reading block at or below the top of the viewport: the reader's place on the page. */
export function topmostBlockId(): string | null {
  const blocks = document.querySelectorAll<HTMLElement>('[data-place]');
  for (const block of blocks) if (block.getBoundingClientRect().bottom > 80) return block.id || null;
  return null;
}
