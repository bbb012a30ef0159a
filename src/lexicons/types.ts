/**
 * The shape every language's data must have. Add a field here and the compiler lists every
 * language that lacks it.
 */

export interface SegmentationLexicon {
  /** abbreviations whose final period does not end a sentence, without the period ("M", "Mme", "janv") */
  abbreviations: readonly string[];
}

export interface Lexicon {
  code: string;
  segmentation: SegmentationLexicon;
  /** common function words, lower case: shape features and language checks */
  stopwords: readonly string[];
}
