/**
 * Words and marks of one paragraph, with offsets into doc.text. One linear regex pass over the
 * normalised text; elided words keep their apostrophe ("qu'", "l'") and English contractions
 * stay on their word ("didn't", "company's"), as the language's lexicon says.
 */
export interface Token {
  start: number;
  end: number;
  /** the normalised form, lower case */
  low: string;
  /** first letter is a capital */
  cap: boolean;
  /** a word (letters or digits), not a mark */
  word: boolean;
  /** a paired quotation mark (set once marks are paired; "'" may be one in English) */
  mark?: boolean;
}

const PIECE = /[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface TokenizeOptions {
  elisions: ReadonlySet<string>;
  contractions: ReadonlySet<string>;
}

const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;

export function tokenize(norm: string, start: number, end: number, opts: TokenizeOptions): Token[] {
  const out: Token[] = [];
  const slice = norm.slice(start, end);
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(slice)) !== null) {
    const text = m[0];
    const word = text.length > 1 || WORD_CHAR.test(text);
    let low = text.toLowerCase();
    let stop = m.index + text.length;
    // "qu" + "'" → "qu'"; "didn" + "'" + "t" → "didn't" (only when the pieces touch)
    if (word && slice.charCodeAt(stop) === 39) {
      if (opts.elisions.has(low)) {
        low += "'";
        stop += 1;
      } else if (opts.contractions.size) {
        WORD_AT.lastIndex = stop + 1;
        const next = WORD_AT.exec(slice);
        if (next && opts.contractions.has(next[0].toLowerCase())) {
          low += "'" + next[0].toLowerCase();
          stop += 1 + next[0].length;
        }
      }
      PIECE.lastIndex = stop;
    }
    out.push({ start: start + m.index, end: start + stop, low, cap: word && text[0] !== low[0], word });
  }
  return out;
}
