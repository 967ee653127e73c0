/**
 * The stylesheets stay where a newcomer looks for them: global.css holds only what every page shares (and stays
 * short), each component's rules live in its own <style>, and no selector is declared twice in one context, so
 * a rule's one place is the place to change it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import postcss, { type AtRule, type Rule } from 'postcss';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );

/** Each stylesheet of the site: global.css, and the <style> of every component. */
function stylesheets(): { file: string; css: string }[] {
  const components = files(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^<style>$([\s\S]*?)^<\/style>$/gm)].map((m) => ({
      file: file.slice(SRC.length),
      css: m[1] ?? '',
    })),
  );
  return [{ file: 'styles/global.css', css: readFileSync(join(SRC, 'styles/global.css'), 'utf8') }, ...components];
}

/** Selectors declared more than once in the same at-rule context of one stylesheet. */
function repeatedSelectors(css: string): string[] {
  const seen = new Map<string, number>();
  postcss.parse(css).walkRules((rule: Rule) => {
    const context: string[] = [];
    for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent)
      context.unshift(`@${(parent as AtRule).name} ${(parent as AtRule).params}`);
    for (const selector of rule.selectors) {
      const key = [...context, selector.replace(/\s+/g, ' ')].join(' › ');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  });
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

describe('the stylesheets', () => {
  it('keep global.css under 350 lines', () => {
    const lines = readFileSync(join(SRC, 'styles/global.css'), 'utf8').split('\n').length;
    assert.ok(lines < 350, `global.css has ${lines} lines`);
  });
  it('declare no selector twice in one context', () => {
    const repeats = stylesheets().flatMap(({ file, css }) => repeatedSelectors(css).map((s) => `${file}: ${s}`));
    assert.deepEqual(repeats, []);
  });
  it('find a selector declared twice', () => {
    assert.deepEqual(repeatedSelectors('.a { color: red } .b, .a { margin: 0 } @media print { .a { color: black } }'), [
      '.a',
    ]);
  });
});
