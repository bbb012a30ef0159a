/**
 * normalize — requires: text. Assigns: norm.
 * A same-length copy of the text in which typographic variants are folded to one form, so the
 * rules downstream see one apostrophe, one double quote and one space, and offsets never need
 * mapping. Every fold here is one UTF-16 unit to one unit.
 */
import { withChanges, type Doc } from "../doc.ts";

const FOLDS: Readonly<Record<string, string>> = {
  "\u2019": "'", // right single quotation mark, the usual apostrophe
  "\u2018": "'", // left single quotation mark
  "\u201B": "'",
  "\u02BC": "'", // modifier letter apostrophe
  "\u00B4": "'", // acute accent used as apostrophe
  "\u0060": "'",
  "\u2032": "'", // prime
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"', // low double quotation mark („)
  "\u201F": '"',
  "\u2033": '"', // double prime
  "\uFF02": '"',
  "\u00A0": " ", // no-break space
  "\u202F": " ", // narrow no-break space (French thin space before ; : ! ? »)
  // the other Unicode spaces (en quad to hair space, medium mathematical, ideographic)
  "\u2000": " ",
  "\u2001": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2004": " ",
  "\u2005": " ",
  "\u2006": " ",
  "\u2007": " ",
  "\u2008": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u205F": " ",
  "\u3000": " ",
  "\t": " ",
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u00AD": "-", // soft hyphen (kept one unit long)
  // en and em dashes are kept as they are: they mark incises and attributions
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join("")}]`, "g");

export function normalizeText(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLDS[c]);
}

export function normalize(doc: Doc): Doc {
  return withChanges(doc, { norm: normalizeText(doc.text) });
}
