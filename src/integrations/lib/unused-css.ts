/**
 * The CSS a page does not use, left out of it. Every reading page comes from one Astro route, so Astro inlines one
 * stylesheet, every component's styles together, in each page: the references page carried the lab chart's and
 * the side-by-side view's rules (9.7 of its 22 KB of CSS), all parsed before its first paint and sent in its first
 * response. A component's scoped rules name its scope (`.astro-…`, a class on each element it renders); a rule
 * none of whose selectors can match, because no element of the page carries a scope it requires, goes. Scripts
 * never add a scope to what they create, so nothing the page later draws can need it. Global rules stay.
 */
import postcss, { type Container } from 'postcss';
import { allElements, applyEdits, attribute, parsePage, rawText, sourceSpan, type Edit } from './html-edit.ts';

const SCOPE = /\.astro-([\w-]+)/g;

/** The scopes a selector requires of the element it matches (those inside `:not()`, `:is()` and the like aside). */
export function requiredScopes(selector: string): string[] {
  let outer = selector;
  // Innermost parentheses first, until none is left: what remains is outside every functional pseudo-class.
  for (let previous = ''; previous !== outer;) {
    previous = outer;
    outer = outer.replace(/\([^()]*\)/g, '');
  }
  return [...outer.matchAll(SCOPE)].map((m) => m[1]!);
}

/** The stylesheet without the rules that cannot match on a page whose elements carry `present` scopes. */
export function withoutUnusedRules(css: string, present: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  const prune = (container: Container) => {
    container.each((node) => {
      if (node.type === 'rule') {
        const kept = node.selectors.filter((s) => requiredScopes(s).every((scope) => present.has(scope)));
        if (!kept.length) node.remove();
        else if (kept.length < node.selectors.length) node.selector = kept.join(',');
      } else if (node.type === 'atrule' && node.nodes && !/keyframes$/i.test(node.name)) {
        prune(node);
        if (!node.nodes.length) node.remove();
      }
    });
  };
  prune(root);
  return root.toString();
}

/** The page with each inline stylesheet narrowed to the rules its elements can match. */
export function dropUnusedCss(html: string): { html: string; removed: number } {
  const found = allElements(parsePage(html));
  const styles = found.filter(({ element, inTemplate }) => !inTemplate && element.tagName === 'style');
  if (!styles.length) return { html, removed: 0 };
  const spans = styles.map(({ element }) => sourceSpan(element));
  // The scopes the page's elements carry (a template's among them), read from their parsed class lists.
  const present = new Set(
    found.flatMap(({ element }) =>
      (attribute(element, 'className') ?? '')
        .split(/\s+/)
        .flatMap((name) => (name.startsWith('astro-') ? [name.slice('astro-'.length)] : [])),
    ),
  );
  const edits: Edit[] = [];
  let removed = 0;
  styles.forEach(({ element }, i) => {
    const css = rawText(element);
    const narrowed = withoutUnusedRules(css, present);
    if (narrowed === css) return;
    removed += css.length - narrowed.length;
    const { start, end } = spans[i]!;
    const open = html.slice(start, html.indexOf('>', start) + 1);
    edits.push({ start, end, text: `${open}${narrowed}</style>` });
  });
  return { html: edits.length ? applyEdits(html, edits) : html, removed };
}
