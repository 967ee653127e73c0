/**
 * An editor's way in: build, preview or edit live a case report kept in any folder, or start a new one.
 *
 *   npm run report -- new <folder>                start a report from the skeleton (both languages), which builds as it is
 *   npm run report -- build <folder> [options]    build it into <folder>/dist (or --out)
 *   npm run report -- preview <folder> [options]  build it, then serve the build at http://localhost:4321
 *   npm run report -- dev <folder>                edit it live (astro dev)
 *
 * Options: --base /path/ (the base path it will be served under), --site https://example.org, --out <dir>.
 * <folder> holds the report's content/ (article/, metadata/, references/, and labs/ and terms/ if it has them).
 * Astro's cache is kept apart for each folder (node_modules/.astro-reports/<folder>), so a report never sees another
 * report's entries; the editor never names it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const COMMANDS = ['new', 'build', 'preview', 'dev'] as const;
type Command = (typeof COMMANDS)[number];
const SKELETON = new URL('./skeleton/', import.meta.url).pathname;

function usage(problem: string): never {
  console.error(
    `${problem}\nUsage: npm run report -- <${COMMANDS.join('|')}> <folder> [--base /path/] [--site URL] [--out dir]`,
  );
  process.exit(2);
}

/** The options after the folder, as astro's own flags. */
function options(args: string[]): { base?: string; site?: string; out?: string } {
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i] ?? '', args[i + 1]];
    if (!['--base', '--site', '--out'].includes(flag) || value === undefined) usage(`Unknown option "${flag}".`);
    found[flag.slice(2)] = value;
  }
  return found;
}

/** The report's content folder: <folder>/content, or the folder itself when it holds article/. */
function contentOf(folder: string): string {
  const content = join(folder, 'content');
  if (existsSync(join(content, 'article'))) return content;
  if (existsSync(join(folder, 'article'))) return folder;
  return usage(
    `${folder} holds no report: expected ${content}/article/ (start one with: npm run report -- new ${folder})`,
  );
}

/** Runs astro with the report's content and a cache of its own. */
function astro(args: string[], content: string): number {
  const cache = join('node_modules', '.astro-reports', relative('.', resolve(content)).replace(/[^A-Za-z0-9]+/g, '-'));
  const run = spawnSync('npx', ['astro', ...args], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_ROOT: content, ASTRO_CACHE_DIR: cache },
  });
  return run.status ?? 1;
}

function main([command, folder, ...rest]: string[]): number {
  if (!COMMANDS.includes(command as Command)) usage(`Unknown command "${command ?? ''}".`);
  if (!folder) usage("Name the report's folder.");
  if (command === 'new') {
    const content = join(folder, 'content');
    if (existsSync(content)) usage(`${content} exists already: choose another folder.`);
    cpSync(join(SKELETON, 'content'), content, { recursive: true });
    console.log(
      `A new report in ${content}: edit its files (docs/editing.md), then: npm run report -- preview ${folder}`,
    );
    return 0;
  }
  const content = contentOf(folder);
  const { base, site, out } = options(rest);
  const flags = [...(base ? ['--base', base] : []), ...(site ? ['--site', site] : [])];
  if (command === 'dev') return astro(['dev', ...flags], content);
  const dist = out ?? join(folder, 'dist');
  const built = astro(['build', ...flags, '--outDir', dist], content);
  if (built !== 0 || command === 'build') return built;
  console.log(`Serving ${basename(resolve(folder))} from ${dist}`);
  return astro(['preview', ...flags, '--outDir', dist], content);
}

process.exit(main(process.argv.slice(2)));
