import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deferModuleScripts } from '../../src/integrations/lib/defer-scripts.ts';
import { allElements, parsePage } from '../../src/integrations/lib/html-edit.ts';

const LOADER = 'window.loaded=1';
const doc = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** The scripts the browser would see in the document as it arrives (not those a <template> holds). */
function liveScripts(html: string) {
  return allElements(parsePage(html))
    .filter(({ element, inTemplate }) => element.tagName === 'script' && !inTemplate)
    .map(({ element }) => element);
}

describe('deferModuleScripts', () => {
  const theme = '<script>document.documentElement.dataset.theme="dark"</script>';
  const modules = '<script type="module" src="/_astro/a.js"></script><p>Text</p><script type="module">b()</script>';
  const { html, deferred } = deferModuleScripts(doc(theme, modules), LOADER);

  it('leaves no module script in the initial document', () => {
    assert.equal(deferred, 2);
    assert.deepEqual(
      liveScripts(html).filter((el) => el.properties['type'] === 'module'),
      [],
    );
  });
  it('holds each module script, unchanged, in a template in its place', () => {
    assert.ok(
      html.includes(
        '<body><template data-after-paint><script type="module" src="/_astro/a.js"></script></template><p>Text</p><template data-after-paint><script type="module">b()</script></template></body>',
      ),
    );
  });
  it('keeps the blocking theme script first, and puts the loader at the end of the head', () => {
    const live = liveScripts(html);
    assert.equal(live.length, 2);
    assert.ok(html.startsWith(`<!doctype html><html><head>${theme}<script>${LOADER}</script></head>`));
  });
  it('leaves a page without scripts to hold as it is', () => {
    const plain = doc(theme, '<p>Text</p><script type="application/ld+json">{}</script>');
    assert.deepEqual(deferModuleScripts(plain, LOADER), { html: plain, deferred: 0 });
  });
  it('adds the loader where a component still holds a part in a template itself', () => {
    const held = doc('', '<template data-after-paint><link rel="manifest" href="/m"></template>');
    assert.ok(deferModuleScripts(held, LOADER).html.includes(`<script>${LOADER}</script></head>`));
  });
});
