/** A lab table (`content/labs/<id>.yaml`). */
import { z } from 'astro/zod';
import { parseDecimal, parseLabValue, type LabValue } from '../lab-values.ts';
import { localized, slug, text } from './common.ts';

const labValue = z
  .string({ error: 'must be a value in quotes, e.g. "9.81", "> 1000" or "–"' })
  .transform((raw, ctx): LabValue => {
    const parsed = parseLabValue(raw);
    if (parsed) return parsed;
    ctx.addIssue({
      code: 'custom',
      message: `"${raw}" is not a lab value: expected a number ("9.81", ".71"), a censored value ("> 1000", "≤ .1") or "–" for not available`,
    });
    return z.NEVER;
  });

const decimal = z.string({ error: 'must be a number in quotes, e.g. "4.50"' }).transform((raw, ctx) => {
  const parsed = parseDecimal(raw);
  if (parsed) return parsed;
  ctx.addIssue({ code: 'custom', message: `"${raw}" is not a number: expected digits such as "4.50" or ".5"` });
  return z.NEVER;
});
/**
 * A lab table (`content/labs/<id>.yaml`, one table a file; MDX names it by the file's name: `<LabTable id="table-1" />`):
 * analytes × time points, with treatment events on the course.
 */
export const labTableSchema = z
  .object({
    label: localized('table label'),
    /** How a sentence names the table: "Table 1", "la tabla 1". */
    mention: localized('name of the table in a sentence'),
    caption: localized('caption'),
    footnote: localized('footnote'),
    analyteHeader: localized('analyte column header'),
    rangeHeader: localized('range column header'),
    timepoints: z
      .array(z.object({ id: slug, label: localized('time point header'), short: localized('short time point label') }))
      .min(2, { error: 'must list at least two time points' }),
    analytes: z
      .array(
        z.object({
          id: slug,
          name: localized('analyte name'),
          unit: text('the unit'),
          range: z.object({ low: decimal, high: decimal }),
          values: z.array(labValue),
        }),
      )
      .min(1),
    events: z
      .array(
        z.object({
          id: slug,
          /** The time point the event coincides with… */
          at: z.string().optional(),
          /** …or the one it follows (when the text gives no time for it). */
          after: z.string().optional(),
          label: localized('event label'),
          detail: localized('event detail'),
        }),
      )
      .default([]),
    /** What the events are, as the chart's list of them is headed ("Treatments and discharge"). */
    eventsHeading: localized('heading of the events list'),
    /** The chart's key for the dashed event lines ("treatments and discharge"), as a phrase in a sentence. */
    eventsKey: localized('key of the event lines, in a sentence'),
    /** The chart's text summary: each analyte's change from this event's time point to the next time point. */
    summary: z
      .object({
        event: slug,
        /** The interval it summarises, as a neutral heading ("From the start of anakinra to 48 h later"). */
        heading: localized('summary heading'),
        intro: localized('summary introduction'),
        /**
         * The authors' own caveat about the interval, quoted word for word from the article's text in each language
         * (the build checks that each language's sections hold it), so that the summary invites no causal reading the
         * authors did not make.
         */
        caveat: localized('caveat, quoted from the text').optional(),
      })
      .optional(),
  })
  .superRefine((table, ctx) => {
    const ids = table.timepoints.map((t) => t.id);
    table.analytes.forEach((analyte, i) => {
      if (analyte.values.length !== ids.length)
        ctx.addIssue({
          code: 'custom',
          path: ['analytes', i, 'values'],
          message: `has ${analyte.values.length} values but the table has ${ids.length} time points (${ids.join(', ')})`,
        });
      if (analyte.range.low.value > analyte.range.high.value)
        ctx.addIssue({ code: 'custom', path: ['analytes', i, 'range'], message: 'low is above high' });
    });
    table.events.forEach((event, i) => {
      const target = event.at ?? event.after;
      if ((event.at === undefined) === (event.after === undefined) || target === undefined)
        ctx.addIssue({ code: 'custom', path: ['events', i], message: 'must have exactly one of "at" or "after"' });
      else if (!ids.includes(target))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, event.at ? 'at' : 'after'],
          message: `names time point "${target}", which is not one of ${ids.join(', ')}`,
        });
    });
    const summary = table.summary;
    if (summary) {
      const event = table.events.find((e) => e.id === summary.event);
      const at = event?.at ? ids.indexOf(event.at) : -1;
      if (!event)
        ctx.addIssue({
          code: 'custom',
          path: ['summary', 'event'],
          message: `names event "${summary.event}", which is not one of ${table.events.map((e) => e.id).join(', ') || '(no events)'}`,
        });
      else if (at < 0 || at + 1 >= ids.length)
        ctx.addIssue({
          code: 'custom',
          path: ['summary', 'event'],
          message: `event "${summary.event}" must be "at" a time point that has another one after it`,
        });
    }
  });

export type LabTable = z.output<typeof labTableSchema>;
export type Analyte = LabTable['analytes'][number];
