import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { interpolate } from '../../src/i18n/interpolate.ts';
import {
  affiliationsOf,
  carriesHighwireTags,
  coinsContextObject,
  editionName,
  highwireTags,
  plainAbstract,
} from '../../src/formats/citation/scholarly.ts';
import type { ArticleMetadata } from '../../src/model/schemas.ts';
import { loadMetadata, loadReferences } from './helpers.ts';

const meta = loadMetadata();

/** A small invented record: two authors, and values with the characters a query string reserves. */
const invented: ArticleMetadata = {
  ...meta,
  title: { en: 'Tests & trials: 1 = 1?', es: 'Pruebas' },
  shortTitle: { en: 'Tests', es: 'Pruebas' },
  authors: [
    {
      family: 'de la Peña',
      given: 'Ana María',
      initials: 'AM',
      affiliations: ['a'],
      corresponding: true,
      email: 'ana@example.org',
      equalContribution: false,
    },
    {
      family: 'Smith',
      given: 'J.',
      initials: 'J',
      affiliations: ['a'],
      corresponding: false,
      equalContribution: false,
    },
  ],
  journal: { ...meta.journal, title: 'Acta Ficta (A/B)', abbreviation: 'Acta Fict' },
  publication: {
    online: new Date('2024-01-15'),
    issue: { date: { year: 2024, month: 3 }, volume: '9', number: '2', firstPage: 'e101', lastPage: 'e104' },
  },
  doi: '10.5555/x.y;z',
  pmid: '123',
};

/**
 * Reads a ContextObject as Zotero's parseContextObject (zotero/utilities, openurl.js) does: split at "&" and "=",
 * "+" (and "%2B") read as a space, then percent-decoded.
 */
const asZotero = (co: string) =>
  co.split('&').map((part) => {
    const [key = '', value = ''] = part.split('=');
    return [key, decodeURIComponent(value.replace(/\+|%2[bB]/g, ' '))] as const;
  });

describe('affiliationsOf', () => {
  it('gives an author’s affiliations in English, as the article publishes them', () => {
    assert.deepEqual(affiliationsOf(meta, meta.authors[2]!), [
      'Instituto de Investigación Biomédica de Salamanca (IBSAL), Salamanca, Spain',
      'Servicio de Oncología Médica, Complejo Universitario de Ávila, Ávila, Spain',
    ]);
  });
});

describe('highwireTags', () => {
  it('names every author’s institutions in English, never the Spanish pages’ form', () => {
    const institutions = highwireTags(meta, loadReferences())
      .filter(([name]) => name === 'citation_author_institution')
      .map(([, content]) => content);
    assert.equal(institutions.length, 12);
    for (const name of institutions) assert.match(name, /, Spain$/);
  });

  it('gives the abstract it is handed as citation_abstract, once', () => {
    const tags = highwireTags(invented, [], undefined, 'First paragraph.\n\nSecond.');
    assert.deepEqual(
      tags.filter(([name]) => name === 'citation_abstract'),
      [['citation_abstract', 'First paragraph.\n\nSecond.']],
    );
  });

  it('writes no citation_abstract without an abstract (an empty one would be saved as the abstract)', () => {
    assert.equal(highwireTags(invented, [], undefined, undefined).filter(([n]) => n === 'citation_abstract').length, 0);
  });
});

describe('carriesHighwireTags', () => {
  it('is true of the English landing page alone', () => {
    assert.equal(carriesHighwireTags({ landing: true }, 'en'), true);
    assert.equal(carriesHighwireTags({ landing: true }, 'es'), false);
    assert.equal(carriesHighwireTags({ landing: false }, 'en'), false);
  });
});

describe('plainAbstract', () => {
  it('joins the blocks’ text with a blank line, trimmed, leaving out empty blocks', () => {
    assert.equal(plainAbstract([{ text: ' One. ' }, { text: '' }, { text: 'Two.' }]), 'One.\n\nTwo.');
  });
});

describe('coinsContextObject', () => {
  const co = new URLSearchParams(coinsContextObject(invented, 'Abstract, with 50% & more.'));

  it('is a Z39.88-2004 ContextObject in the journal format, for an article', () => {
    assert.equal(co.get('ctx_ver'), 'Z39.88-2004');
    assert.equal(co.get('rft_val_fmt'), 'info:ofi/fmt:kev:mtx:journal');
    assert.equal(co.get('rft.genre'), 'article');
  });

  it('names the article, its journal, issue and pages', () => {
    assert.equal(co.get('rft.atitle'), 'Tests & trials: 1 = 1?');
    assert.equal(co.get('rft.jtitle'), 'Acta Ficta (A/B)');
    assert.equal(co.get('rft.stitle'), 'Acta Fict');
    assert.equal(co.get('rft.date'), '2024-03');
    assert.deepEqual(
      ['rft.volume', 'rft.issue', 'rft.spage', 'rft.epage'].map((k) => co.get(k)),
      ['9', '2', 'e101', 'e104'],
    );
  });

  it('names the first author by parts and every author, in order, as "Family, Given"', () => {
    assert.equal(co.get('rft.aulast'), 'de la Peña');
    assert.equal(co.get('rft.aufirst'), 'Ana María');
    assert.deepEqual(co.getAll('rft.au'), ['de la Peña, Ana María', 'Smith, J.']);
  });

  it('identifies the article by its DOI and PMID, and gives its abstract and language', () => {
    assert.deepEqual(co.getAll('rft_id'), ['info:doi/10.5555/x.y;z', 'info:pmid/123']);
    assert.equal(co.get('rft.description'), 'Abstract, with 50% & more.');
    assert.equal(co.get('rft.language'), 'en');
  });

  it('reaches Zotero’s own parser intact, reserved characters and all', () => {
    const read = asZotero(coinsContextObject(invented, 'Abstract, with 50% & more.'));
    assert.deepEqual(
      read.filter(([key]) => ['rft.atitle', 'rft.jtitle', 'rft.au', 'rft_id', 'rft.description'].includes(key)),
      [
        ['rft_id', 'info:doi/10.5555/x.y;z'],
        ['rft_id', 'info:pmid/123'],
        ['rft.atitle', 'Tests & trials: 1 = 1?'],
        ['rft.jtitle', 'Acta Ficta (A/B)'],
        ['rft.au', 'de la Peña, Ana María'],
        ['rft.au', 'Smith, J.'],
        ['rft.description', 'Abstract, with 50% & more.'],
      ],
    );
  });

  it('has no description without an abstract', () => {
    assert.equal(new URLSearchParams(coinsContextObject(invented)).has('rft.description'), false);
  });
});

describe('editionName', () => {
  it('is the short title in the page’s language and the UI string, never the journal’s name', () => {
    const t = (key: 'site.editionName', vars: Record<string, string>) => interpolate(en[key], vars);
    assert.equal(editionName(invented, 'en', t), interpolate(en['site.editionName'], { title: 'Tests' }));
    assert.equal(editionName(invented, 'es', t), interpolate(en['site.editionName'], { title: 'Pruebas' }));
    assert.notEqual(editionName(meta, 'en', t), meta.journal.title);
  });
});
