import { describe, expect, it } from "vitest";
import { classifyLines, reasonsOf, type LineDecision } from "../src/boilerplate/classify.ts";
import type { BoilerplateLabel } from "../src/doc.ts";
import { processText } from "../src/index.ts";
import { PhraseFinder } from "../src/boilerplate/vocabulary.ts";

// Every sentence here was written for these tests (invented news, not copied from any source).
const FR_BODY = [
  "Le conseil municipal de Lyon a adopté mardi soir un budget en hausse de 4 % pour l'année prochaine, malgré l'opposition de la droite.",
  "La maire a défendu devant les élus une hausse des dépenses consacrées aux écoles et aux transports, qu'elle juge indispensable après deux années difficiles.",
  "Les syndicats de la fonction publique territoriale ont salué un effort de recrutement, tout en demandant des revalorisations plus rapides pour les agents.",
  "Le vote définitif du budget aura lieu en décembre, après une dernière série de consultations avec les associations de quartier.",
];
const EN_BODY = [
  "The city council in Leeds approved a budget increase of 4 percent on Tuesday evening, despite objections from opposition members.",
  "The council leader told members that more money for schools and buses was necessary after two difficult years for local services.",
  "Unions representing council staff welcomed the hiring plan but said pay rises for workers needed to come sooner than the proposal allows.",
  "A final vote on the budget is expected in December, after a last round of consultation with residents' groups across the city.",
];

const classify = (lines: string[]): LineDecision[] =>
  classifyLines(lines, { threshold: 0.5, repeatMinArticles: 2, headingMaxWords: 20, id: "site/a.txt", lineStats: null });

/** The decision for `line` set inside an article: after two body paragraphs, before two more. */
function inMiddle(line: string, body: string[]): LineDecision {
  return classify([body[0], body[1], line, body[2], body[3]])[2];
}

/** The decision for `line` set at the end of an article. */
function atEnd(line: string, body: string[]): LineDecision {
  const lines = [...body, line];
  return classify(lines)[lines.length - 1];
}

type Row = [BoilerplateLabel, string];

describe("boilerplate phrases by category (French)", () => {
  const rows: Row[] = [
    ["related", "Lire aussi : La rénovation du stade de Gerland prendra deux ans de plus"],
    ["related", "À lire aussi : Les tarifs des transports en commun augmentent en janvier"],
    ["credit", "Crédit photo : Julien Moreau / AFP"],
    ["subscribe", "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité locale"],
    ["subscribe", "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés."],
    ["subscribe", "Article réservé aux abonnés"],
    ["promo", "Publicité"],
    ["share", "Partager sur Facebook"],
    ["share", "Suivez-nous sur Facebook, Instagram et LinkedIn"],
    ["source", "Source : https://www.exemple-journal.fr/lyon/budget-2025"],
    ["source", "Avec AFP"],
    ["other", "Publié le 12 mars 2024 à 10h05"],
    ["disclaimer", "Ce site utilise des cookies pour vous offrir la meilleure expérience de navigation."],
    ["credit", "Propos recueillis par Claire Lambert"],
    ["credit", "Par Antoine Girard et Sophie Marchand"],
    ["related", ">> Lire aussi : Le marché de Noël ouvrira plus tôt cette année"],
    ["credit", "Le pont Cessart, sur la Loire, en février. Photo : Julien Moreau"],
    ["related", "Crue de la Loire : faut-il évacuer les quais ?par France 3 Centre"],
    ["disclaimer", "Vous avez choisi de refuser le dépôt de cookies, vous ne pouvez pas voir ce contenu."],
    ["navigation", "Accueil"],
  ];
  it.each(rows)("%s: %s", (label, line) => {
    const d = inMiddle(line, FR_BODY);
    expect(d.kind).toBe("boilerplate");
    expect(d.boilerplate?.label).toBe(label);
    expect(d.boilerplate?.reasons.length).toBeGreaterThan(0);
  });
});

