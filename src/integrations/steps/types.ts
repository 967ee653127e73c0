/** One built page: its file, the URL path (without base) it is served at, and its HTML as the steps leave it. */
export interface BuiltPage {
  file: string;
  path: string;
  html: string;
}

/** What every post-build step is given. */
export interface StepContext {
  /** The build's output folder. */
  outDir: string;
  /** The build's base path, ending in "/". */
  base: string;
  /** Every page of the build, read once; steps that edit HTML change `html`, and the pipeline writes what changed. */
  pages: BuiltPage[];
  /** Reports something the reader of the build log should know, without stopping the build. */
  warn: (message: string) => void;
}

/** A named step of the post-build pipeline; it returns one line saying what it did. */
export interface Step {
  name: string;
  /** A step that edits the pages' HTML in memory; such steps come first, and the pages are written after them. */
  editsHtml?: boolean;
  run: (context: StepContext) => Promise<string> | string;
}
