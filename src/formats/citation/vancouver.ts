/**
 * A reference in Vancouver style (NLM's Citing Medicine, as this journal prints it), once, for every renderer: the
 * reference list's HTML, the citation previews and the PDF set these pieces; none writes the rules again. Each
 * kind of reference has its form:
 * - journal article: "Authors. Title. *Journal.* 2020;55(3):105924, https://doi.org/… [Epub ahead of print]."
 * - book: "Authors. Title. 2nd ed. Place: Publisher; 2019."
 * - chapter: "Authors. Title. In: Editor A, editor. Book. Place: Publisher; 2019. p. 12–9."
 * - report: "Authors. Title. Place: Publisher; 2020. Report No.: X."
 * - web page: "Authors. Title [Internet]. Place: Publisher; 2020 [cited 2026 Jan 5]. Available from: https://…."
 * Only a journal's title is in italics. Names in Vancouver form, six and then "et al." (or fewer and "et al." when
 * the source names fewer: `custom.etAl`); pages abbreviated ("123–35"); dates and the words ("[Internet]", "ed.",
 * "editors", "[cited …]") in English, as the references are printed on the Spanish pages too.
 */
import {
  authorsOf,
  doiUrl,
  editorsOf,
  journalTitle,
  referenceKind,
  truncatedAuthors,
  vancouverDate,
  vancouverName,
  vancouverPages,
  type ReferenceKind,
} from '../../model/references.ts';
import type { CslItem, CslName } from '../../model/schemas.ts';

/** Text, or text set in italics (a journal's title). */
export type Run = string | { emph: string };

/** What a part of a reference is: the list styles and links each by its role (`ref-authors`, `ref-doi`…). */
export type PartRole = 'authors' | 'title' | 'source' | 'doi' | 'url' | 'status';

/** A part of a reference: its role, its text, and where it links (the DOI, the URL). */
export interface Part {
  role: PartRole;
  runs: Run[];
  href?: string;
}

/** A reference in order: its parts, and the punctuation and spaces between them as plain strings. */
export type Piece = string | Part;

/** Vancouver lists six names, then "et al.". */
const MAX_NAMES = 6;

const endsSentence = (text: string) => /[.?!]$/.test(text);

/** A sentence closed by a full stop, unless it already ends in one, a question mark or an exclamation mark. */
const closed = (text: string) => (endsSentence(text) ? text : `${text}.`);

/** Sentences one after another, each closed but the last (the reference's own end closes that one). */
const sentences = (parts: readonly (string | undefined)[]) => {
  const present = parts.filter((part): part is string => Boolean(part?.trim()));
  return present.map((part, i) => (i < present.length - 1 ? closed(part) : part)).join(' ');
};

function nameList(names: readonly CslName[], fullGivenNames: boolean, etAl: boolean): string {
  const shown = names.slice(0, MAX_NAMES).map((name) => vancouverName(name, fullGivenNames));
  return `${shown.join(', ')}${etAl || names.length > MAX_NAMES ? ', et al' : ''}`;
}

const editorList = (item: CslItem) => {
  const editors = editorsOf(item);
  const names = nameList(editors, item.custom?.fullGivenNames === true, false);
  return `${names}, ${editors.length > 1 ? 'editors' : 'editor'}`;
};

const ORDINALS = ['th', 'st', 'nd', 'rd'] as const;
/** An edition as Citing Medicine gives it: "2" → "2nd ed.", "Rev." → "Rev. ed.", "3rd ed." as it is. */
export function editionText(edition: string | number): string {
  const text = String(edition).trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (ORDINALS[n % 10] ?? 'th');
    return `${n}${suffix} ed.`;
  }
  return /\bed\.?$/i.test(text) ? closed(text) : `${text} ed.`;
}

/** Read online: a web page, or a work other than a journal article known by its URL and no DOI. */
const online = (item: CslItem, kind: ReferenceKind) =>
  kind === 'webpage' || (kind !== 'journal' && Boolean(item.URL) && !item.DOI);

/** "Place: Publisher; 2020 [cited 2026 Jan 5]", as far as the item gives it. */
function imprint(item: CslItem, kind: ReferenceKind): string {
  const place = item['publisher-place']?.trim();
  const publisher = (item.publisher ?? (kind === 'webpage' ? item['container-title'] : undefined))?.trim();
  const who = place && publisher ? `${place}: ${publisher}` : (place ?? publisher ?? '');
  const cited = online(item, kind) && item.accessed ? `[cited ${vancouverDate(item.accessed)}]` : undefined;
  const when = [vancouverDate(item.issued), cited].filter(Boolean).join(' ');
  return who && when ? `${who}; ${when}` : who || when;
}

