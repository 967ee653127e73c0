/**
 * The facets a reader can filter search results by, in reading order: each section's heading in the page's
 * language (a page's sections carry them as Pagefind filters), then the references page's heading.
 */
export function searchFacets(sectionTitles: readonly string[], references: string): string[] {
  return [...new Set([...sectionTitles, references])];
}
