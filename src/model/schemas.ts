/**
 * The content model. Every collection's schema is built from shared parts (common.ts), one file per collection,
 * with messages written for the editor who will read them: each says what was expected. `src/content.config.ts`
 * wires them to files; unit tests import them directly.
 */
export * from './schemas/common.ts';
export * from './schemas/section.ts';
export * from './schemas/record.ts';
export * from './schemas/metadata.ts';
export * from './schemas/reference.ts';
export * from './schemas/lab-table.ts';
export * from './schemas/terms.ts';
