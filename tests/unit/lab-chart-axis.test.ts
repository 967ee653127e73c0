import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tickLabel, timepointMarker, valueAxis } from '../../src/lab-chart/axis.ts';

describe('valueAxis', () => {
  it('runs from zero past the highest value and the upper limit, with headroom, in steps of 1, 2 or 5 × 10ⁿ', () => {
    // 10.8 × 1.15 = 12.42: two spaces of 6.21 round up to steps of 10.
    assert.deepEqual(valueAxis([9.81, 4.42], 10.8), { max: 20, step: 10, ticks: [0, 10, 20], decimals: 0 });
    // 0.5 × 1.15 = 0.575: two spaces of 0.2875 round up to steps of 0.5, with one decimal.
    assert.deepEqual(valueAxis([0.42, 0.23], 0.5), { max: 1, step: 0.5, ticks: [0, 0.5, 1], decimals: 1 });
  });
  it('leaves room above a censored bound, and takes more steps when asked', () => {
    assert.ok(valueAxis([1000], 3.4).max > 1000);
    assert.deepEqual(valueAxis([19.68], 0.5, 5).ticks, [0, 5, 10, 15, 20, 25]);
  });
});

describe('tickLabel', () => {
  it('writes numbers as the article does in each language, "0" for zero', () => {
    const axis = valueAxis([0.42], 0.5);
    assert.deepEqual(
      axis.ticks.map((t) => tickLabel(t, axis, 'es')),
      ['0', '0,5', '1,0'],
    );
    assert.equal(tickLabel(2000, valueAxis([1000], 3.4), 'en'), '2000');
  });
});

describe('timepointMarker', () => {
  it('marks a time point by its number in brackets, so the key never sets two numbers side by side', () => {
    assert.equal(timepointMarker(2), '(3)');
  });
});
