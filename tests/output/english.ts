/**
 * Words that show a string left in English where Spanish was meant: English function words and the words of this
 * site's controls. None is a Spanish word ("a", "no", "me", "con", "son", "has", "he", "en", "la" are left out, and
 * "cite", the imperative of "citar"), nor a word Spanish borrows as it is ("online", "PDF", "DOI"). Read
 * case-insensitively, as whole words. The unit test of the UI strings and the check of the built Spanish pages
 * share it.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [
    // Function words.
    'the and of to with for this that these those is are was were be been it its on at by from or an not which who',
    'your you our we they there here will have into about after before also only than then what when where how all',
    'more',
    // The words of the site's controls and labels.
    'switch search read skip dismiss copy copied download close open previous next back show loading results result',
    'page pages theme dark light article section sections references citation failed available saved keywords',
    'authors received accepted published volume issue found address side single language menu home table figure',
    'chart values shaded dashed hollow triangles gaps',
  ]
    .join(' ')
    .split(' '),
);

/** The English words of `ENGLISH_WORDS` in a text, in reading order (whole words: "atípica" holds no "at"). */
export function englishWordsIn(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{M}’']+/gu)]
    .map(([word]) => word)
    .filter((w) => ENGLISH_WORDS.has(w.toLowerCase()));
}
