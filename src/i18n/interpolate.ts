/**
 * Fills `{name}` placeholders: interpolate('{count} results', { count: 3 }) → "3 results". A placeholder with no
 * value stays as written, so a missing variable shows on the page instead of vanishing. The UI strings, the chart
 * island and the search dialog all use this one function.
 */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    return value === undefined ? match : String(value);
  });
}
