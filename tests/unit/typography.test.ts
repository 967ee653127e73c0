import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinNumbersAndUnits, keptWhole, NBSP } from '../../src/model/typography.ts';

/** Writes a no-break space as "⍽" (a narrow one as "⎵"), so an expectation shows them. */
const shown = (text: string) => text.replaceAll(NBSP, '⍽').replaceAll('\u202f', '⎵');
const join = (text: string) => shown(joinNumbersAndUnits(text));

describe('joinNumbersAndUnits', () => {
  it('joins a temperature to its degree sign, in both languages', () => {
    assert.equal(join('with a fever (>38 °C) and dyspnoea'), 'with a fever (>38⍽°C) and dyspnoea');
    assert.equal(join('por fiebre (>38 °C) y disnea'), 'por fiebre (>38⍽°C) y disnea');
  });
  it('joins a dose to a compound unit, and a time to its hour symbol', () => {
    assert.equal(
      join('tocilizumab (8 mg/kg every 12 h, 2 subcutaneous doses)'),
      'tocilizumab (8⍽mg/kg every 12⍽h, 2 subcutaneous doses)',
    );
    assert.equal(
      join('tocilizumab (8 mg/kg cada 12 h, 2 dosis subcutáneas)'),
      'tocilizumab (8⍽mg/kg cada 12⍽h, 2 dosis subcutáneas)',
    );
  });
  it('joins a dose per day, whether the day is written in English or Spanish', () => {
    assert.equal(join('doses greater than 2400 mg/day for'), 'doses greater than 2400⍽mg/day for');
    assert.equal(join('dosis superiores a 2400 mg/día para'), 'dosis superiores a 2400⍽mg/día para');
  });
  it('joins a number to the unit that ends a sentence or a clause', () => {
    assert.equal(join('48 h.'), '48⍽h.');
    assert.equal(
      join('Desde el inicio de anakinra hasta 48 h después:'),
      'Desde el inicio de anakinra hasta 48⍽h después:',
    );
    assert.equal(join('100 mg single total dose'), '100⍽mg single total dose');
  });
  it('joins a comparator to its number, with a decimal point or a decimal comma', () => {
    assert.equal(join('> 1000'), '>⍽1000');
    assert.equal(join('≤ 0,1'), '≤⍽0,1');
    assert.equal(join('≤ 0.1'), '≤⍽0.1');
    assert.equal(join('≥ .5 mg/dL'), '≥⍽.5⍽mg/dL');
  });
  it('joins a Spanish percentage, and leaves the English one without a space as it is', () => {
    assert.equal(join('en el 69 % de los pacientes'), 'en el 69⍽% de los pacientes');
    assert.equal(join('in 69% of patients'), 'in 69% of patients');
  });
  it('never adds a space where there was none', () => {
    assert.equal(join('>38°C, 8mg/kg, ≤0,1, >1000'), '>38°C, 8mg/kg, ≤0,1, >1000');
  });
  it('sets a count per microlitre against its number, with no space before the "per", as "mg/dL" is written', () => {
    assert.equal(join('de 4,42 a 8,11 /μL'), 'de 4,42 a 8,11/μL');
    assert.equal(join('from 4.42 to 8.11 /µL'), 'from 4.42 to 8.11/µL');
    assert.equal(join('8.11/μL'), '8.11/μL');
  });
  it('joins a power of ten to its number, and keeps the slash of its unit as typed', () => {
    assert.equal(join('9.81 ×10^3/μL'), '9.81⍽×10^3/μL');
    assert.equal(join('9,81 × 10³/µL'), '9,81⍽×⍽10³/µL');
    assert.equal(join('0.87 ×10^9/L and 406 ng/mL'), '0.87⍽×10^9/L and 406⍽ng/mL');
  });
  it('adds no invisible character (word joiner, zero-width space) anywhere', () => {
    for (const text of ['8,11 /μL', '9.81 ×10^3/μL', '8 mg/kg, 1.3 μg/mL', '> 1000', '38 °C'])
      assert.doesNotMatch(joinNumbersAndUnits(text), /[\u200b-\u200d\u2060\ufeff\u00ad]/u, text);
  });
  it('joins the units of Table 1 and of the lab summary', () => {
    for (const unit of ['mg/dL', 'μg/mL', 'ng/mL', 'pg/mL', 'g/dL', 'U/L', 'mL', 'μL', 'kg'])
      assert.equal(join(`fell from 10 to 1.60 ${unit}`), `fell from 10 to 1.60⍽${unit}`, unit);
  });
  it('leaves a year, or a number followed by a word that is not a unit, as it is', () => {
    for (const text of [
      'in December 2019 in Wuhan',
      '2020 Elsevier España',
      'dado de alta 14 días después del ingreso',
      'discharged 14 days after admission',
      '2 dosis subcutáneas',
      'Varón de 51 años',
      'a las 2 horas',
      '12 meses',
      '3 La',
      'ingresó 2 UCI',
    ])
      assert.equal(join(text), text);
  });
  it('leaves a number that ends a name as it is', () => {
    for (const text of ['SARS-CoV-2 h', 'IL-6 U', 'COVID-19 %', 'pT4N1M0 mg', 'IL-6 (pg/mL)'])
      assert.equal(join(text), text);
  });
  it('keeps a narrow no-break space where the editor typed one, and a no-break space as it is', () => {
    assert.equal(join('69\u202f%'), '69⎵%');
    assert.equal(join(`48${NBSP}h`), '48⍽h');
  });
  it('joins a number and unit that a line of the source parts', () => {
    assert.equal(join('administration of 100\nmg'), 'administration of 100⍽mg');
  });
});

describe('keptWhole', () => {
  it('cuts out a number set against its per-unit, to be kept on one line', () => {
    assert.deepEqual(keptWhole(joinNumbersAndUnits('Leucocitos: aumento de 4,42 a 8,11 /μL')), [
      { text: 'Leucocitos: aumento de 4,42 a ', whole: false },
      { text: '8,11/μL', whole: true },
    ]);
    assert.deepEqual(keptWhole('from 0.87/µL to 5.60/µL.'), [
      { text: 'from ', whole: false },
      { text: '0.87/µL', whole: true },
      { text: ' to ', whole: false },
      { text: '5.60/µL', whole: true },
      { text: '.', whole: false },
    ]);
  });
  it('leaves text without one as one run, a number and its unit symbol included', () => {
    for (const text of ['8\u00a0mg/kg every 12\u00a0h', 'IL-6/μL', '', 'mg/dL'])
      assert.deepEqual(keptWhole(text), [{ text, whole: false }], text);
  });
});
