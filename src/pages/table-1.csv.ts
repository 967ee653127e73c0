import type { APIRoute } from 'astro';
import { getLabTable } from '../data/article.ts';
import { labCsv } from '../lib/lab-chart-data.ts';

/** Table 1 as CSV, with censored and missing values explicit. */
export const GET: APIRoute = async () =>
  new Response(labCsv(await getLabTable()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
