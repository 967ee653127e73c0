import type { APIRoute, GetStaticPaths } from 'astro';
import { getLabTables } from '../data/article.ts';
import { labCsv } from '../lab-chart/data.ts';
import type { LabTable } from '../model/schemas.ts';

/** Each lab table as CSV, named by its id (`/table-1.csv`), with censored and missing values explicit. */
export const getStaticPaths = (async () =>
  Object.entries(await getLabTables()).map(([table, data]) => ({
    params: { table },
    props: { data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(labCsv((props as { data: LabTable }).data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
