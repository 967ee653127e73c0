/**
 * Runs searches with Pagefind's JS API and renders the results. Loaded on the dialog's first opening only; it
 * imports Pagefind from the site's own bundle path, so it works under any base path.
 */
import { interpolate } from '../i18n/interpolate.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    ms?: number,
  ): Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

/** Copies text and <mark> from Pagefind's excerpt, so nothing else in it can become markup. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const section = data.meta['section'];
  if (section) item.append(element('span', 'search-result-section', section));
  const link = element('a', 'search-result-title', data.meta['title'] ?? data.url);
  link.href = data.url;
  const excerpt = element('p', 'search-result-excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  // A sub-result for the page's own title repeats the result itself.
  const subs = (data.sub_results ?? [])
    .filter((sub) => sub.url !== data.url && sub.url.includes('#') && sub.title !== data.meta['title'])
    .slice(0, 3);
  if (subs.length) {
    const list = element('ul', 'search-subresults');
    for (const sub of subs) {
      const subItem = element('li', '');
      const subLink = element('a', '', sub.title);
      subLink.href = sub.url;
      const subExcerpt = element('p', 'search-result-excerpt');
      subExcerpt.append(...excerptNodes(sub.excerpt));
      subItem.append(subLink, subExcerpt);
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

/** Wires the search dialog inside `root` (a <site-search>) to Pagefind. */
export function attach(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  const select = root.querySelector<HTMLSelectElement>('select');
  const status = root.querySelector<HTMLElement>('.search-status');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  if (!input || !select || !status || !list) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const say = (key: string, vars: Record<string, string | number> = {}) => interpolate(strings[key] ?? '', vars);

  status.textContent = say('loading');
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const ready: Promise<Pagefind> = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
    async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: root.dataset['base'] ?? '/', highlightParam: 'highlight', excerptLength: 24 });
      await pagefind.init();
      status.textContent = '';
      return pagefind;
    },
  );
  ready.catch(() => (status.textContent = say('error')));

  const run = async () => {
    const query = input.value.trim();
    const pagefind = await ready;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const filters = select.value ? { section: select.value } : {};
    const search = await pagefind.debouncedSearch(query, { filters }, 200);
    if (!search || query !== input.value.trim()) return; // a newer keystroke superseded this search
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    const count = search.results.length;
    status.textContent = say(count === 0 ? 'none' : count === 1 ? 'one' : 'many', { count, query });
  };
  input.addEventListener('input', run);
  select.addEventListener('change', run);

  // ↓ from the box goes to the first result; ↓ and ↑ move through the result links; ↑ from the first goes back to
  // the box. Enter on a link opens it, as any link does; Esc closes the dialog, as any modal dialog does.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[Math.min(index + 1, all.length - 1)] : all[index - 1];
    (next ?? input).focus();
  });
  if (input.value) void run();
}
