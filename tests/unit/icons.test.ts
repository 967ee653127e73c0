import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { svgDataUrl } from '../../src/lib/icons.ts';

describe('svgDataUrl', () => {
  const icon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

  it('decodes to the same picture, with single quotes', () => {
    const url = svgDataUrl(icon);
    assert.ok(url.startsWith('data:image/svg+xml,'));
    assert.equal(decodeURIComponent(url.slice('data:image/svg+xml,'.length)), icon.trim().replace(/"/g, "'"));
  });
  it('leaves nothing a URL in an attribute cannot hold', () => {
    assert.doesNotMatch(svgDataUrl('<svg fill="#0b5563" d="50%">\n</svg>'), /[<>#"\n]|%(?![0-9A-F]{2})/);
  });
});
