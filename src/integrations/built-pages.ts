import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a build, with the URL path (without base) it is served at. */
export async function builtPages(dir: string): Promise<{ file: string; path: string; html: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      return { file, path, html: await readFile(file, 'utf8') };
    }),
  );
}
