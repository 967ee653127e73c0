/**
 * No English where a Spanish reader is addressed: every built page in Spanish (`<html lang="es">`) and the Spanish
 * half of the 404 page, read with an HTML parser, hold no English word (tests/output/english.ts) outside an element
 * marked `lang="en"`: neither in their text (header, navigation, contents, footer, controls, the article) nor in
 * what a reader meets as text (labels, titles, placeholders, alternative text, the strings the scripts show). The
 * title of a work (`<cite>`) is a name and may stay in its own language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { BUILDS, builtFile, builtFiles } from './builds.ts';
import { englishWordsIn } from './english.ts';

// Attributes a reader meets as text; `data-*` strings the scripts show (`data-label-dark`, `data-strings`).
const TEXT_ATTRIBUTES = ['ariaLabel', 'ariaDescription', 'ariaRoledescription', 'title', 'placeholder', 'alt'];
const SCRIPT_STRINGS = /^data(?:Label|Strings|Text|Message)/;

/** The strings of an attribute: its value, or each string of a JSON object it holds. */
function stringsOf(value: string): string[] {
  if (!/^\s*[{[]/.test(value)) return [value];
  try {
    const strings: string[] = [];
    JSON.stringify(JSON.parse(value), (_, v: unknown) => (typeof v === 'string' && strings.push(v), v));
    return strings;
  } catch {
    return [value];
  }
}

/** Where an element stands, as a reader of the markup finds it: "header.site-header > button[aria-label]". */
const describeElement = (el: Element) => {
  const classes = el.properties['className'];
  return `${el.tagName}${Array.isArray(classes) && classes.length ? `.${classes.join('.')}` : ''}`;
};

interface Finding {
  where: string;
  words: string[];
  text: string;
}

/** Every English word under an element in Spanish, with the path of elements that leads to it. */
function englishIn(root: Root | Element, lang: string): Finding[] {
  const found: Finding[] = [];
  const walk = (node: Root | Element, lang: string, path: string[]) => {
    for (const child of node.children as (ElementContent | Root['children'][number])[]) {
      if (child.type === 'text' && lang === 'es') {
        const words = englishWordsIn(child.value);
        if (words.length) found.push({ where: path.slice(-3).join(' > '), words, text: child.value.trim() });
      }
      if (child.type !== 'element') continue;
      // A work's title (<cite>: the journal's) is a name, and keeps the language it was published in.
      if (child.tagName === 'script' || child.tagName === 'style' || child.tagName === 'cite') continue;
      const own = typeof child.properties['lang'] === 'string' ? child.properties['lang'] : lang;
      const at = [...path, describeElement(child)];
      if (own === 'es')
        for (const [name, value] of Object.entries(child.properties)) {
          if (typeof value !== 'string' || !(TEXT_ATTRIBUTES.includes(name) || SCRIPT_STRINGS.test(name))) continue;
          // A query string (a COinS span's title) is data for software, not text for a reader.
          if (/^[^\s]*=[^\s]*&/.test(value)) continue;
          for (const text of stringsOf(value)) {
            const words = englishWordsIn(text);
            if (words.length) found.push({ where: `${at.slice(-3).join(' > ')}[${name}]`, words, text });
          }
        }
      // The head's text a reader sees is its title; its meta tags are for software.
      if (child.tagName === 'head') {
        const title = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title');
        if (title) walk({ ...child, children: [title] }, own, at);
        continue;
      }
      walk(child, own, at);
    }
  };
  walk(root, lang, []);
  return found;
}

for (const build of BUILDS)
  describe(`${build.dir}: the Spanish pages`, () => {
    it('hold no English outside elements marked lang="en"', () => {
      const pages = builtFiles(build).filter((f) => f.endsWith('.html'));
      const spanish = pages.filter((f) => /<html[^>]*\slang="es"/.test(builtFile(build, f)));
      assert.ok(spanish.length, `${build.dir}: no page in Spanish to check`);
      const problems = spanish.flatMap((page) =>
        englishIn(fromHtml(builtFile(build, page)), 'es').map(
          (f) => `${build.dir}/${page}: ${f.where}: English (${f.words.join(', ')}) in "${f.text}"`,
        ),
      );
      assert.deepEqual(
        problems,
        [],
        'Spanish pages with English text: translate it (src/i18n/es.ts, content/), or mark it lang="en" if it is meant',
      );
    });

    it('give the 404 page a Spanish half with no English in it', () => {
      const tree = fromHtml(builtFile(build, '404.html'));
      const halves: Element[] = [];
      const collect = (node: Root | Element) => {
        for (const child of node.children)
          if (child.type === 'element') {
            if (child.properties['lang'] === 'es' && child.tagName !== 'html') halves.push(child);
            else collect(child);
          }
      };
      collect(tree);
      assert.ok(halves.length, `${build.dir}/404.html: no part in lang="es"`);
      const problems = halves.flatMap((half) =>
        englishIn({ type: 'root', children: [half] }, 'es').map(
          (f) => `${build.dir}/404.html: ${f.where}: English (${f.words.join(', ')}) in "${f.text}"`,
        ),
      );
      assert.deepEqual(problems, [], 'the 404 page’s Spanish half holds English');
    });
  });
