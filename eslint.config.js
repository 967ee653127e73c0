// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import playwright from 'eslint-plugin-playwright';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  // The browser tests: Playwright's own rules (web-first assertions, no fixed waits, no skipped or focused tests).
  { ...playwright.configs['flat/recommended'], files: ['tests/e2e/**/*.ts'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The site's code stays in small files and small functions (docs/architecture.md): a file that grows past 400
  // lines or a function past 60 is split along its seams.
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
);
