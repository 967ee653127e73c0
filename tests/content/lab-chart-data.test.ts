import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changesAfter, chartData, labCsv, timepointKey } from '../../src/lab-chart/data.ts';
import { NBSP } from '../../src/model/typography.ts';
import { loadTable } from './helpers.ts';

const table = loadTable();

describe('chartData', () => {
  const data = chartData(table, 'es');
  const series = (id: string) => data.series.find((s) => s.id === id)!;
  it('draws a missing value as a gap, not a zero', () => {
    assert.deepEqual(
      series('fibrinogen').points.map((p) => p.y),
      [720, null, 436, 248],
    );
    assert.equal(series('fibrinogen').points[1]?.uln, null);
  });
  it('keeps a censored value marked as censored at its bound', () => {
    const il6 = series('il-6').points[1]!;
    assert.equal(il6.censored, '>');
    assert.equal(il6.y, 1000);
    assert.equal(il6.display, `>${NBSP}1000`);
  });
  it('expresses values as multiples of the upper reference limit', () => {
    assert.equal(series('crp').points[0]?.uln, 19.68 / 0.5);
  });
  it('formats values and time points in the locale, each number joined to its unit', () => {
    assert.equal(series('lymphocytes').points[0]?.display, '0,71');
    assert.equal(series('d-dimer').rangeDisplay, '0,0–0,5');
    assert.deepEqual(data.timepoints, ['Ingreso', 'Inicio de anakinra', `48${NBSP}h tras anakinra`, 'Alta']);
  });
  it('joins the numbers of the treatments to their units', () => {
    assert.equal(
      data.events[0]?.detail,
      `8${NBSP}mg/kg cada 12${NBSP}h, 2 dosis subcutáneas; sin mejoría respiratoria ni analítica 48${NBSP}h después`,
    );
  });
  it('places tocilizumab between two time points and anakinra on its own', () => {
    assert.deepEqual(
      data.events.map((e) => [e.id, e.position]),
      [
        ['tocilizumab', 0.5],
        ['anakinra', 1],
        ['discharge', 3],
      ],
    );
  });
});

describe('timepointKey', () => {
  it('names each time point after its bracketed marker, so no two numbers stand side by side', () => {
    const key = timepointKey(chartData(table, 'es'));
    assert.equal(key.replaceAll(NBSP, '⍽'), '(1)⍽Ingreso · (2)⍽Inicio de anakinra · (3)⍽48⍽h tras anakinra · (4)⍽Alta');
    assert.doesNotMatch(key, /\d\s+\d/);
  });
  it('names them in English the same way', () => {
    assert.match(timepointKey(chartData(table, 'en')), /· \(3\)\u00a048\u00a0h after anakinra ·/);
  });
});

describe('changesAfter', () => {
  it('compares the anakinra time point with the next one, leaving out censored and missing values', () => {
    const changes = changesAfter(table, 'anakinra', 'en');
    assert.deepEqual(
      changes.map((c) => `${c.analyte} ${c.direction} ${c.from}→${c.to}`),
      [
        'Leukocytes rose 4.42→8.11',
        'Lymphocytes rose 0.87→5.60',
        'D-Dimer fell 1.9→1.3',
        'Ferritin fell 406→322',
        'C reactive protein fell 10.01→1.60',
      ],
    );
  });
  it('gives nothing for an unknown event', () => {
    assert.deepEqual(changesAfter(table, 'remdesivir', 'en'), []);
  });
});

describe('labCsv', () => {
  const rows = labCsv(table).trim().split('\r\n');
  it('has a header and one row per analyte and time point', () => {
    assert.equal(rows.length, 1 + 8 * 4);
    assert.equal(
      rows[0],
      'analyte,unit,range_low,range_high,timepoint,timepoint_label,kind,comparator,value,as_published',
    );
  });
  it('writes censored values with an ordinary space, for programs to read', () => {
    assert.ok(!rows.some((row) => row.includes(NBSP)));
  });
  it('writes censored and missing values explicitly', () => {
    assert.ok(rows.includes('IL-6,pg/mL,0,3.4,anakinra-start,Values at start of anakinra,censored,>,1000,> 1000'));
    assert.ok(rows.includes('Fibrinogen,mg/dL,130,400,anakinra-start,Values at start of anakinra,missing,,,–'));
  });
});
