import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createDoc } from "../src/doc.ts";
import { normalize, normalizeText } from "../src/stages/normalize.ts";
import { isInitial, opensSentenceAt, segment, splitParagraphs, splitSentences, wordBefore } from "../src/stages/segment.ts";

/** The sentences of a one-line text, as strings. */
function sentencesOf(text: string): string[] {
  const norm = normalizeText(text);
  return splitParagraphs(text).flatMap((p) => splitSentences(text, norm, p).map((s) => text.slice(s.start, s.end)));
}

const NBSP = "\u00A0";
const NNBSP = "\u202F";

// Realistic news sentences, written for these tests. Each row: the text, then its sentences.
const cases: Array<[string, string[]]> = [
  // French titles and abbreviations
  ["M. Dupont a quitté la réunion. Mme Martin est restée.", ["M. Dupont a quitté la réunion.", "Mme Martin est restée."]],
  [
    "MM. Durand et Lefèvre ont signé le texte. Ils l'ont défendu devant la commission.",
    ["MM. Durand et Lefèvre ont signé le texte.", "Ils l'ont défendu devant la commission."],
  ],
  [
    "Le Pr. Moreau et le Dr Benali ont présenté l'étude mardi. Elle porte sur 2 000 patients.",
    ["Le Pr. Moreau et le Dr Benali ont présenté l'étude mardi.", "Elle porte sur 2 000 patients."],
  ],
  [
    "Me Garnier, l'avocat de la famille, a fait appel. La décision est attendue en janv. 2025.",
    ["Me Garnier, l'avocat de la famille, a fait appel.", "La décision est attendue en janv. 2025."],
  ],
  [
    "Les produits frais (fruits, légumes, poisson, p. ex. le cabillaud) ont augmenté. Les ménages réduisent leurs achats.",
    ["Les produits frais (fruits, légumes, poisson, p. ex. le cabillaud) ont augmenté.", "Les ménages réduisent leurs achats."],
  ],
  [
    "Le port accueille des cargos, des ferries, des voiliers, etc. Le trafic a doublé en dix ans.",
    ["Le port accueille des cargos, des ferries, des voiliers, etc.", "Le trafic a doublé en dix ans."],
  ],
  [
    "Le dossier couvre les loyers, les charges, les travaux, etc. C'est la ministre qui tranchera.",
    ["Le dossier couvre les loyers, les charges, les travaux, etc.", "C'est la ministre qui tranchera."],
  ],
  [
    "Les travaux de la rue St. Honoré, des quais, etc. seront achevés en juin.",
    ["Les travaux de la rue St. Honoré, des quais, etc. seront achevés en juin."],
  ],
  // initials
  [
    "J.-M. Ayrault a répondu aux questions des députés. Il a défendu le projet.",
    ["J.-M. Ayrault a répondu aux questions des députés.", "Il a défendu le projet."],
  ],
  ["Selon J. K. Lemaire, le calendrier tiendra. Rien n'est moins sûr.", ["Selon J. K. Lemaire, le calendrier tiendra.", "Rien n'est moins sûr."]],
  // acronyms end sentences
  ["L'information a été confirmée par l'AFP. Le ministère n'a pas réagi.", ["L'information a été confirmée par l'AFP.", "Le ministère n'a pas réagi."]],
  // English titles and abbreviations
  [
    "Mr. Harris arrived in Ottawa on Tuesday. Mrs. Harris joined him a day later.",
    ["Mr. Harris arrived in Ottawa on Tuesday.", "Mrs. Harris joined him a day later."],
  ],
  [
    "Dr. Okafor told reporters the trial would resume. Sen. Walsh disagreed.",
    ["Dr. Okafor told reporters the trial would resume.", "Sen. Walsh disagreed."],
  ],
  [
    "Shares of Northwind Inc. fell 4% after the report. Analysts had expected a loss.",
    ["Shares of Northwind Inc. fell 4% after the report.", "Analysts had expected a loss."],
  ],
  [
    "The plant will open in the U.S. The company did not say when.",
    ["The plant will open in the U.S.", "The company did not say when."],
  ],
  [
    "U.S. Treasury officials met on Jan. 12 to discuss the plan. No decision was made.",
    ["U.S. Treasury officials met on Jan. 12 to discuss the plan.", "No decision was made."],
  ],
  [
    "The vote is set for 10 a.m. on Friday, e.g. before the markets open. It could slip.",
    ["The vote is set for 10 a.m. on Friday, e.g. before the markets open.", "It could slip."],
  ],
  // numbers with spaces, decimal commas, currencies
  [
    `La prime atteint 30${NBSP}050${NBSP}$. Elle est versée en une fois.`,
    [`La prime atteint 30${NBSP}050${NBSP}$.`, "Elle est versée en une fois."],
  ],
  [
    `Le chômage a reculé à 7,3${NNBSP}% au troisième trimestre. L'Insee prévoit 3,5 % de croissance.`,
    [`Le chômage a reculé à 7,3${NNBSP}% au troisième trimestre.`, "L'Insee prévoit 3,5 % de croissance."],
  ],
  [
    "Revenue rose 3.5 percent to $1.2 billion. The margin was 12.4%.",
    ["Revenue rose 3.5 percent to $1.2 billion.", "The margin was 12.4%."],
  ],
  ["Le projet a été présenté en 2019. Il a coûté 1,2 milliard d'euros.", ["Le projet a été présenté en 2019.", "Il a coûté 1,2 milliard d'euros."]],
  ["Home prices doubled in the 1990s. Growth then slowed.", ["Home prices doubled in the 1990s.", "Growth then slowed."]],
  // sentences ending inside closing quote marks
  [
    "Il a conclu : « Nous ne reculerons pas face au reste du monde. » La salle a applaudi.",
    ["Il a conclu : « Nous ne reculerons pas face au reste du monde. »", "La salle a applaudi."],
  ],
  [
    `Elle a répondu : «${NBSP}C'est une bonne nouvelle pour le monde.${NBSP}» Puis elle est partie.`,
    [`Elle a répondu : «${NBSP}C'est une bonne nouvelle pour le monde.${NBSP}»`, "Puis elle est partie."],
  ],
  [
    'He said the deal was "the best thing for the world." Then he left the stage.',
    ['He said the deal was "the best thing for the world."', "Then he left the stage."],
  ],
  [
    "“We have no plan to leave the city,” the mayor said. “Not this year.” The council agreed.",
    ["“We have no plan to leave the city,” the mayor said.", "“Not this year.”", "The council agreed."],
  ],
  // a quoted passage of several sentences stays one unit
  [
    "« Nous sommes prêts. Les équipes sont en place. Le calendrier sera tenu », a assuré la ministre.",
    ["« Nous sommes prêts. Les équipes sont en place. Le calendrier sera tenu », a assuré la ministre."],
  ],
  [
    "The chief executive was blunt: “Demand is real. Customers are paying. This is not a bubble.” Investors were not convinced.",
    [
      "The chief executive was blunt: “Demand is real. Customers are paying. This is not a bubble.”",
      "Investors were not convinced.",
    ],
  ],
  [
    "« Pourquoi attendre ? Les chiffres sont là ! », a lancé le député.",
    ["« Pourquoi attendre ? Les chiffres sont là ! », a lancé le député."],
  ],
  ["“Why now?” she asked. “Because the money is there.”", ["“Why now?” she asked.", "“Because the money is there.”"]],
  [
    '"Why would we wait for another report?" Kowalski said. The committee agreed.',
    ['"Why would we wait for another report?" Kowalski said.', "The committee agreed."],
  ],
  [
    "« Qui paiera la facture ? » La question revient sans cesse dans les couloirs du ministère.",
    ["« Qui paiera la facture ? »", "La question revient sans cesse dans les couloirs du ministère."],
  ],
  // ellipses
  ["Le marché a hésité… Puis il est reparti à la hausse.", ["Le marché a hésité…", "Puis il est reparti à la hausse."]],
  ["The talks dragged on... Nobody expected a deal.", ["The talks dragged on...", "Nobody expected a deal."]],
  [
    "« Nous avons travaillé (...) Tout le monde a fait sa part », a-t-il dit.",
    ["« Nous avons travaillé (...) Tout le monde a fait sa part », a-t-il dit."],
  ],
  // questions, exclamations, French spacing before ? and !
  [
    `Faut-il fermer la centrale${NNBSP}? Le gouvernement hésite encore${NNBSP}! Les syndicats s'inquiètent.`,
    [`Faut-il fermer la centrale${NNBSP}?`, `Le gouvernement hésite encore${NNBSP}!`, "Les syndicats s'inquiètent."],
  ],
  ["Is it over?! Not quite. The count continues.", ["Is it over?!", "Not quite.", "The count continues."]],
  // no split inside URLs, versions and lower-case continuations
  [
    "Le rapport est en ligne sur www.exemple.fr. Il compte 80 pages.",
    ["Le rapport est en ligne sur www.exemple.fr.", "Il compte 80 pages."],
  ],
  ["The update (version 2.4.1) fixes the bug. it ships today.", ["The update (version 2.4.1) fixes the bug. it ships today."]],
  // list numbers
  ["1. Le budget est voté. 2. Les crédits sont gelés.", ["1. Le budget est voté.", "2. Les crédits sont gelés."]],
  // a sentence in parentheses
  [
    "La réforme passe. (Le Sénat doit encore l'examiner.) Elle entrera en vigueur en mars.",
    ["La réforme passe.", "(Le Sénat doit encore l'examiner.)", "Elle entrera en vigueur en mars."],
  ],
];

