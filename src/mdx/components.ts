/**
 * The one registry of MDX components: what an editor may write in a section, and what each component is to every
 * format. The pages (src/components/mdx/index.ts), the JATS file (src/formats/jats/) and the PDF (src/formats/pdf/)
 * each keep one handler per component, in a map typed against these names, so a component added here without its
 * handlers fails to compile; the content checks (src/content/checks/mdx.ts) read its attributes and placement, so an
 * editor's slip fails the build naming the file and the element. Adding a component is its component file, one entry
 * here and one handler per format.
 */

/** How an attribute is written: a quoted string, or a number (a list of numbers too) in braces. */
export type AttributeKind = 'text' | 'references';

export interface AttributeSpec {
  kind: AttributeKind;
  required: boolean;
  /** What the editor is told when it is missing or malformed. */
  help: string;
}

export interface ComponentSpec {
  /** Inside a sentence (`<Cite />`), or a block of its own (a paragraph that holds nothing else). */
  placement: 'inline' | 'block';
  /** Its attributes; any other fails the build. */
  attributes: Readonly<Record<string, AttributeSpec>>;
  /** What it may hold between its tags: nothing, or its caption's text. */
  children: 'none' | 'caption';
  /**
   * The anchor it renders, from its literal attributes (the contents, the side-by-side view and the formats link to
   * it); undefined: none of its own.
   */
  anchor?: (attributes: Readonly<Record<string, string | undefined>>) => string | undefined;
  /** What a link to its anchor is, for the formats that type cross-references (JATS `ref-type`). */
  target?: 'fig' | 'table';
  /** The lab table it shows, by the attribute that names it (content/labs/<id>.yaml). */
  labTable?: string;
}

/** The anchor a lab chart renders: its own `id`, else its table's with `-chart` (`table-2` → `table-2-chart`). */
export function labChartId(attributes: { id?: string | undefined; table: string }): string;
export function labChartId(attributes: Readonly<Record<string, string | undefined>>): string | undefined;
export function labChartId(attributes: Readonly<Record<string, string | undefined>>): string | undefined {
  return attributes['id'] ?? (attributes['table'] ? `${attributes['table']}-chart` : undefined);
}

export const COMPONENTS = {
  Cite: {
    placement: 'inline',
    children: 'none',
    attributes: {
      n: {
        kind: 'references',
        required: true,
        help: 'the number of the reference it cites, e.g. n={3}, or several at one point, e.g. n={[3, 4]}',
      },
    },
  },
  Figure: {
    placement: 'block',
    children: 'caption',
    target: 'fig',
    anchor: (attributes) => attributes['id'],
    attributes: {
      id: { kind: 'text', required: true, help: 'its anchor, e.g. fig-1' },
      label: { kind: 'text', required: true, help: 'how the text refers to it, e.g. Fig. 1' },
      note: { kind: 'text', required: true, help: 'what the image is, and that it is not reproduced here' },
    },
  },
  LabTable: {
    placement: 'block',
    children: 'none',
    target: 'table',
    labTable: 'id',
    anchor: (attributes) => attributes['id'],
    attributes: {
      id: { kind: 'text', required: true, help: 'the id of a lab table: the file name of content/labs/<id>.yaml' },
    },
  },
  LabChart: {
    placement: 'block',
    children: 'none',
    labTable: 'table',
    anchor: labChartId,
    attributes: {
      table: { kind: 'text', required: true, help: 'the id of the lab table it draws, e.g. table="table-1"' },
      id: { kind: 'text', required: false, help: 'its anchor, if not "<table>-chart"' },
    },
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function isComponentName(name: string | null | undefined): name is ComponentName {
  return name != null && Object.hasOwn(COMPONENTS, name);
}

/** The spec of a known component. */
export function componentSpec(name: ComponentName): ComponentSpec {
  return COMPONENTS[name];
}

/** The anchor a component renders, from the name an editor writes and its literal attributes. */
export function componentAnchor(
  name: string,
  attributes: Readonly<Record<string, string | undefined>>,
): string | undefined {
  return isComponentName(name) ? componentSpec(name).anchor?.(attributes) : undefined;
}
export type ComponentAnchor = typeof componentAnchor;

/** The lab table a component shows (`<LabTable id>`, `<LabChart table>`), or undefined. */
export function componentLabTable(
  name: string,
  attributes: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const by = isComponentName(name) ? componentSpec(name).labTable : undefined;
  return by ? attributes[by] : undefined;
}
