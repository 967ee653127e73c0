// citation-js ships no type declarations; these cover the parts this site uses.
declare module '@citation-js/core' {
  export type CslData = Record<string, unknown>;
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown): Promise<Cite>;
    data: CslData[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    input: { has(format: string): boolean };
    output: { has(format: string): boolean };
    config: { get(plugin: string): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
