// Pairing of quotation marks (src/quotes/marks.ts): each row is a text, whether ‘ ’ are marks in its
// language, and the contents of the outermost pairs.
import { describe, expect, it } from "vitest";
import { pairMarks } from "../src/quotes/marks.ts";

function outer(text: string, singles = false): string[] {
  const { pairs } = pairMarks(text, [{ start: 0, end: text.length, singleQuoteMarks: singles }]);
  return pairs.filter((p) => p.depth === 0).map((p) => text.slice(p.open + 1, p.close));
}

describe("quotation mark pairs", () => {
  it.each([
    ["« Nous partirons demain », a-t-il dit.", false, [" Nous partirons demain "]],
    ["«Nous partirons demain», a-t-il dit.", false, ["Nous partirons demain"]],
    ["\u00AB\u202FNous partirons\u202F\u00BB", false, ["\u202FNous partirons\u202F"]],
    ["“We will leave,” she said.", true, ["We will leave,"]],
    ["„Wir gehen“, sagte er.", false, ["Wir gehen"]],
    ["‹ Non › et « oui ».", false, [" Non ", " oui "]],
    ['"A", dit-il, "B".', false, ["A", "B"]],
    ["« Il m'a dit “jamais” hier », raconte-t-elle.", false, [" Il m'a dit “jamais” hier "]],
    ["‘The system works,’ the official said.", true, ["The system works,"]],
    ["The company’s chief said it won’t close.", true, []],
    ["“The Canadians’ release is urgent,” he said.", true, ["The Canadians’ release is urgent,"]],
    ["“Obviously the cases are rare,\" he said.", true, ["Obviously the cases are rare,"]],
    ["C’est l’heure, dit-il.", false, []],
    ['Un " égaré. "Je reviens", a-t-il dit.', false, ["Je reviens"]],
    ['" Avec des espaces ", dit-elle.', false, [" Avec des espaces "]],
  ] as Array<[string, boolean, string[]]>)("%s", (text, singles, expected) => {
    expect(outer(text, singles)).toEqual(expected);
  });

  it("carries an open « into the next paragraph that opens «, and reports a stray mark", () => {
    const text = "« Un.\n« Deux. »\nTrois » fin.";
    const lines = text.split("\n");
    let at = 0;
    const paragraphs = lines.map((l) => {
      const p = { start: at, end: at + l.length, singleQuoteMarks: false };
      at += l.length + 1;
      return p;
    });
    const { pairs, unbalanced } = pairMarks(text, paragraphs);
    expect(pairs.map((p) => [p.open, p.close])).toEqual([[0, text.indexOf("»")]]);
    expect(unbalanced).toEqual([text.lastIndexOf("»")]);
  });
});
