/**
 * The reference list's loader: `references.yaml` (CSL data written as YAML) or `references.json` (a CSL JSON export,
 * as Zotero writes it) in the content's references folder, one of the two. It reads the whole list, checks it
 * (src/model/checks/references.ts: CSL 1.0.2 and the site's rules, each problem naming the file, the reference and
 * the field) and stores each reference under its number, its place in the list ("1", "2", …), which is what
 * `<Cite n={…} />` names; the item keeps its own CSL id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { readReferenceList } from '../model/checks/references.ts';
import { ContentError } from '../model/section-model.ts';

/** The names the reference list may have, YAML or JSON. */
export const REFERENCE_FILES = ['references.yaml', 'references.yml', 'references.json'] as const;

/** The list's one file, or the problem of finding none or several. */
function referenceFile(dir: string, shown: string): string {
  const found = REFERENCE_FILES.filter((name) => existsSync(`${dir}/${name}`));
  if (found.length === 1) return `${dir}/${found[0]}`;
  throw new ContentError([
    found.length
      ? `${shown}: holds ${found.join(' and ')}: keep one reference list (YAML, or a CSL JSON export)`
      : `${shown}/references.yaml is missing: the reference list (a list of CSL items; references.json for a CSL JSON export)`,
  ]);
}

/** The file's text as data: JSON for `.json`, YAML otherwise; a file that is neither fails, naming it. */
function parsed(file: string, shown: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    const kind = file.endsWith('.json') ? 'JSON' : 'YAML';
    throw new ContentError([`${shown}: is not valid ${kind}: ${(error as Error).message}`]);
  }
}

/** Reads the list in `dir` (relative to the project's root, as CONTENT_ROOT gives it) into the collection's store. */
export function referencesLoader(dir: string): Loader {
  async function sync({ config, store, parseData }: LoaderContext, file: string): Promise<void> {
    const shown = relative(fileURLToPath(config.root), file);
    const { references, problems } = readReferenceList(parsed(file, shown), shown);
    if (problems.length) throw new ContentError(problems);
    store.clear();
    for (const { n, item } of references) {
      const id = String(n);
      store.set({ id, data: await parseData({ id, data: item, filePath: file }), filePath: shown });
    }
  }
  return {
    name: 'references-loader',
    load: async (context) => {
      const folder = fileURLToPath(new URL(`${dir}/`, context.config.root)).replace(/\/$/, '');
      const file = referenceFile(folder, relative(fileURLToPath(context.config.root), folder));
      await sync(context, file);
      // `npm run dev`: an edit of the list reloads it (and a list that becomes invalid says why in the terminal).
      context.watcher?.add(file);
      context.watcher?.on('change', (changed) => {
        if (changed === file) sync(context, file).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
