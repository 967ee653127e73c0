import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToHtml, mdxToJs } from 'satteri';
import { hastJoinNumbersAndUnits } from '../../src/mdx/hast-typography.ts';

/** Markdown through the plugin, with each no-break space written "⍽". */
const html = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [hastJoinNumbersAndUnits] })).html.replaceAll('\u00a0', '⍽');

describe('hastJoinNumbersAndUnits', () => {
  it('joins numbers and units in the text an editor typed with ordinary spaces', async () => {
    assert.equal(
      await html('A fever (>38 °C), then 8 mg/kg every 12 h.'),
      '<p>A fever (&gt;38⍽°C), then 8⍽mg/kg every 12⍽h.</p>\n',
    );
  });
  it('joins them inside links and emphasis, but leaves the link target and title as written', async () => {
    assert.equal(
      await html('[48 h later](https://example.org/?q=48%20h "8 mg") and *69 %*'),
      '<p><a href="https://example.org/?q=48%20h" title="8 mg">48⍽h later</a> and <em>69⍽%</em></p>\n',
    );
  });
  it('leaves code as written', async () => {
    assert.equal(await html('`48 h`\n\n```\n8 mg\n```'), '<p><code>48 h</code></p>\n<pre><code>8 mg\n</code></pre>\n');
  });
  it("joins the text inside an MDX component, and leaves its attributes and the document's expressions alone", async () => {
    const { code } = await mdxToJs('Dose <Figure note="8 mg">8 mg/kg <code>12 h</code></Figure> and {"48 h"}\n', {
      hastPlugins: [hastJoinNumbersAndUnits],
    });
    assert.match(code, /note: "8 mg"/);
    assert.match(code, /"8\\xA0mg\/kg "/);
    assert.match(code, /children: "12 h"/);
    assert.match(code, /"48 h"/);
  });
});
