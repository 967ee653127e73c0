import type { APIRoute, GetStaticPaths } from 'astro';
import icon from '../../public/favicon.svg?raw';
import { iconPng } from '../site/icons.ts';

/**
 * The web app manifest's icons: 192 and 512 px, rounded ("any"), and square to the edge for platforms that cut
 * their own shape ("maskable": the mark sits well inside the safe zone).
 */
export const getStaticPaths = (() =>
  [192, 512].flatMap((size) => [
    { params: { variant: String(size) }, props: { size, fullBleed: false } },
    { params: { variant: `maskable-${size}` }, props: { size, fullBleed: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number; fullBleed: boolean }> = ({ props }) =>
  new Response(new Uint8Array(iconPng(icon, props.size, { fullBleed: props.fullBleed })), {
    headers: { 'Content-Type': 'image/png' },
  });
