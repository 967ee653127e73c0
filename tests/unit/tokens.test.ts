import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import postcss from 'postcss';
import { COLORS, FONTS, hexColor, rootRule, SIZES } from '../../src/site/tokens.ts';
import { THEME_COLOR } from '../../src/site/theme.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('design tokens', () => {
  it('are the one place a token is declared: global.css and the components declare none', () => {
    for (const file of files(SRC).filter((f) => /\.(css|astro)$/.test(f)))
      assert.doesNotMatch(readFileSync(file, 'utf8'), /^\s*--[a-z][\w-]*\s*:/m, `${file} declares a custom property`);
  });
  it('declare every custom property the stylesheets use', () => {
    const declared = new Set([...Object.keys(COLORS), ...Object.keys(FONTS), ...Object.keys(SIZES)]);
    for (const file of files(SRC).filter((f) => /\.(css|astro|ts)$/.test(f)))
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\(--([a-z][\w-]*)/g))
        assert.ok(declared.has(name!), `${file} uses var(--${name}), which src/site/tokens.ts does not declare`);
  });
  it('make a :root rule that CSS reads: each colour a light-dark() pair, each font and size as declared', () => {
    const rule = postcss.parse(rootRule()).first as postcss.Rule;
    assert.equal(rule.selector, ':root');
    const values = new Map<string, string>();
    rule.walkDecls((decl) => void values.set(decl.prop, decl.value));
    assert.equal(values.get('color-scheme'), 'light dark');
    assert.equal(values.get('--color-bg'), 'light-dark(#ffffff, #15181b)');
    assert.equal(values.get('--color-band'), 'light-dark(rgb(11 85 99 / 0.13), rgb(127 203 216 / 0.17))');
    assert.equal(values.get('--radius'), '6px');
    assert.match(values.get('--font-sans') ?? '', /^system-ui, /);
    assert.equal(values.size, 1 + Object.keys(COLORS).length + Object.keys(FONTS).length + Object.keys(SIZES).length);
  });
  it('give the PDF and the share card #rrggbb, with the alpha of a translucent colour', () => {
    assert.equal(hexColor('color-accent'), '#0b5563');
    assert.equal(hexColor('color-accent', 'dark'), '#7fcbd8');
    // rgb(11 85 99 / 0.13): 0.13 × 255 = 33.15 → 0x21.
    assert.equal(hexColor('color-band'), '#0b556321');
    assert.equal(hexColor('color-band', 'dark'), '#7fcbd82b');
  });
  it("give the browser's theme colour the page background of each theme", () => {
    assert.deepEqual(THEME_COLOR, { light: '#ffffff', dark: '#15181b' });
  });
});
