/**
 * The site's base path ("/", or "/case-report/" for a build given --base), read here and in no page or component,
 * so that every URL under it is joined one way (`withBase`). It is known only inside Astro's build (Vite replaces
 * it), so the pure modules beside this one take the base as an argument and the unit tests never import this file.
 */
import { withBase } from './urls.ts';

/** The base path the site is built for, as Astro gives it. */
export const BASE: string = import.meta.env.BASE_URL;

/**
 * A file or page of the site under the base: fileUrl('citation.bib') → "/case-report/citation.bib",
 * fileUrl('/es/') → "/case-report/es/".
 */
export function fileUrl(path: string): string {
  return withBase(BASE, path);
}
