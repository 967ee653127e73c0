/**
 * The caching each build asks its host for, read from the files it wrote: `_headers` (Netlify, Cloudflare Pages),
 * parsed and matched by Netlify's own parser, and `vercel.json`. Only files whose names carry a hash of their
 * content (under _astro/) may be cached as `immutable`; the service worker, whose name never changes, is revalidated
 * on every visit, or a new deploy would never reach a reader who has the old one. The test hosts serve these same
 * rules in the browser tests (tests/hosts/); this reads them where they are written.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { BUILDS, builtDir, builtFile, builtFiles, type Build } from './builds.ts';

/** The Cache-Control values that apply to a URL path, by host, with the rule that gives each. */
type Rules = (path: string) => { value: string; rule: string }[];

async function netlifyRules(build: Build): Promise<Rules> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(builtDir(build), '_headers')],
    configHeaders: undefined,
    minimal: false,
  });
  assert.deepEqual(
    errors.map((e) => e.message),
    [],
    `${build.dir}/_headers does not parse`,
  );
  return (path) =>
    (headers as Header[])
      .filter((rule) => rule.forRegExp.test(path))
      .flatMap((rule) =>
        Object.entries(rule.values)
          .filter(([name]) => name.toLowerCase() === 'cache-control')
          .map(([, value]) => ({ value, rule: rule.for })),
      );
}

/**
 * Vercel's `source` patterns as this site writes them: literal paths, and `(.*)` for any rest of the path. Any other
 * pattern syntax fails here rather than be matched wrongly.
 */
function vercelRules(build: Build): Rules {
  const config = JSON.parse(builtFile(build, 'vercel.json')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  const rules = config.headers.map(({ source, headers }) => {
    assert.doesNotMatch(
      source.replaceAll('(.*)', ''),
      /[:*()?+]/,
      `${build.dir}/vercel.json: "${source}" uses pattern syntax this test does not read`,
    );
    const pattern = new RegExp(
      `^${source
        .split('(.*)')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(.*)')}$`,
    );
    return { source, pattern, values: headers.filter((h) => h.key.toLowerCase() === 'cache-control') };
  });
  return (path) =>
    rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.values.map((h) => ({ value: h.value, rule: r.source })));
}

const HOSTS = [
  { file: '_headers', rules: netlifyRules },
  { file: 'vercel.json', rules: async (build: Build) => vercelRules(build) },
];

for (const build of BUILDS)
  describe(`${build.dir}: the hosts' caching rules`, () => {
    for (const host of HOSTS) {
      it(`${host.file} revalidates sw.js on every visit, and never caches it as immutable`, async () => {
        const rules = await host.rules(build);
        const path = `${build.base}sw.js`;
        const applied = rules(path);
        assert.ok(applied.length, `${build.dir}/${host.file}: no Cache-Control for ${path}`);
        for (const { value, rule } of applied) {
          assert.doesNotMatch(
            value,
            /immutable/i,
            `${build.dir}/${host.file}: rule "${rule}" caches ${path} as "${value}"`,
          );
          assert.match(
            value,
            /max-age=0|no-cache|no-store/i,
            `${build.dir}/${host.file}: rule "${rule}" lets ${path} be cached ("${value}") without revalidating`,
          );
        }
      });

      it(`${host.file} caches as immutable only files whose names carry their content's hash`, async () => {
        const rules = await host.rules(build);
        const wrong = builtFiles(build)
          .filter((file) => !file.startsWith('_astro/') && /\.[a-z0-9]+$/i.test(file))
          // A page is served at its folder's URL ("es/index.html" at /es/).
          .map((file) => `${build.base}${file.replace(/(^|\/)index\.html$/, '$1')}`)
          .flatMap((path) =>
            rules(path)
              .filter(({ value }) => /immutable/i.test(value))
              .map(({ rule, value }) => `${path} (rule "${rule}": ${value})`),
          );
        assert.deepEqual(wrong, [], `${build.dir}/${host.file}: files that change with a deploy, cached as immutable`);
      });
    }
  });
