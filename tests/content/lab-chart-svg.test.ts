/**
 * The static lab chart, read back with an HTML parser (parse5, through hast-util-from-html) that knows nothing of the
 * builder: every mark is checked against Table 1 itself (its values, ranges and events), on the scale the panel's own
 * tick labels state.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { chartData } from '../../src/lab-chart/data.ts';
import { PANEL, panelSheet, panelView } from '../../src/lab-chart/svg.ts';
import { labTableSchema, type LabTable } from '../../src/model/schemas.ts';
import { COLORS } from '../../src/site/tokens.ts';

const table: LabTable = labTableSchema.parse(
  parse(readFileSync(new URL('../../content/labs/table-1.yaml', import.meta.url), 'utf8')),
);

const sheetOf = (locale: 'en' | 'es') => panelSheet(chartData(table, locale));
const parsed = (svg: string): Root => fromHtml(svg, { fragment: true, space: 'svg' });
const attr = (el: Element, name: string) => String(el.properties[name] ?? '');
const num = (el: Element, name: string) => Number(attr(el, name));

/** The nested <svg> of each analyte, in the sheet's order. */
function panelsOf(locale: 'en' | 'es'): Element[] {
  const root = parsed(sheetOf(locale));
  return selectAll('svg > svg', root);
}

/** A panel's value axis as its tick labels and grid lines state it: value → y, fitted from the labels. */
function scaleOf(panel: Element, locale: 'en' | 'es') {
  const labels = selectAll('text', panel)
    .filter((t) => !/^\(/.test(toText(t)))
    .map((t) => ({
      value: Number(locale === 'es' ? toText(t).replace(/\./g, '').replace(',', '.') : toText(t).replace(/,/g, '')),
      y: num(t, 'y'),
    }))
    .sort((a, b) => a.value - b.value);
  assert.ok(labels.length >= 2, 'a panel has at least two labelled ticks');
  // The grid's horizontal lines, "M<left> <y>H<right>", one per tick, lowest value at the bottom.
  const grid = selectAll('path', panel).find((p) => /H/.test(attr(p, 'd')) && !attr(p, 'strokeDashArray'));
  assert.ok(grid, 'a panel has a grid');
  const lines = [...attr(grid, 'd').matchAll(/M[\d.]+ ([\d.]+)H/g)].map((m) => Number(m[1])).sort((a, b) => b - a);
  assert.equal(lines.length, labels.length, 'one grid line per tick label');
  // Each label sits beside its line.
  labels.forEach((label, i) => assert.ok(Math.abs(label.y - lines[i]!) < 6, `tick ${label.value} is off its line`));
  const [first, last] = [labels[0]!, labels.at(-1)!];
  const slope = (lines.at(-1)! - lines[0]!) / (last.value - first.value);
  return (value: number) => lines[0]! + (value - first.value) * slope;
}

/** The x of each time point, from the "(1)"… markers under the panel. */
const timepointXs = (panel: Element) =>
  selectAll('text', panel)
    .filter((t) => /^\(\d\)$/.test(toText(t)))
    .map((t) => num(t, 'x'));

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 0.2, `${what}: ${actual}, expected ${expected}`);

