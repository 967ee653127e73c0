import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { svgDataUrl } from '../../src/site/icons.ts';

const PREFIX = 'data:image/svg+xml,';
/**
 * A valid URL string holds only URL code points (WHATWG URL: ASCII alphanumerics, `!$&'()*+,-./:;=?@_~` and
 * non-ASCII characters that are not controls, surrogates or noncharacters) and `%` followed by two hex digits. The
 * W3C Nu HTML Checker holds every `href` to this.
 */
const VALID_URL = /^(?:[A-Za-z0-9!$&'()*+,\-./:;=?@_~\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD]|%[0-9A-Fa-f]{2})*$/u;

describe('svgDataUrl', () => {
  const icon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

  it('decodes to the same picture, with single quotes', () => {
    const url = svgDataUrl(icon);
    assert.ok(url.startsWith(PREFIX));
    assert.equal(decodeURIComponent(url.slice(PREFIX.length)), icon.trim().replace(/"/g, "'"));
  });
  it('is a valid URL: no raw space, nothing a URL cannot hold, every % an escape', () => {
    assert.match(svgDataUrl(icon), VALID_URL);
    assert.doesNotMatch(svgDataUrl(icon), / /);
    const awkward = '<svg fill="#0b5563" d="50%">\n\t<text>a [b] {c|d} ^e` \\ ? é</text>\r\n</svg>';
    const url = svgDataUrl(awkward);
    assert.match(url, VALID_URL);
    assert.equal(
      decodeURIComponent(url.slice(PREFIX.length)),
      "<svg fill='#0b5563' d='50%'> <text>a [b] {c|d} ^e` \\ ? é</text> </svg>",
    );
  });
  it('stays shorter than encodeURIComponent', () => {
    assert.ok(svgDataUrl(icon).length < PREFIX.length + encodeURIComponent(icon.trim()).length);
  });
});
