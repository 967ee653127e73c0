/**
 * Runs searches with Pagefind's JS API and renders the results. Loaded at the reader's first sign of intent only
 * (SiteSearch.astro); it imports Pagefind from the site's own bundle path, so it works under any base path. The box
 * may already hold what the reader typed while this loaded: it is searched as soon as Pagefind is ready.
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
  preload(query: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
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

/** What the dialog's parts are, and how it speaks (its strings, from the element's `data-strings`). */
interface Dialog {
  root: HTMLElement;
  input: HTMLInputElement;
  select: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  say: (key: string, vars?: Record<string, string | number>) => string;
}

/** Pagefind, loaded and set up: on the page's own thread, under the index tag the page's preloads name. */
function loadEngine({ root, status, say }: Dialog): { ready: Promise<Pagefind>; current: () => Pagefind | undefined } {
  status.textContent = say('loading');
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  let engine: Pagefind | undefined;
  const ready: Promise<Pagefind> = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
    async (pagefind: Pagefind) => {
      await pagefind.options({
        baseUrl: root.dataset['base'] ?? '/',
        highlightParam: 'highlight',
        excerptLength: 24,
        // On the page's own thread, so that Pagefind's fetches are the ones the page preloaded (a worker's would
        // ask again, and first fetch the worker's own script); the entry file under the tag those preloads name.
        noWorker: true,
        metaCacheTag: root.dataset['indexTag'] ?? '',
      });
      await pagefind.init();
      status.textContent = '';
      engine = pagefind;
      return pagefind;
    },
  );
  ready.catch(() => (status.textContent = say('error')));
  return { ready, current: () => engine };
}

/** Searches the box's text and shows the results, each as soon as it and those before it have arrived. */
async function searchOnce(dialog: Dialog, pagefind: Pagefind): Promise<void> {
  const { input, select, status, list, say } = dialog;
  const query = input.value.trim();
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const filters = select.value ? { section: select.value } : {};
  const search = await pagefind.search(query, { filters });
  if (!search) return;
  const shown = search.results.slice(0, MAX_RESULTS).map((r) => r.data());
  for (const [i, data] of shown.entries()) {
    const item = renderResult(await data);
    if (query !== input.value.trim()) return; // a newer keystroke superseded this search
    if (i === 0) list.replaceChildren(item);
    else list.append(item);
  }
  if (!shown.length) list.replaceChildren();
  const count = search.results.length;
  status.textContent = say(count === 0 ? 'none' : count === 1 ? 'one' : 'many', { count, query });
}

/**
 * One search at a time, always of the box's latest text: a keystroke while a search runs waits for it, then the
 * text as it stands then is searched (no fixed delay, so results come while the reader is still typing).
 */
function searcher(dialog: Dialog, engine: ReturnType<typeof loadEngine>): () => Promise<void> {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      // Meanwhile Pagefind fetches the index chunks these characters need (once it is ready).
      const text = dialog.input.value.trim();
      if (text)
        engine
          .current()
          ?.preload(text)
          .catch(() => undefined);
      return;
    }
    running = true;
    try {
      await searchOnce(dialog, await engine.ready);
    } catch {
      dialog.status.textContent = dialog.say('error');
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  return run;
}

/**
 * ↓ from the box goes to the first result; ↓ and ↑ move through the result links; ↑ from the first goes back to the
 * box. Enter on a link opens it, as any link does; Esc closes the dialog, as any modal dialog does.
 */
function wireKeys({ input, list }: Dialog): void {
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
  const dialog: Dialog = { root, input, select, status, list, say };
  const run = searcher(dialog, loadEngine(dialog));
  input.addEventListener('input', () => void run());
  select.addEventListener('change', () => void run());
  wireKeys(dialog);
  // What the reader typed before this code arrived.
  if (input.value.trim()) void run();
}
