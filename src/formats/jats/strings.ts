/** Interface words the JATS file needs in one language (from src/i18n/, gathered by src/pages/article.jats.xml.ts). */
export interface JatsStrings {
  /** "Corresponding author". */
  corresponding: string;
  /** "References". */
  references: string;
  /** The heading of the note that says whose the translation is. */
  translationTitle: string;
  /** The statement of provenance, its sentences ended (src/model/provenance.ts: provenanceStatement). */
  translation: string;
  /** What the note's link is ("The English text as published:"), before it. */
  record: string;
  /** This edition's name, as the translator of the Spanish (`<collab>`). */
  translator: string;
  /** What the translation note's link leads to: the English article ("{doi}" is its DOI). */
  recordLink: string;
  /** Before the link to a figure whose image is not reproduced: "See it through the article’s DOI:". */
  figureSeeOriginal: string;
  /** That link's text ("{label}" is the figure's label): "Fig. 1 in the original article". */
  figureViewOriginal: string;
}