describe("boilerplate phrases by category (English)", () => {
  const rows: Row[] = [
    ["related", "Read more: Council approves new cycling lanes for the city centre"],
    ["related", "[Read: How the new tram line changed one neighbourhood]"],
    ["subscribe", "Sign up for our morning newsletter and get the day's top stories in your inbox."],
    ["promo", "Advertisement"],
    ["share", "Share this article"],
    ["credit", "Photo: Maria Lopez / Reuters"],
    ["credit", "© 2018 AFP"],
    ["source", "Source: https://www.example-news.com/local/budget-vote"],
    ["source", "This article originally appeared on The Northern Ledger."],
    ["other", "Updated 9:41 AM EST, Tuesday, March 12, 2024"],
    ["disclaimer", "We use cookies to improve your experience on our site."],
    ["credit", "By Jane Whitfield"],
    ["credit", "Reporting by Tom Aldridge; Editing by Rachel Kim"],
    ["credit", "Ruth Okafor contributed reporting from Lagos."],
    ["navigation", "Skip to main content"],
    ["other", "Continue reading the main story"],
    ["share", "Follow The Northern Ledger on Facebook, Instagram and YouTube."],
  ];
  it.each(rows)("%s: %s", (label, line) => {
    const d = inMiddle(line, EN_BODY);
    expect(d.kind).toBe("boilerplate");
    expect(d.boilerplate?.label).toBe(label);
  });
});

describe("promotions need two of brand, call to action, money", () => {
  const ads: Array<[string[], string]> = [
    [FR_BODY, "Inscrivez-vous sur Binance et recevez jusqu'à 100 $ de bonus de bienvenue"],
    [FR_BODY, "Ouvrez un compte sur OKX et profitez de 50 USDT offerts"],
    [EN_BODY, "Sign up on Bybit today and claim a $500 welcome bonus"],
    [EN_BODY, "Register with Coinbase and start trading in minutes"],
  ];
  it.each(ads)("%#: flags the ad %s", (body, line) => {
    const d = atEnd(line, body);
    expect(d.boilerplate?.label).toBe("promo");
    expect(d.boilerplate?.reasons.filter((r) => /^(brand:|imperative-cta|money-amount)/.test(r)).length).toBeGreaterThanOrEqual(2);
  });

  it("gives the seed-style ad all three cues", () => {
    const d = atEnd("Inscrivez-vous sur Bitget et commencez à trader avec 12 500 $ de cadeaux de bienvenue", FR_BODY);
    expect(d.boilerplate?.label).toBe("promo");
    expect(d.boilerplate?.reasons).toEqual(expect.arrayContaining(["brand:bitget", "imperative-cta", "money-amount"]));
  });
});

describe("hard negatives stay body", () => {
  const fr = [
    "Le fondateur de Binance a déclaré mardi que la plateforme comptait désormais 150 millions d'utilisateurs dans le monde.",
    "« Inscrivez-vous sur Binance et commencez à trader », a lancé en riant le directeur général de la plateforme, interrogé sur les publicités du secteur.",
    "Les commentaires publiés sous la vidéo ont été supprimés par Facebook dans la nuit de lundi à mardi, selon la plateforme.",
    "Comment expliquer ce revirement ? Le ministre avance la hausse des taux d'intérêt et la baisse des recettes fiscales depuis l'été.",
    "La nouvelle loi impose aux entreprises de publier une politique de confidentialité claire et de la transmettre à la CNIL avant juin.",
    "Partager les richesses reste l'objectif affiché du ministre, qui a défendu son budget devant l'Assemblée nationale jeudi.",
    "Source de nombreuses inquiétudes, la dette de la ville a doublé en dix ans selon la chambre régionale des comptes.",
    "Par ailleurs, le maire a promis une baisse des tarifs de cantine dès la rentrée.",
    "Par Décret du 12 mars, le gouvernement a fixé la date du scrutin.",
    "Le site Mediapart.fr a révélé mardi que le contrat avait été signé sans appel d'offres.",
  ];
  const en = [
    "Facebook said on Tuesday it had removed hundreds of accounts linked to the campaign, according to a company statement.",
    "Comments made by the minister on Monday drew criticism from opposition lawmakers and business groups alike.",
    "The privacy policy law passed by the state senate requires companies to disclose how they share customer data.",
    "Binance chief executive Richard Teng told reporters that the exchange would open an office in Paris next year and hire 200 staff.",
    "\"Sign up, trade and win big,\" read the Coinbase advert that regulators said had misled young investors, the agency said.",
    "Share prices fell sharply in early trading after the company warned that profits would miss forecasts this year.",
    "By Friday, Kyiv had restored power to most districts.",
    "By Monday the talks had collapsed",
  ];
  it.each(fr)("fr: %s", (line) => expect(inMiddle(line, FR_BODY).kind).not.toBe("boilerplate"));
  it.each(en)("en: %s", (line) => expect(inMiddle(line, EN_BODY).kind).not.toBe("boilerplate"));
  it.each(fr)("fr, last paragraph: %s", (line) => expect(atEnd(line, FR_BODY).kind).not.toBe("boilerplate"));
  it.each(en)("en, last paragraph: %s", (line) => expect(atEnd(line, EN_BODY).kind).not.toBe("boilerplate"));
});

