/**
 * Reference previews for in-text citations: hovering or focusing a citation shows the reference it points to,
 * Esc or leaving closes it. The text comes from the page's <template id="reference-previews">; without
 * JavaScript a citation stays a plain link to the reference list.
 */
const template = document.querySelector<HTMLTemplateElement>('template#reference-previews');
let tooltip: HTMLElement | null = null;
let current: HTMLAnchorElement | null = null;
let hideTimer: number | undefined;

function tooltipElement(): HTMLElement {
  if (tooltip) return tooltip;
  tooltip = document.createElement('div');
  tooltip.id = 'reference-preview';
  tooltip.className = 'reference-preview';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  tooltip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  tooltip.addEventListener('mouseleave', () => scheduleHide());
  document.body.append(tooltip);
  return tooltip;
}

function show(link: HTMLAnchorElement): void {
  const source = template?.content.querySelector(`[data-ref="${CSS.escape(link.dataset['ref'] ?? '')}"]`);
  if (!source) return;
  clearTimeout(hideTimer);
  const tip = tooltipElement();
  tip.replaceChildren(source.cloneNode(true));
  tip.setAttribute('lang', source.getAttribute('lang') ?? 'en');
  tip.hidden = false;
  const box = link.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + window.innerWidth - width - 8))}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  current?.removeAttribute('aria-describedby');
  current = link;
  link.setAttribute('aria-describedby', tip.id);
}

function hide(): void {
  if (tooltip) tooltip.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

const citation = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite[data-ref]') : null;

if (template) {
  document.addEventListener('mouseover', (event) => {
    const link = citation(event.target);
    if (link) show(link);
  });
  document.addEventListener('mouseout', (event) => {
    if (citation(event.target)) scheduleHide();
  });
  document.addEventListener('focusin', (event) => {
    const link = citation(event.target);
    if (link) show(link);
    else if (!tooltip?.contains(event.target as Node)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
}
