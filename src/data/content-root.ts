/** The content folder the build reads: ./content, or another report's (CONTENT_ROOT, set by scripts/report.ts). */
export const CONTENT_ROOT = process.env['CONTENT_ROOT'] ?? './content';
