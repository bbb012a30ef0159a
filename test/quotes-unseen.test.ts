// Constructions that real news articles outside the dev set use, each written here as an invented
// sentence after a rule change was seen to lose it on the bench collections (the lead checks each
// rule change against ~600 unseen French and English articles, quote by quote). A failing row
// means a rule is too broad for the language: fix the rule, not the row.
import { describe, expect, it } from "vitest";
import { processText } from "../src/index.ts";

type Row = [sentence: string, quote: string, type: string | null, speaker: string | null];

function quoteIn(sentence: string, quote: string) {
  const rec = processText(sentence);
  return rec.quotes.find((q) => q.text === quote) ?? rec.quotes.map((q) => `${q.type}: ${q.text}`);
}

const rows: Row[] = [
  // French: a cue with an infinitive complement ("dit avoir", "assure avoir", "raconte avoir été")
  // whose object holds the quoted words is a mixed or direct quote of its subject
  ["Le commerçant dit avoir investi « 4 millions d'euros » dans le projet.", "« 4 millions d'euros » dans le projet", "mixed", "Le commerçant"],
  ["Interrogé par la radio, Guillaume Martin raconte avoir été agressé à la sortie d'un « restaurant avec des amis », dans le centre.", "restaurant avec des amis", null, "Guillaume Martin"],
  ["La candidate Hélène Forgeat assure avoir « la moitié des parrainages requis », et ce sans démarche.", "la moitié des parrainages requis", null, "Hélène Forgeat"],
  // English: a relative clause between the subject and its cue holds a modal ("will"), not the cue
  ["Senator Ruth Alder, who will meet the prime minister this week, said she would lift the tariffs soon.", "she would lift the tariffs soon", "indirect", "Ruth Alder"],
  // English: "told <hearer>" then a clause with no "that" whose subject is a pronoun
  ["Mr Steel told the tribunal it appeared no attempt was made to close the doors.", "it appeared no attempt was made to close the doors", "indirect", "Steel"],
  // English: "told <hearer>," then the quote: the teller is the speaker
  ['Taiwan\'s ambassador in Montevideo, Henry Wang, told reporters, "Both countries are finishing details to arrive at a price."', "Both countries are finishing details to arrive at a price.", "direct", "Henry Wang"],
  // English: quoted words right after "told <hearer>" are the quote, not part of the cue's object
  ['Ortner, senior economist at the Commerce Department, told a trade conference "the yen is still a little bit undervalued," and "could go up another 10 pct."', "the yen is still a little bit undervalued,", "direct", "Ortner"],
  // "told <audience, however long and capitalised>" then a whole quoted clause: a direct quote
  ['Norbert Tanghe, head of division at the Commission, told the Antwerp Oils and Fats Contact Days "the Commission firmly believes the sacrifices would be modest."', "the Commission firmly believes the sacrifices would be modest.", "direct", "Norbert Tanghe"],
  // a name that ends a relative clause or an apposition ("qui … avec le ministre X, a affirmé",
  // "X, president of Y Z, said") is not the subject of the cue: the head before the commas is
  ["Le Premier ministre Jean Castex, qui s'est rendu sur les lieux avec le ministre de l'Intérieur Gérald Darmanin, a affirmé sa « volonté résolue de lutter contre le terrorisme ».", "sa « volonté résolue de lutter contre le terrorisme »", "mixed", "Jean Castex"],
  ["Wolfgang Sauer, president of Volkswagen do Brasil, said the government had created a crisis of confidence.", "the government had created a crisis of confidence", "indirect", "Wolfgang Sauer"],
];

describe("constructions from unseen articles", () => {
  it.each(rows)("%s", (sentence, quote, type, speaker) => {
    const q = quoteIn(sentence, quote);
    expect(q, `quotes found: ${JSON.stringify(q)}`).toHaveProperty("text", quote);
    if (Array.isArray(q)) return;
    if (type) expect(q.type).toBe(type);
    expect(q.speaker?.name ?? null).toBe(speaker);
  });
});

// The output contract (../shared/spec/output.md, "Quote"): "A quote that runs over several
// sentences or paragraphs is one quote." Splitting it per paragraph scores a hair better on the
// dev gold but breaks the contract users rely on (the lead reverted such a change: 9143c3f).
describe("a quote over several paragraphs", () => {
  it("is one quote in English too", () => {
    const text = "In a statement, the office said: “The insurance was bought under the previous government.\n“We will keep working with the agency.” A new chief was named in May.";
    const quotes = processText(text).quotes.filter((q) => q.type === "direct");
    expect(quotes.map((q) => q.text)).toEqual(["The insurance was bought under the previous government.\n“We will keep working with the agency."]);
  });
});
