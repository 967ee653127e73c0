/**
 * JATS validation against the DTD a document names, offline: Debian's xmllint (libxml2-utils) with the XML catalog
 * of @jats4r/dtds, which maps the JATS public ids to the DTD files in node_modules. `--nonet` forbids fetching
 * anything, so a DOCTYPE the catalog does not resolve fails instead of reaching for the network.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const JATS_CATALOG = fileURLToPath(new URL('../node_modules/@jats4r/dtds/schema/catalog.xml', import.meta.url));

/** Validates XML text (or a file, given its path) against its DOCTYPE; `errors` is xmllint's own report. */
export function xmllintValid(input: { xml: string } | { file: string }): { valid: boolean; errors: string } {
  const args = ['--valid', '--nonet', '--noout', 'xml' in input ? '-' : input.file];
  const result = spawnSync('xmllint', args, {
    ...('xml' in input ? { input: input.xml } : {}),
    env: { ...process.env, XML_CATALOG_FILES: JATS_CATALOG },
    encoding: 'utf8',
  });
  if (result.error)
    throw new Error(`xmllint could not run (${result.error.message}): on Debian, apt-get install libxml2-utils`);
  return { valid: result.status === 0 && !result.stderr.trim(), errors: result.stderr.trim() };
}
