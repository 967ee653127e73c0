/**
 * The host of the engine tours: dist/ served in this process with its `_headers` rules applied (as Netlify and
 * Cloudflare Pages apply them, like tests/hosts/headers-host.ts), so that a tour can hold a file's response until
 * it says so, which is how it types into the search box before the search code has arrived.
 */
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mimes } from 'mrmime';
import sirv from 'sirv';

Object.assign(mimes, { ico: 'image/x-icon', bib: 'application/x-bibtex', ris: 'application/x-research-info-systems' });

export interface Host {
  url: string;
  /**
   * From now on, the page's requests whose path matches `pattern` wait; returns what lets them go. The service
   * worker's own fetches (Sec-Fetch-Dest: empty, as it keeps the offline copy) pass: its install must not wait.
   */
  hold(pattern: RegExp): { requested: () => string[]; release: () => void };
  close(): Promise<void>;
}

export async function startHost(dir: string, port: number): Promise<Host> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(dir, '_headers')],
    configHeaders: undefined,
    minimal: false,
  });
  if (errors.length) throw new Error(`${dir}/_headers: ${errors.map((e) => e.message).join('; ')}`);
  const rules = headers as Header[];
  const files = sirv(dir, { etag: true, dev: false });
  const notFound = await readFile(join(dir, '404.html'));
  const held: { pattern: RegExp; requested: string[]; waiting: (() => void)[] }[] = [];
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const values = new Map<string, string[]>();
    for (const rule of rules.filter((r) => r.forRegExp.test(path)))
      for (const [name, value] of Object.entries(rule.values))
        values.set(name.toLowerCase(), [...(values.get(name.toLowerCase()) ?? []), value]);
    for (const [name, list] of values) res.setHeader(name, list.join(', '));
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    });
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const hold = req.headers['sec-fetch-dest'] === 'empty' ? undefined : held.find((h) => h.pattern.test(path));
    if (!hold) return serve(req, res);
    hold.requested.push(path);
    hold.waiting.push(() => serve(req, res));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    hold(pattern) {
      const hold = { pattern, requested: [] as string[], waiting: [] as (() => void)[] };
      held.push(hold);
      return {
        requested: () => [...hold.requested],
        release: () => {
          held.splice(held.indexOf(hold), 1);
          for (const go of hold.waiting.splice(0)) go();
        },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