describe("neighbours and position", () => {
  it("flags a caption above a picture credit, and the credit", () => {
    const lines = [EN_BODY[0], EN_BODY[1], "Council members vote on the budget in Leeds on Tuesday.", "Ian Forsyth/Getty Images", EN_BODY[2], EN_BODY[3]];
    const d = classify(lines);
    expect(d[2].kind).toBe("boilerplate");
    expect(d[3].boilerplate?.label).toBe("credit");
    expect(d[1].kind).toBe("body");
    expect(d[4].kind).toBe("body");
  });

  it("flags the links under a related header, up to the next prose paragraph", () => {
    const lines = [...FR_BODY.slice(0, 2), "Sur le même sujet", "Le tramway de Lyon fête ses vingt ans", "Budget : la métropole emprunte davantage", ...FR_BODY.slice(2)];
    const d = classify(lines);
    expect(d.slice(2, 5).map((x) => x.kind)).toEqual(["boilerplate", "boilerplate", "boilerplate"]);
    expect(d[5].kind).toBe("body");
  });

  it("flags a menu above the article and a newsletter box with its price lines below it", () => {
    const lines = ["Home", "News", "Sports", "Business", ...EN_BODY, "Subscribe to The Weekly Brief, our newsletter on city politics.", "Monthly", "$5/month", "Cancel anytime.", "Annual", "$50/year"];
    const d = classify(lines);
    expect(d.slice(0, 4).every((x) => x.boilerplate?.label === "navigation")).toBe(true);
    expect(d.slice(4, 8).every((x) => x.kind === "body")).toBe(true);
    expect(d.slice(8).every((x) => x.kind === "boilerplate")).toBe(true);
  });

  it("flags a stand-first above the date stamp, never the first paragraph below it", () => {
    const above = classify([EN_BODY[0], "Published 10:48 AM EST, Tuesday, March 12, 2024", ...EN_BODY.slice(1)]);
    expect(above[0].boilerplate?.reasons).toContain("standfirst");
    const below = classify(["Publié le 12 mars 2024 à 10h05", ...FR_BODY]);
    expect(below[0].kind).toBe("boilerplate");
    expect(below.slice(1).every((x) => x.kind === "body")).toBe(true);
  });

  it("flags the author's signature under the last paragraph, and keeps the paragraph", () => {
    const d = classify([...FR_BODY.slice(0, 3), "Le vote final aura lieu en décembre.", "Antoine Girard"]);
    expect(d[3].kind).toBe("body");
    expect(d[4].boilerplate?.label).toBe("credit");
  });

  it.each(["AFP", "Reuters", "Jean Martin / AFP"])("keeps the last paragraph above a closing agency line %s", (credit) => {
    const d = classify([...FR_BODY.slice(0, 3), "Le vote final aura lieu en décembre.", credit]);
    expect(d[3].kind).toBe("body");
    expect(d[4].kind).toBe("boilerplate");
  });

  it("flags an author's bio at the end, and the name above it", () => {
    const d = classify([...EN_BODY, "Ruth Okafor", "Ruth Okafor is a staff reporter covering city hall for the Ledger."]);
    expect(d.slice(-2).map((x) => x.boilerplate?.label)).toEqual(["credit", "credit"]);
    expect(d.slice(0, 4).every((x) => x.kind === "body")).toBe(true);
  });

  it("keeps a list at the end of an article when nothing marks it as furniture", () => {
    const lines = [...EN_BODY, "The tour stops in these cities:", "June 4 – Leeds, First Direct Arena", "June 6 – Glasgow, OVO Hydro", "June 9 – Cardiff, Utilita Arena"];
    expect(classify(lines).every((x) => x.kind !== "boilerplate")).toBe(true);
  });

  it("keeps a list of short items inside the article", () => {
    const lines = [EN_BODY[0], "Ingredients", "2 cups flour", "1 tsp salt", "3 eggs", EN_BODY[1], EN_BODY[2]];
    expect(classify(lines).every((x) => x.kind !== "boilerplate")).toBe(true);
  });
});

