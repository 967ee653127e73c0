/** "narrow CSP": each page's `<meta>` policy allows exactly its own inline scripts and styles (src/integrations/lib/csp.ts). */
import { narrowCsp as narrow } from '../lib/csp.ts';
import type { Step } from './types.ts';

export const narrowCsp: Step = {
  name: 'narrow CSP',
  editsHtml: true,
  run({ pages }) {
    let narrowed = 0;
    for (const page of pages) {
      const html = narrow(page.html);
      if (html !== page.html) narrowed++;
      page.html = html;
    }
    return `${narrowed} of ${pages.length} policies narrowed to their page's own hashes`;
  },
};