describe("splitSentences", () => {
  it.each(cases)("%s", (text, want) => {
    expect(sentencesOf(text)).toEqual(want);
  });

  it("has 30 or more cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
});

describe("segment stage", () => {
  const text = [
    "Le marché de l'énergie sous tension",
    "",
    "  M. Leroy, directeur de l'usine, a pris la parole. « Nous tiendrons. »  ",
    "Source : https://www.exemple.fr/article",
  ].join("\n");
  const doc = segment(normalize(createDoc({ id: "a", text })));

  it("makes one paragraph per non-empty line, trimmed", () => {
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Le marché de l'énergie sous tension",
      "M. Leroy, directeur de l'usine, a pris la parole. « Nous tiendrons. »",
      "Source : https://www.exemple.fr/article",
    ]);
    expect(doc.paragraphs.every((p) => p.kind === "body" && p.boilerplate === null)).toBe(true);
  });

  it("makes a headline without final punctuation a sentence of its own", () => {
    expect(doc.sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, "Le marché de l'énergie sous tension"],
      [1, "M. Leroy, directeur de l'usine, a pris la parole."],
      [1, "« Nous tiendrons. »"],
      [2, "Source : https://www.exemple.fr/article"],
    ]);
  });

  it("keeps every sentence inside its paragraph, in order, without overlap", () => {
    let last = -1;
    for (const s of doc.sentences) {
      const p = doc.paragraphs[s.paragraph];
      expect(p.start <= s.start && s.end <= p.end).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
  });

  it.each([
    [
      "an opening mark never closed in its paragraph does not swallow the rest of it",
      "Le maire a été clair. « Nous partons. Le reste suivra. Il faudra du temps.",
      ["Le maire a été clair.", "« Nous partons.", "Le reste suivra.", "Il faudra du temps."],
    ],
    [
      "a straight opening quote pairs with a curly closing one",
      '"What do we want? We want the report first” before any vote, he said. The room was silent.',
      ['"What do we want? We want the report first” before any vote, he said.', "The room was silent."],
    ],
    [
      "a paragraph that ends a quotation opened before it starts inside it",
      "Les équipes sont prêtes. Le calendrier sera tenu. » Le ministre a quitté la salle.",
      ["Les équipes sont prêtes. Le calendrier sera tenu. »", "Le ministre a quitté la salle."],
    ],
    [
      "the same with a straight closing quote",
      'We will not give up. We never have," Moore said. The hall applauded.',
      ['We will not give up. We never have," Moore said.', "The hall applauded."],
    ],
    [
      "a straight quote used for inches does not open anything",
      'The screen measures 65" across. It sells for $900. Stock is limited.',
      ['The screen measures 65" across.', "It sells for $900.", "Stock is limited."],
    ],
  ])("%s", (_name, text, want) => {
    expect(sentencesOf(text)).toEqual(want);
  });
});