describe("headings", () => {
  it.each([
    ["Vers une hausse des impôts locaux", FR_BODY],
    ["What the new budget means for schools", EN_BODY],
  ] as const)("a short line without final punctuation before a longer paragraph: %s", (line, body) => {
    const lines = [body[0], line, body[1], body[2]];
    expect(classify(lines)[1].kind).toBe("heading");
  });

  it("a lone date above the text is a heading, not a date stamp", () => {
    expect(classify(["14 mai", ...FR_BODY])[0].kind).toBe("heading");
  });

  it("a sentence is never a heading", () => {
    expect(classify([FR_BODY[0], "Le vote a été reporté.", FR_BODY[1]])[1].kind).toBe("body");
  });
});

describe("the stage on a whole article", () => {
  const text = [...FR_BODY, "Inscrivez-vous sur Bybit et commencez à trader avec 1 000 $ de cadeaux de bienvenue", "Source : https://www.exemple-journal.fr/lyon/budget"].join("\n");
  const article = processText(text, { id: "lyon.txt" });

  it("flags the ad and the source line, and nothing else", () => {
    const labels = article.paragraphs.map((p) => p.boilerplate?.label ?? p.kind);
    expect(labels).toEqual(["body", "body", "body", "body", "promo", "source"]);
  });

  it("has no title when the text opens on a paragraph, and the first heading as title otherwise", () => {
    expect(article.title).toBeNull();
    const titled = processText(["Home", "News", "Sports", "Lyon vote un budget en hausse", ...FR_BODY].join("\n"));
    expect(titled.title).toBe("Lyon vote un budget en hausse");
  });

  it("fills the source from the source line", () => {
    expect(article.source).toBe("https://www.exemple-journal.fr/lyon/budget");
  });

  it("leaves the boilerplate out of the clean text", () => {
    expect(article.cleanText).toBe(FR_BODY.join("\n"));
  });

  it("never extracts a quote from a boilerplate paragraph", () => {
    const quoted = processText([...EN_BODY, '"Sign up, trade and earn $100 in Bybit bonuses today," says the ad. Sign up on Bybit now.'].join("\n"));
    const last = quoted.paragraphs.length - 1;
    expect(quoted.paragraphs[last].kind).toBe("boilerplate");
    expect(quoted.quotes.filter((q) => q.paragraph === last)).toEqual([]);
  });
});

