import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { chartData } from '../../src/lib/lab-chart-data.ts';
import { PANEL, panelSheet, panelSvg, panelView, rootTokens, SHEET_TOKENS } from '../../src/lib/lab-chart-svg.ts';
import { labTableSchema } from '../../src/lib/schemas.ts';

const table = labTableSchema.parse(
  parse(readFileSync(new URL('../../content/labs/table-1.yaml', import.meta.url), 'utf8')),
);
const globalCss = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const strings = { canvasLabel: '', allUln: '', ulnAxis: '', censored: '{value}', censoredLegend: '' };
const panels = (locale: 'en' | 'es') => {
  const data = chartData(table, locale);
  return data.series.map((s) => panelSvg(data, s.id, strings));
};

describe('panelSvg', () => {
  it('draws with the colour tokens only, through classes its sheet paints with them', () => {
    const data = chartData(table, 'en');
    const sheet = panelSheet(data, strings, rootTokens(globalCss, SHEET_TOKENS));
    const used = new Set(
      panels('en').flatMap((svg) => [...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '))),
    );
    assert.ok(used.size > 0);
    for (const name of used)
      assert.match(sheet, new RegExp(`\\.${name}\\{(fill|stroke):var\\(--`), `no rule paints .${name}`);
    for (const svg of panels('en')) assert.doesNotMatch(svg, /(fill|stroke)="#0102/);
    // The tokens are global.css's own light-dark() pairs, so the picture follows the page's colour scheme.
    assert.match(sheet, /--color-series-1:light-dark\(#0b5563, #7fcbd8\)/);
    assert.match(sheet, /:root\{color-scheme:light dark;/);
  });
  it('puts every panel in one sheet, a view each, with ids of its own', () => {
    const data = chartData(table, 'en');
    const sheet = panelSheet(data, strings, ':root{}');
    for (const [i, series] of data.series.entries())
      assert.ok(
        sheet.includes(
          `<view id="${panelView(series.id)}" viewBox="0 ${i * PANEL.height} ${PANEL.width} ${PANEL.height}"/>`,
        ),
      );
    const ids = [...sheet.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'an id is used twice');
    for (const [, ref] of sheet.matchAll(/url\(#([^)]+)\)/g))
      assert.ok(ids.includes(ref), `url(#${ref}) points nowhere`);
  });
  it('marks censored values with triangles and leaves gaps for missing values', () => {
    const [, , fibrinogen, , , crp, , il6] = panels('en');
    // Fibrinogen is missing at the second time point: its line breaks there (two pieces, not one).
    assert.equal(fibrinogen!.match(/<circle/g)?.length, 6); // three values, each a filled and an outlined circle
    // C reactive protein's "≤ .1" at discharge: an outlined triangle (three corners, closed), not a filled circle.
    assert.equal(crp!.match(/<circle class="fill/g)?.length, 3);
    assert.match(crp!, /<path class="stroke-color-series-1" fill="none"[^>]*d="M[\d. ]+(L[\d. ]+){3}Z"/);
    assert.doesNotMatch(il6!, /<circle/); // IL-6 has one value, "> 1000", censored: no round point
  });
  it('marks the time points as the key beside the panels names them, "(1)" to "(4)"', () => {
    const axis = [...panels('es')[0]!.matchAll(/<text\b[^>]*>(\([^<]*\))<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(axis, ['(1)', '(2)', '(3)', '(4)']);
  });
  it('writes Spanish tick labels with a decimal comma', () => {
    const procalcitonin = panels('es')[6]!;
    assert.match(procalcitonin, />0,5</);
    assert.doesNotMatch(procalcitonin, />0\.5</);
  });
});

describe('rootTokens', () => {
  it("copies the named tokens from the stylesheet's :root rule, comments and all", () => {
    const css =
      '/* a */ :root {\n  color-scheme: light dark;\n  --a: light-dark(#fff,\n #000);\n  --b: 1px; }\n.x { --a: red }';
    assert.equal(rootTokens(css, ['--a']), ':root{color-scheme:light dark;--a:light-dark(#fff, #000)}');
  });
  it('names a token the stylesheet lacks', () => {
    assert.throws(() => rootTokens(':root { color-scheme: light; --a: 1 }', ['--a', '--missing']), /--missing/);
  });
});
