/**
 * A static host that behaves as Netlify and Cloudflare Pages do with a `_headers` file: it serves dist/ at /, the
 * sub-path build dist-subpath/ at /case-report/, and the fixtures (dist-fixture/, dist-fixture2/, dist-fixture3/) at
 * their bases (tests/hosts/plan.ts MOUNTS), applies every `_headers` rule whose path matches (parsed and matched
 * by Netlify's own parser; values of a header set by two rules are joined, as those hosts join them), and answers a
 * missing path with the build's 404.html and status 404. `astro preview` sends no `_headers`; this host does.
 *
 *   node tests/hosts/headers-host.ts [port]      (default 4400)
 */
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mimes } from 'mrmime';
import sirv from 'sirv';
import { MOUNTS } from './plan.ts';

const port = Number(process.argv[2] ?? 4400);
// Types these hosts know that sirv's table lacks.
Object.assign(mimes, { ico: 'image/x-icon', bib: 'application/x-bibtex', ris: 'application/x-research-info-systems' });
// Each build that exists, under the path it was built for (tests/hosts/plan.ts): a spec run alone builds only its own.
const SITES = Object.entries(MOUNTS)
  .map(([dir, prefix]) => ({ dir, prefix }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

const sites = await Promise.all(
  SITES.filter(({ dir }) => existsSync(join(dir, '404.html'))).map(async ({ prefix, dir }) => {
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [join(dir, '_headers')],
      configHeaders: undefined,
      minimal: false,
    });
    if (errors.length) throw new Error(`${dir}/_headers: ${errors.map((e) => e.message).join('; ')}`);
    const rules = headers as Header[];
    const applyRules = (res: ServerResponse, path: string) => {
      const values = new Map<string, string[]>();
      for (const rule of rules.filter((r) => r.forRegExp.test(path)))
        for (const [name, value] of Object.entries(rule.values))
          values.set(name.toLowerCase(), [...(values.get(name.toLowerCase()) ?? []), value]);
      for (const [name, list] of values) res.setHeader(name, list.join(', '));
    };
    // The files are served under the base path the build was made for, as a host serving its folder there would.
    const files = sirv(dir, { etag: true, dev: false });
    const notFound = await readFile(join(dir, '404.html'));
    const serve = (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://host');
      applyRules(res, url.pathname);
      req.url = `/${url.pathname.slice(prefix.length)}${url.search}`;
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
      });
    };
    return { prefix, serve };
  }),
);

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://host').pathname;
  const site = sites.find((s) => path.startsWith(s.prefix));
  if (site) site.serve(req, res);
  else res.writeHead(404).end();
}).listen(port, '127.0.0.1', () => console.log(`_headers host: http://127.0.0.1:${port}/ and /case-report/`));