describe("any input", () => {
  it("gives one decision per line, with a known kind and label and a score in [0, 1]", async () => {
    const fc = await import("fast-check");
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom("Lire aussi :", "Publicité", "© AFP", "Source : http://x.fr", "Home", "(AP)", "1 of 3", "« »", "$ 5", "BYBIT"),
      fc.array(fc.constantFrom("Inscrivez-vous", "sur", "Bybit", "30", "$", "Photo:", "/", "AP", "«", "»", "Le", "maire", "a", "dit."), { maxLength: 30 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const d = classify(lines);
        expect(d).toHaveLength(lines.length);
        for (const x of d) {
          expect(["body", "heading", "boilerplate"]).toContain(x.kind);
          if (x.boilerplate) {
            expect(x.kind).toBe("boilerplate");
            expect(x.boilerplate.score).toBeGreaterThanOrEqual(0);
            expect(x.boilerplate.score).toBeLessThanOrEqual(1);
            expect(["promo", "source", "subscribe", "share", "related", "navigation", "disclaimer", "credit", "other"]).toContain(x.boilerplate.label);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the 'anywhere' phrase finder", () => {
  const pieces = ["l'", "de", "la", "the", "and", "aujourd'hui", "-", ".", " ", "  ", "é", "ü", "ßtraße", "x.com", "sign-up", "œuvre", "a", "it's", "'", "9", "ça", "(x)", "$5", "c++ [1]", "a|b", "\\d", "b"];
  const lineOf = async () => {
    const fc = await import("fast-check");
    return fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((w) => w.join("")));
  };

  it("PhraseFinder.first gives the first listed phrase the line holds, as Array.find with includes does", async () => {
    const fc = await import("fast-check");
    const phrases = ["la suite", "de la", "the end", "and it's", "ça va", "de l'", "a.b", "(x)", "$5", "c++ [1]", "a|b", "\\d", "la"].map((text) => ({ text, label: "other" as const }));
    const finder = new PhraseFinder(phrases);
    fc.assert(
      fc.property(await lineOf(), (line) => {
        expect(finder.first(line)).toBe(phrases.find((p) => line.includes(p.text)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a prose line written twice in one article", () => {
  const caption = "Des habitants attendent le bus sous la pluie devant la gare routière de Nantes, mardi matin.";
  // as long as `caption`, word for word different: not a copy
  const sameLength = "Des étudiants attendent le tram sous la neige devant la gare centrale de Rennes, lundi soir.";
  it("is flagged both times, and a different line of the same length is not", () => {
    expect(sameLength.length).toBe(caption.length);
    const lines = [FR_BODY[0], caption, FR_BODY[1], sameLength, FR_BODY[2], caption, FR_BODY[3]];
    const d = classify(lines);
    for (const i of [1, 5]) expect(d[i].boilerplate?.reasons).toContain("twice-in-article");
    expect(d[3].boilerplate?.reasons ?? []).not.toContain("twice-in-article");
  });
});

describe("a line written as the one above it", () => {
  // each line has a cue of its own (a phone number); the caption rule then adds one to the line right above the credit only
  const notice = "Call 202-628-8500 for tickets.";
  const lines = [EN_BODY[0], EN_BODY[1], notice, notice, "Jane Doe/Getty Images", EN_BODY[2], EN_BODY[3]];
  it("gets the decision it gets alone: the cues the passes add to one copy stay off the other", () => {
    const d = classify(lines);
    expect(d[2].boilerplate?.reasons).toEqual(["phone-number"]);
    expect(d[3].boilerplate?.reasons).toEqual(["phone-number", "caption-above-credit"]);
  });
  it("is judged as a different line written there would be", () => {
    const other = "Call 202-628-8500 for seats.";
    const alone = classify([EN_BODY[0], EN_BODY[1], other, notice, "Jane Doe/Getty Images", EN_BODY[2], EN_BODY[3]]);
    expect(classify(lines).slice(3)).toEqual(alone.slice(3));
  });
});

describe("the reasons of a flag", () => {
  const REASONS = ["head-sweep", "sandwiched", "tail-sweep", "brand:bybit,imperative-cta", "imperative-cta", "menu-run"];
  it("are every rule id of the cues once, in order, as a Set of their split reasons gives them", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REASONS), { minLength: 1, maxLength: 5 }), (reasons) => {
        const cues = reasons.map((reason) => ({ label: "other" as const, score: 0.6, reason }));
        expect(reasonsOf(cues)).toEqual([...new Set(reasons.flatMap((r) => r.split(",")))]);
      }),
      { numRuns: 500 },
    );
  });
});