describe("segment invariants on random text", () => {
  // pieces that stress the rules: quotation marks of every kind, terminators, abbreviations,
  // initials, numbers, white space of every kind, line breaks
  const pieces = [
    "Le", "maire", "The", "Il", "a", "dit", " ", " ", "\u00A0", "\u202F", "\n", "\t", ".", ". ", "?", "!", "…", "...",
    "«", "»", "“", "”", "„", '"', "'", "’", "(", ")", "[", "]", "M.", "Mr.", "U.S.", "J.-M.", "etc.", "3,5", "30 050",
    "1.", "A.", "—", "-", ",", ":",
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((xs) => xs.join(""));

  it("gives trimmed, non-empty, ordered sentences inside their paragraph, losing no visible character", () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = segment(normalize(createDoc({ id: "x", text: t })));
        let last = 0;
        let visible = 0;
        for (const s of doc.sentences) {
          const p = doc.paragraphs[s.paragraph];
          expect(p.start <= s.start && s.start < s.end && s.end <= p.end).toBe(true);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(/^\s|\s$/.test(t.slice(s.start, s.end))).toBe(false);
          visible += t.slice(s.start, s.end).replace(/\s/g, "").length;
          last = s.end;
        }
        expect(visible).toBe(t.replace(/\s/g, "").length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("white space by code unit", () => {
  it("trims paragraphs of exactly what the regex \\s calls white space, whatever the code unit", () => {
    // every code unit up to U+FFFF, each alone between two letters and at both ends of a line
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 10) continue; // the paragraph separator
      const ch = String.fromCharCode(c);
      const spans = splitParagraphs(`${ch}a${ch}b${ch}`);
      const isSpace = /\s/.test(ch);
      expect(spans).toEqual([{ start: isSpace ? 1 : 0, end: isSpace ? 4 : 5 }]);
    }
  });

  it("gives the stage the paragraphs and sentences splitParagraphs and splitSentences give", () => {
    // the stage reads the lines in place: the same spans, whatever white space ends or opens them
    const spaces = [" ", "\t", "\r", "\u00A0", "\u2003", "\u3000", "\uFEFF", "\u200B", "\u0085"];
    for (const sp of spaces) {
      const text = [`${sp}Il part.${sp}Il dit.${sp}`, sp, `${sp}mot mot${sp}`, "", `« Oui »,${sp}dit-il.${sp}`].join("\n");
      const doc = segment(createDoc({ id: "a", text }));
      const paragraphs = splitParagraphs(text);
      expect(doc.paragraphs.map((p) => ({ start: p.start, end: p.end }))).toEqual(paragraphs);
      const sentences = paragraphs.flatMap((p, i) => splitSentences(text, text, p).map((s) => ({ ...s, paragraph: i })));
      expect(doc.sentences).toEqual(sentences);
    }
  });
});

describe("the word before a period", () => {
  // the regex reading wordBefore replaced: letters, digits, "." and "-" back from the period, leading "." and "-" dropped
  const reference = (norm: string, dot: number, floor: number): string => {
    let k = dot;
    while (k > floor && /[\p{L}\p{N}.\-]/u.test(norm[k - 1])) k--;
    return norm.slice(k, dot).replace(/^[.\-]+/, "");
  };
  const unit = fc.constantFrom("a", "Z", "é", "É", "ß", "7", "²", "٣", ".", "-", " ", "'", "’", "\uD835", "\uDC00", "😀", "ǅ", "_", "Ω");
  it("is what the regex reads, on any mix of letters, digits, marks and surrogates", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.nat(12), (units, f) => {
        const norm = `${units.join("")}.`;
        const dot = norm.length - 1;
        const floor = Math.min(f, dot);
        expect(wordBefore(norm, dot, floor)).toBe(reference(norm, dot, floor));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a paragraph of many quotations", () => {
  it("pairs every mark, past the first 64 (the marks' record grows)", () => {
    const one = "« Nous restons », a dit le maire. « Pas question », a répondu la préfète.";
    const text = Array(60).fill(one).join(" ");
    expect(sentencesOf(text)).toEqual(Array(60).fill(["« Nous restons », a dit le maire.", "« Pas question », a répondu la préfète."]).flat());
  });
  it("keeps a quotation of several sentences whole after many marks", () => {
    const text = `${Array(40).fill("« Oui », dit-il.").join(" ")} « Le pont ferme. Les bus passent. » Il part.`;
    expect(sentencesOf(text).slice(-2)).toEqual(["« Le pont ferme. Les bus passent. »", "Il part."]);
  });
});

describe("a sentence opener", () => {
  it("is what the regex calls one, for every code unit", () => {
    const reference = /[\p{Lu}\p{N}«"“„‹(\[—–¿¡-]/u;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (opensSentenceAt(ch, 0) !== reference.test(ch)) expect(`U+${c.toString(16)} ${opensSentenceAt(ch, 0)}`).toBe(`U+${c.toString(16)} ${reference.test(ch)}`);
    }
  });
});

describe("an initial", () => {
  const reference = /^(?:\p{Lu}[.\-]{1,2})*\p{Lu}$/u;
  it("is what the regex calls one: every code unit alone, and initials joined by periods and hyphens", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isInitial(ch) !== reference.test(ch)) expect(`U+${c.toString(16)} ${isInitial(ch)}`).toBe(`U+${c.toString(16)} ${reference.test(ch)}`);
    }
    for (const w of ["J.-M", "J.R.R", "É.-A", "U.S", "Jo", "JM", "J.", "j", "J-m", "Mme", "A.b", "ÉÉ", "J..M"]) expect([w, isInitial(w)]).toEqual([w, reference.test(w)]);
  });
});
