import type { APIRoute } from 'astro';
import icon from '../../public/favicon.svg?raw';
import { iconIco } from '../site/icons.ts';

/** /favicon.ico, for the readers and tools that ask for it whatever the page's `<link rel="icon">` says. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await iconIco(icon)), { headers: { 'Content-Type': 'image/x-icon' } });
