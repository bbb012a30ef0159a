/**
 * An acronym that speaks ("IRCC said") takes the name it abbreviates when the article spells
 * it out: capitalised words whose initials give the acronym, with small words and commas
 * between them ("Fisheries and Oceans Canada", "Office for Budget Responsibility").
 */
import type { Article } from "./article.ts";
import type { Cluster } from "./clusters.ts";

/** how many words may stand between the first and the last capital of the spelled-out name */
const MAX_WORDS_PER_LETTER = 2;

export function expandAcronyms(a: Article): void {
  let starts: Map<string, number[]> | null = null;
  for (const c of a.clusters.all) {
    const name = c.name;
    if (!c.speaks || !name || name.length < 2 || name.length > 8 || name !== name.toUpperCase() || !/^\p{Lu}+$/u.test(name)) continue;
    starts ??= capitalsByInitial(a);
    const full = spelledOut(a, name.toLowerCase(), starts);
    if (full) expand(a, c, full);
  }
}

/** Capitalised words that are no acronym, by their first folded letter, in text order: where a spelled-out name may start. */
function capitalsByInitial(a: Article): Map<string, number[]> {
  const out = new Map<string, number[]>();
  a.tokens.forEach((t, i) => {
    if (!t.cap || t.acronym || !t.folded) return;
    const list = out.get(t.folded[0]);
    if (list) list.push(i);
    else out.set(t.folded[0], [i]);
  });
  return out;
}

function expand(a: Article, c: Cluster, full: string): void {
  c.aliases.add(c.name!);
  c.description = full.length > (c.description?.length ?? 0) ? full : c.description;
  c.name = full;
  a.clusters.setKind(c, "organization");
}

/** The first run of tokens whose capitals spell `letters`, small words allowed between them. */
function spelledOut(a: Article, letters: string, starts: Map<string, number[]>): string | null {
  const t = a.tokens;
  for (const i of starts.get(letters[0]) ?? []) {
    let k = i + 1;
    let matched = 1;
    while (matched < letters.length && k < t.length && k - i <= letters.length * MAX_WORDS_PER_LETTER) {
      const gap = a.doc.norm.slice(t[k - 1].end, t[k].start);
      if (gap !== " " && gap !== ", ") break;
      if (t[k].cap) {
        if (t[k].folded[0] !== letters[matched]) break;
        matched++;
      } else if (!a.w.stopwords.has(t[k].lower)) break;
      k++;
    }
    // with its article, as the article writes it ("The Parliamentary Budget Officer")
    const det = i > 0 && a.w.definite.has(t[i - 1].lower) && a.doc.norm.slice(t[i - 1].end, t[i].start) === " " ? t[i - 1] : null;
    if (matched === letters.length) return a.doc.text.slice((det ?? t[i]).start, t[k - 1].end);
  }
  return null;
}
