import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropUnusedCss, requiredScopes, withoutUnusedRules } from '../../src/integrations/lib/unused-css.ts';

describe('requiredScopes', () => {
  it('names every scope a selector requires of the elements it matches', () => {
    assert.deepEqual(requiredScopes('.nav.astro-a1 a.astro-b2'), ['a1', 'b2']);
  });
  it('requires nothing of a global selector', () => {
    assert.deepEqual(requiredScopes('.article p'), []);
  });
  it('leaves out scopes inside :not(), :is() and the like, which may match without them', () => {
    assert.deepEqual(requiredScopes('p:not(.astro-a1)'), []);
    assert.deepEqual(requiredScopes(':is(.x.astro-a1, .y) b.astro-c3'), ['c3']);
  });
});

describe('withoutUnusedRules', () => {
  const present = new Set(['a1']);
  it('drops a rule whose every selector requires a scope the page lacks, and keeps the others', () => {
    assert.equal(
      withoutUnusedRules('.x.astro-a1{color:red}.y.astro-z9{color:blue}p{margin:0}', present),
      '.x.astro-a1{color:red}p{margin:0}',
    );
  });
  it('drops a selector that needs two scopes when the page has only one of them', () => {
    assert.equal(withoutUnusedRules('.x.astro-a1 .y.astro-z9{color:red}', present), '');
  });
  it('keeps the selectors of a list that can match, dropping the others', () => {
    assert.equal(withoutUnusedRules('.x.astro-a1,.y.astro-z9{color:red}', present), '.x.astro-a1{color:red}');
  });
  it('empties media queries of unused rules, and drops the empty ones', () => {
    assert.equal(
      withoutUnusedRules('@media print{.y.astro-z9{color:red}}@media (min-width:1px){p{margin:0}}', present),
      '@media (min-width:1px){p{margin:0}}',
    );
  });
  it('keeps keyframes whole', () => {
    const css = '@keyframes spin{from{opacity:0}to{opacity:1}}';
    assert.equal(withoutUnusedRules(css, present), css);
  });
});

describe('dropUnusedCss', () => {
  const style = '.x.astro-a1{color:red}.y.astro-z9{color:blue}';
  it("narrows each inline stylesheet to the scopes the page's elements carry", () => {
    const html = `<html><head><style>${style}</style></head><body><p class="x astro-a1">T</p></body></html>`;
    const { html: out, removed } = dropUnusedCss(html);
    assert.equal(
      out,
      '<html><head><style>.x.astro-a1{color:red}</style></head><body><p class="x astro-a1">T</p></body></html>',
    );
    assert.equal(removed, '.y.astro-z9{color:blue}'.length);
  });
  it('does not count a scope that only the stylesheet names as present', () => {
    const html = `<html><head><style>${style}</style></head><body><p>T</p></body></html>`;
    assert.equal(dropUnusedCss(html).html, '<html><head><style></style></head><body><p>T</p></body></html>');
  });
  it('counts the scopes of what a template holds, which a script may put in place', () => {
    const html = `<html><head><style>${style}</style></head><body><template><i class="astro-z9"></i></template></body></html>`;
    assert.match(dropUnusedCss(html).html, /<style>\.y\.astro-z9\{color:blue\}<\/style>/);
  });
  it('counts class names only: text or another attribute that says astro-… is no scope', () => {
    const html = `<html><head><style>${style}</style></head><body><p title="astro-z9">astro-z9</p></body></html>`;
    assert.equal(dropUnusedCss(html).html.includes('astro-z9{'), false);
  });
  it('leaves a page without a stylesheet as it is', () => {
    const html = '<html><head></head><body><p class="astro-a1">T</p></body></html>';
    assert.deepEqual(dropUnusedCss(html), { html, removed: 0 });
  });
});
