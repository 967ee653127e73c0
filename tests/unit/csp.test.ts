import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { inlineHashes, narrowCsp } from '../../src/lib/csp.ts';

const hash = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

describe('narrowCsp', () => {
  const script = 'document.documentElement.dataset.theme = "dark";';
  const style = 'body{color:red}';
  const other = hash('elsewhere();');
  const policy = `default-src 'self'; script-src 'self' '${hash(script)}' '${other}'; style-src 'self' '${hash(style)}' '${hash('p{}')}';`;

  it("keeps the hashes of the page's own inline scripts and styles, and drops the rest", () => {
    const html = page(
      policy,
      `<script>${script}</script><style>${style}</style><script type="module" src="/a.js"></script>`,
    );
    const narrowed = narrowCsp(html);
    assert.match(narrowed, new RegExp(`script-src 'self' '${hash(script).replace(/[+/]/g, '\\$&')}';`));
    assert.ok(!narrowed.includes(other));
    assert.ok(!narrowed.includes(hash('p{}')));
    assert.ok(narrowed.includes(hash(style)));
    assert.ok(narrowed.includes("default-src 'self';"));
  });
  it('needs no hash for data blocks or script files', () => {
    const html = `<script type="application/ld+json">{}</script><script src="/x.js"></script><script type="module">go()</script>`;
    assert.deepEqual([...inlineHashes(html)], [hash('go()')]);
  });
  it('leaves a page without a policy as it is', () => {
    const html = `<html><script>${script}</script></html>`;
    assert.equal(narrowCsp(html), html);
  });
});