/** ";55(3):105924", ":943–7", ";(3)": what follows a journal article's date. */
function journalLocator(item: CslItem): string {
  const volume = item.volume === undefined ? '' : String(item.volume).trim();
  const issue = item.issue === undefined ? '' : `(${String(item.issue).trim()})`;
  const page = item.page === undefined ? '' : `:${vancouverPages(item.page)}`;
  return `${volume || issue ? ';' : ''}${volume}${issue}${page}`;
}

/** The part after the title: the journal and its locator, or the book, the imprint and the pages. */
function source(item: CslItem, kind: ReferenceKind): Run[] {
  if (kind === 'journal')
    return [{ emph: closed(journalTitle(item)) }, ` ${vancouverDate(item.issued) ?? ''}${journalLocator(item)}`];
  const edition = item.edition === undefined ? undefined : editionText(item.edition);
  if (kind === 'chapter') {
    const book = `${item['container-title']?.trim() ?? ''}${online(item, kind) ? ' [Internet]' : ''}`;
    const pages = item.page === undefined ? undefined : `p. ${vancouverPages(item.page)}`;
    const inBook = editorsOf(item).length ? [`In: ${editorList(item)}`, book] : [`In: ${book}`];
    return [sentences([...inBook, edition, imprint(item, kind), pages])];
  }
  const number = kind === 'report' && item.number !== undefined ? `Report No.: ${item.number}` : undefined;
  return [sentences([edition, imprint(item, kind), number])];
}

/** The authors, or for a book known by its editors, the editors ("Petty RE, Laxer RM, editors."). */
function authorsPart(item: CslItem, kind: ReferenceKind): Part | undefined {
  const authors = authorsOf(item);
  const full = item.custom?.fullGivenNames === true;
  if (authors.length) return { role: 'authors', runs: [`${nameList(authors, full, truncatedAuthors(item))}.`] };
  if (editorsOf(item).length && kind !== 'chapter') return { role: 'authors', runs: [`${editorList(item)}.`] };
  return undefined;
}

/** The DOI (", https://doi.org/…", as the journal prints it) and the URL ("Available from: …" when read online). */
function links(item: CslItem, kind: ReferenceKind, closedBefore: boolean): Piece[] {
  const pieces: Piece[] = [];
  const url = item.URL?.trim();
  if (url && online(item, kind))
    pieces.push(`${closedBefore ? '' : '.'} Available from: `, { role: 'url', runs: [url], href: url });
  else if (url && !item.DOI) pieces.push(', ', { role: 'url', runs: [url], href: url });
  if (item.DOI) pieces.push(', ', { role: 'doi', runs: [doiUrl(item.DOI)], href: doiUrl(item.DOI) });
  return pieces;
}

/** A reference as Vancouver prints it, in pieces (see the module's comment). */
export function vancouver(item: CslItem): Piece[] {
  const kind = referenceKind(item);
  const authors = authorsPart(item, kind);
  const title = item.title?.trim() ?? '';
  const titled = online(item, kind) && kind !== 'chapter' ? `${title} [Internet].` : closed(title);
  const runs = source(item, kind);
  const pieces: Piece[] = [
    ...(authors ? [authors, ' '] : []),
    { role: 'title', runs: [titled] },
    ' ',
    { role: 'source', runs },
    ...links(item, kind, endsSentence(runs.map(runText).join(''))),
  ];
  if (item.status?.trim()) pieces.push(' ', { role: 'status', runs: [`[${item.status.trim()}]`] });
  // The reference ends in a full stop, which an abbreviation ("2nd ed.") may already give.
  if (!endsSentence(piecesText(pieces))) pieces.push('.');
  return pieces;
}

/** A run's text, without its italics. */
export const runText = (run: Run) => (typeof run === 'string' ? run : run.emph);

/** A part's text. */
export const partText = (part: Part) => part.runs.map(runText).join('');

/** Pieces as plain text. */
export const piecesText = (pieces: readonly Piece[]) =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : partText(piece))).join('');

/** The whole reference as one line of plain text, as printed (the DOI as a doi.org URL): the previews' text. */
export const vancouverText = (item: CslItem) => piecesText(vancouver(item));