describe('panelSheet: one panel per analyte, drawn from Table 1', () => {
  const panels = panelsOf('en');

  it('has a panel and a view per analyte, in the table order, and no id twice', () => {
    const root = parsed(sheetOf('en'));
    assert.equal(panels.length, table.analytes.length);
    const views = selectAll('view', root);
    assert.deepEqual(
      views.map((v) => attr(v, 'id')),
      table.analytes.map((a) => panelView(a.id)),
    );
    views.forEach((view, i) =>
      assert.equal(attr(view, 'viewBox'), `0 ${i * PANEL.height} ${PANEL.width} ${PANEL.height}`),
    );
    const ids = selectAll('[id]', root).map((el) => attr(el, 'id'));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('draws a round point for each exact value, at its value on the axis', () => {
    table.analytes.forEach((analyte, i) => {
      const panel = panels[i]!;
      const y = scaleOf(panel, 'en');
      const xs = timepointXs(panel);
      const circles = selectAll('circle', panel);
      const exact = analyte.values.flatMap((v, t) => (v.kind === 'number' ? [{ value: v.value, t }] : []));
      assert.equal(circles.length, exact.length, `${analyte.id}: circles`);
      exact.forEach(({ value, t }, k) => {
        near(num(circles[k]!, 'cx'), xs[t]!, `${analyte.id} point ${t + 1} x`);
        near(num(circles[k]!, 'cy'), y(value), `${analyte.id} point ${t + 1} y`);
      });
    });
  });

  it('draws each censored value as a hollow triangle, pointing down for "≤", up for ">"', () => {
    table.analytes.forEach((analyte, i) => {
      const panel = panels[i]!;
      const y = scaleOf(panel, 'en');
      const triangles = selectAll('path.censored', panel);
      const censored = analyte.values.flatMap((v, t) => (v.kind === 'censored' ? [{ ...v, t }] : []));
      assert.equal(triangles.length, censored.length, `${analyte.id}: triangles`);
      censored.forEach((value, k) => {
        const corners = [...attr(triangles[k]!, 'd').matchAll(/([\d.]+) ([\d.]+)/g)].map((m) => ({
          x: Number(m[1]),
          y: Number(m[2]),
        }));
        assert.equal(corners.length, 3, 'three corners');
        assert.match(attr(triangles[k]!, 'd'), /Z$/, 'closed');
        const ys = corners.map((c) => c.y);
        // The lone corner is the tip: above the base for ">", below it for "≤".
        const tip = corners.find((c) => ys.filter((other) => Math.abs(other - c.y) < 0.2).length === 1)!;
        const base = corners.find((c) => c !== tip)!;
        const down = value.comparator === '<' || value.comparator === '≤';
        assert.equal(tip.y > base.y, down, `${analyte.id}: ${value.comparator} points ${down ? 'down' : 'up'}`);
        // Centred on the bound.
        near((tip.y + 2 * base.y) / 3, y(value.value), `${analyte.id}: triangle centre`);
      });
    });
    // Hollow: the sheet's rule empties the triangles' fill.
    assert.match(sheetOf('en'), /\.censored\{fill:none/);
    assert.ok(selectAll('path.censored', panels[7]!).length === 1, 'IL-6 "> 1000" is a triangle');
  });

  it('leaves a gap where a value is missing, joining only neighbouring values', () => {
    table.analytes.forEach((analyte, i) => {
      const panel = panels[i]!;
      const xs = timepointXs(panel);
      const vertices = selectAll('path.line', panel).map((p) =>
        [...attr(p, 'd').matchAll(/([\d.]+) ([\d.]+)/g)].map((m) => Number(m[1])),
      );
      // Every run of two or more consecutive values is one line through exactly those time points.
      const runs: number[][] = [[]];
      analyte.values.forEach((v, t) => (v.kind === 'missing' ? runs.push([]) : runs.at(-1)!.push(t)));
      const expected = runs.filter((run) => run.length > 1);
      assert.equal(vertices.length, expected.length, `${analyte.id}: line pieces`);
      expected.forEach((run, k) =>
        assert.deepEqual(
          vertices[k],
          run.map((t) => xs[t]),
          `${analyte.id}: piece ${k + 1}`,
        ),
      );
    });
  });

  it("shades the reference range between the axis' values of its limits", () => {
    table.analytes.forEach((analyte, i) => {
      const panel = panels[i]!;
      const y = scaleOf(panel, 'en');
      const band = select('rect', panel);
      assert.ok(band, `${analyte.id}: band`);
      near(num(band, 'y'), y(analyte.range.high.value), `${analyte.id}: band top`);
      near(num(band, 'y') + num(band, 'height'), y(analyte.range.low.value), `${analyte.id}: band bottom`);
    });
  });

  it('marks each treatment event and discharge with a dashed line at its place on the course', () => {
    const panel = panels[0]!;
    const xs = timepointXs(panel);
    const dashed = selectAll('path', panel).filter((p) => attr(p, 'strokeDashArray'));
    assert.equal(dashed.length, 1);
    const at = [...attr(dashed[0]!, 'd').matchAll(/M([\d.]+) /g)].map((m) => Number(m[1]));
    const ids = table.timepoints.map((t) => t.id);
    const expected = table.events.map((event) =>
      event.at !== undefined
        ? xs[ids.indexOf(event.at)]!
        : (xs[ids.indexOf(event.after!)]! + xs[ids.indexOf(event.after!) + 1]!) / 2,
    );
    assert.equal(at.length, expected.length);
    at.forEach((x, k) => near(x, expected[k]!, `event ${table.events[k]!.id}`));
  });

  it('marks the time points as the key beside the panels names them, "(1)" to "(4)"', () => {
    const markers = selectAll('text', panelsOf('es')[0]!)
      .map((t) => toText(t))
      .filter((text) => text.startsWith('('));
    assert.deepEqual(
      markers,
      table.timepoints.map((_, i) => `(${i + 1})`),
    );
  });

  it('writes Spanish tick labels with a decimal comma', () => {
    const procalcitonin = panelsOf('es')[6]!;
    const ticks = selectAll('text', procalcitonin).map((t) => toText(t));
    assert.ok(ticks.includes('0,5'), ticks.join(' '));
    assert.ok(!ticks.includes('0.5'));
  });

  it('paints only through classes, with the tokens as light-dark() pairs, and has a rule for every class', () => {
    const svg = sheetOf('en');
    const root = parsed(svg);
    const style = toText(select('style', root)!);
    for (const name of ['color-text', 'color-border', 'color-band', 'color-accent', 'color-series-1'] as const)
      assert.ok(
        style.includes(`--${name}:light-dark(${COLORS[name].light}, ${COLORS[name].dark})`),
        `--${name} is not in the sheet`,
      );
    assert.match(style, /color-scheme:light dark/);
    // No colour is written into an element: the theme reaches every mark through a class.
    assert.doesNotMatch(svg, /\s(fill|stroke)="(#|rgb)/);
    const classes = new Set(selectAll('[class]', root).flatMap((el) => el.properties['className'] as string[]));
    for (const name of classes) assert.ok(style.includes(`.${name}{`), `no rule paints .${name}`);
  });
});
