import type { APIRoute } from 'astro';
import icon from '../../public/favicon.svg?raw';
import { iconPng } from '../site/icons.ts';

/** The home-screen icon iOS asks for: 180 px, square corners (iOS rounds them itself). */
export const GET: APIRoute = () =>
  new Response(new Uint8Array(iconPng(icon, 180, { fullBleed: true })), { headers: { 'Content-Type': 'image/png' } });
