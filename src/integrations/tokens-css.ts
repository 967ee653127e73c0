/**
 * Writes the design tokens (src/site/tokens.ts) into the site's stylesheet: a Vite transform puts their `:root` rule
 * ahead of src/styles/global.css, so the CSS reads the same values as the theme colour, the share card, the lab
 * chart's panels and the PDF, and the stylesheet is still inlined in each page like any other.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rootRule } from '../site/tokens.ts';

const GLOBAL_CSS = fileURLToPath(new URL('../styles/global.css', import.meta.url));

export default function tokensCss(): AstroIntegration {
  return {
    name: 'case-report:tokens-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'case-report:tokens-css',
                // Before Vite's CSS plugin: the rule joins the stylesheet's source, and is minified with it.
                enforce: 'pre',
                transform(code, id) {
                  if (id !== GLOBAL_CSS) return undefined;
                  return { code: `${rootRule()}\n${code}`, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
