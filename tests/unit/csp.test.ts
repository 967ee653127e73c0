import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { inlineHashes, narrowCsp, pagePolicy, withOwnHashes } from '../../src/integrations/lib/csp.ts';
import { deferModuleScripts } from '../../src/integrations/lib/defer-scripts.ts';
import { allElements, parsePage, rawText } from '../../src/integrations/lib/html-edit.ts';

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
  it('adds the hash of an inline script Astro did not know of, such as one the pipeline wrote', () => {
    const html = page(policy, `<script>${script}</script><script>added()</script>`);
    assert.ok(narrowCsp(html).includes(hash('added()')));
  });
  it('hashes a script held in a <template>: it runs under the policy once put in place', () => {
    const html = page(policy, `<template data-after-paint><script type="module">go()</script></template>`);
    assert.ok(narrowCsp(html).includes(hash('go()')));
  });
  it('changes nothing of the page but the policy', () => {
    const body = `<script>${script}</script><style>${style}</style><p title='x'>a&nbsp;b<br/></p>`;
    const html = page(policy, body);
    const narrowed = narrowCsp(html);
    assert.ok(narrowed.endsWith(`${body}</head></html>`));
    assert.equal(narrowed.replace(/content="[^"]*"/, ''), html.replace(/content="[^"]*"/, ''));
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

describe('withOwnHashes', () => {
  it('fails when the page has inline code and the policy has no directive for it', () => {
    assert.throws(() => withOwnHashes("default-src 'self'", { script: [hash('x')], style: [] }), /no script-src/);
  });
});

describe('pagePolicy', () => {
  it("reads the policy of the page's <meta>, whatever the case of its attribute name", () => {
    assert.equal(
      pagePolicy(`<meta HTTP-EQUIV="Content-Security-Policy" content="default-src 'none'">`),
      "default-src 'none'",
    );
    assert.equal(pagePolicy('<p>none</p>'), undefined);
  });
});

describe('the pipeline (defer scripts, then narrow CSP)', () => {
  const loader = 'addEventListener("load",function(){})';
  const theme = 'document.documentElement.dataset.theme="dark"';
  const html = page(
    `script-src 'self' '${hash(theme)}' '${hash('stale()')}'; style-src 'self'`,
    `<script>${theme}</script></head><body><p>Text</p><script type="module" src="/_astro/a.js"></script><script type="module">inline()\r\n</script></body>`,
  ).replace('</head></html>', '</html>');
  const final = narrowCsp(deferModuleScripts(html, loader).html);

  it('allows by hash exactly the inline scripts of the final page, as the browser reads their text', () => {
    const tree = parsePage(final);
    const scripts = allElements(tree)
      .filter(({ element }) => element.tagName === 'script' && !element.properties['src'])
      .map(({ element }) => hash(rawText(element)));
    const policy = pagePolicy(final) ?? '';
    const allowed = [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]);
    assert.deepEqual(allowed.sort(), [...new Set(scripts)].sort());
    // Line ends are normalised before the browser hashes a script: "\r\n" reads as "\n".
    assert.ok(allowed.includes(hash('inline()\n')));
    assert.ok(allowed.includes(hash(loader)));
  });
});
