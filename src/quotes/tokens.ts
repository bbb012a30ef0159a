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

export function tokenize(norm: string, start: number, end: number, opts: TokenizeOptions): Token[] {
  const raw: Token[] = [];
  const slice = norm.slice(start, end);
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(slice)) !== null) {
    const s = start + m.index;
    const text = m[0];
    const word = text.length > 1 || WORD_CHAR.test(text);
    const low = text.toLowerCase();
    raw.push({ start: s, end: s + text.length, low, cap: word && text[0] !== low[0], word });
  }
  return glueApostrophes(raw, opts);
}

/** "qu" + "'" → "qu'"; "didn" + "'" + "t" → "didn't" (only when the pieces touch). */
function glueApostrophes(raw: Token[], opts: TokenizeOptions): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const apo = raw[i + 1];
    if (t.word && apo && apo.low === "'" && apo.start === t.end) {
      if (opts.elisions.has(t.low)) {
        out.push({ ...t, end: apo.end, low: t.low + "'" });
        i++;
        continue;
      }
      const next = raw[i + 2];
      if (next && next.word && next.start === apo.end && opts.contractions.has(next.low)) {
        out.push({ ...t, end: next.end, low: `${t.low}'${next.low}` });
        i += 2;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
