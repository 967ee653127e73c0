import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  flagOf,
  formatLabValue,
  formatRange,
  multipleOfUpperLimit,
  parseDecimal,
  parseLabValue,
  type Range,
} from '../../src/model/lab-values.ts';
import { NBSP } from '../../src/model/typography.ts';

const range = (low: string, high: string): Range => ({ low: parseDecimal(low)!, high: parseDecimal(high)! });

describe('parseLabValue', () => {
  it('reads a leading-dot decimal and keeps its printed precision', () => {
    assert.deepEqual(parseLabValue('.71'), { kind: 'number', value: 0.71, decimals: 2 });
    assert.deepEqual(parseLabValue('1.60'), { kind: 'number', value: 1.6, decimals: 2 });
  });
  it('reads censored values as their own kind, with their comparator', () => {
    assert.deepEqual(parseLabValue('>1000'), { kind: 'censored', comparator: '>', value: 1000, decimals: 0 });
    assert.deepEqual(parseLabValue('≤.1'), { kind: 'censored', comparator: '≤', value: 0.1, decimals: 1 });
    assert.deepEqual(parseLabValue('<= 2'), { kind: 'censored', comparator: '≤', value: 2, decimals: 0 });
  });
  it('reads a dash as a missing value, never as zero', () => {
    assert.deepEqual(parseLabValue('–'), { kind: 'missing' });
  });
  it('rejects anything else', () => {
    for (const bad of ['', 'abc', '1,5', '> x', '1.2.3', '.', 'n/a']) assert.equal(parseLabValue(bad), null, bad);
  });
});

describe('formatLabValue', () => {
  it('uses a decimal point in English and a decimal comma in Spanish', () => {
    const value = parseLabValue('.71')!;
    assert.equal(formatLabValue(value, 'en'), '0.71');
    assert.equal(formatLabValue(value, 'es'), '0,71');
  });
  it('keeps the sign of a censored value, joined to its number by a no-break space', () => {
    assert.equal(formatLabValue(parseLabValue('≤.1')!, 'es'), `≤${NBSP}0,1`);
    assert.equal(formatLabValue(parseLabValue('>1000')!, 'en'), `>${NBSP}1000`);
  });
  it('prints a missing value as a dash', () => {
    assert.equal(formatLabValue({ kind: 'missing' }, 'es'), '–');
  });
  it('keeps trailing zeros the source printed', () => {
    assert.equal(formatLabValue(parseLabValue('5.60')!, 'en'), '5.60');
  });
});

describe('formatRange', () => {
  it('formats both limits with their own precision', () => {
    assert.equal(formatRange(range('.0', '.5'), 'es'), '0,0–0,5');
    assert.equal(formatRange(range('4.50', '10.80'), 'en'), '4.50–10.80');
  });
});

describe('flagOf', () => {
  const crp = range('.00', '.50');
  it('flags exact values above and below the range', () => {
    assert.equal(flagOf(parseLabValue('19.68')!, crp), 'high');
    assert.equal(flagOf(parseLabValue('.71')!, range('1.20', '6.50')), 'low');
    assert.equal(flagOf(parseLabValue('.42')!, crp), 'normal');
  });
  it('flags a censored value only when every value it allows is out of range', () => {
    assert.equal(flagOf(parseLabValue('>1000')!, range('.00', '3.40')), 'high');
    assert.equal(flagOf(parseLabValue('>2')!, range('.00', '3.40')), 'indeterminate');
    assert.equal(flagOf(parseLabValue('≤.1')!, crp), 'normal');
    assert.equal(flagOf(parseLabValue('≤.1')!, range('1.20', '6.50')), 'low');
  });
  it('does not flag a missing value', () => {
    assert.equal(flagOf({ kind: 'missing' }, crp), null);
  });
});

describe('multipleOfUpperLimit', () => {
  it('divides by the upper reference limit', () => {
    assert.equal(multipleOfUpperLimit(parseLabValue('720')!, range('130', '400')), 1.8);
  });
  it('gives no multiple for a missing value', () => {
    assert.equal(multipleOfUpperLimit({ kind: 'missing' }, range('130', '400')), null);
  });
});
