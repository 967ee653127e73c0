/**
 * The share card social sites show for a link to the article: a 1200 × 630 PNG drawn at build time with satori
 * (layout and text) and resvg (pixels), in the font the card ships with, so it looks the same on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { hexColor } from './tokens.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface ShareCardText {
  /** A short line above the title: the journal and year. */
  kicker: string;
  title: string;
  authors: string;
  doi: string;
  /** A line at the foot: what this edition is. */
  edition: string;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | string } };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type,
  props: { style, children },
});

/** The card as a PNG. */
export async function shareCardPng(card: ShareCardText): Promise<Buffer> {
  // The site's light colours (src/site/tokens.ts): the card is a light page.
  const accent = hexColor('color-accent');
  const page = (children: Node[]) =>
    el(
      'div',
      {
        width: '100%',
        height: '100%',
        display: 'flex',
        background: hexColor('color-bg'),
        borderTop: `18px solid ${accent}`,
      },
      [
        el(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'space-between',
            flexGrow: 1,
            margin: '44px 64px 48px',
            color: hexColor('color-text'),
            fontFamily: 'Noto Sans',
          },
          children,
        ),
      ],
    );
  const tree = page([
    el('div', { fontSize: 30, color: accent, fontWeight: 700 }, card.kicker),
    el('div', { fontSize: card.title.length > 120 ? 50 : 56, fontWeight: 700, lineHeight: 1.15 }, card.title),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', gap: 10, fontSize: 28, color: hexColor('color-text-muted') },
      [
        el('div', {}, card.authors),
        el('div', { display: 'flex', justifyContent: 'space-between' }, [
          el('div', {}, `doi:${card.doi}`),
          el('div', {}, card.edition),
        ]),
      ],
    ),
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...SHARE_CARD,
    fonts: [
      { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_CARD.width } }).render().asPng();
}
