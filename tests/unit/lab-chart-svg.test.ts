import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { chartData } from '../../src/lib/lab-chart-data.ts';
import { panelSvg } from '../../src/lib/lab-chart-svg.ts';
import { labTableSchema } from '../../src/lib/schemas.ts';

const table = labTableSchema.parse(
  parse(readFileSync(new URL('../../content/labs/table-1.yaml', import.meta.url), 'utf8'))[0],
);
const strings = { canvasLabel: '', allUln: '', ulnAxis: '', censored: '{value}', censoredLegend: '' };
const panels = (locale: 'en' | 'es') => {
  const data = chartData(table, locale);
  return data.series.map((s) => panelSvg(data, s.id, strings));
};

describe('panelSvg', () => {
  it('draws with the colour tokens only, through classes the chart component paints', () => {
    const component = readFileSync(new URL('../../src/components/mdx/LabChart.astro', import.meta.url), 'utf8');
    const used = new Set(
      panels('en').flatMap((svg) => [...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '))),
    );
    assert.ok(used.size > 0);
    for (const name of used) assert.match(component, new RegExp(`:global\\(\\.${name}\\)`), `no rule paints .${name}`);
    for (const svg of panels('en')) assert.doesNotMatch(svg, /(fill|stroke)="#0102/);
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
  it('writes Spanish tick labels with a decimal comma', () => {
    const procalcitonin = panels('es')[6]!;
    assert.match(procalcitonin, />0,5</);
    assert.doesNotMatch(procalcitonin, />0\.5</);
  });
});
