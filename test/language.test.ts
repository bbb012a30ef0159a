import { describe, expect, it } from "vitest";
import { eld } from "eld/medium";
import { createDoc, type Doc, type ParagraphKind } from "../src/doc.ts";
import { createContext } from "../src/context.ts";
import type { Settings } from "../src/settings.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { language } from "../src/stages/language.ts";
import { countLetters, detectLanguage, detectSpanLanguage, DETECTOR_DEFAULTS, textScores } from "../src/language/detect.ts";
import { windowScores } from "../src/language/eld.ts";
import { sampleWindows, windowBounds } from "../src/language/windows.ts";
import { blankAddresses } from "../src/language/noise.ts";
import { plainWords, spanLanguage } from "../src/language/span.ts";
import { defaultSettings } from "../src/settings.ts";

// Every sentence below was written for these tests (news-style, invented).
const FRENCH_SHORT = [
  "Le gouvernement a présenté son budget mardi.",
  "La grève des cheminots se poursuit ce week-end.",
  "Nous ne reculerons pas sur cette réforme.",
  "Les prix de l'énergie ont encore augmenté.",
  "Il faut agir vite, a-t-elle estimé.",
  "Le maire a annoncé sa démission hier soir.",
  "C'est une victoire pour tous les salariés.",
  "Les enquêteurs n'excluent aucune piste pour l'instant.",
  "On ne peut pas laisser faire ça.",
  "Le tribunal rendra sa décision le mois prochain.",
];

const ENGLISH_SHORT = [
  "The minister resigned on Tuesday evening.",
  "We will not back down on this.",
  "Shares fell sharply after the announcement.",
  "It was a difficult decision, she said.",
  "Police are still searching for the driver.",
  "The company expects profits to double next year.",
  "Nobody saw this coming, to be honest.",
  "Voters head to the polls in November.",
  "This is the worst storm in decades.",
  "The talks broke down late last night.",
];

const OTHER_LANGUAGES: Array<[string, string]> = [
  ["de", "Die Regierung will die Steuern im nächsten Jahr senken."],
  ["de", "Wir werden diese Entscheidung nicht akzeptieren, sagte der Bürgermeister."],
  ["es", "El gobierno anunció nuevas medidas contra la inflación."],
  ["es", "No vamos a permitir que esto vuelva a ocurrir, dijo el ministro."],
  ["it", "Il governo ha approvato la nuova legge sul lavoro."],
  ["it", "Non possiamo aspettare ancora, ha detto il sindaco."],
  ["pt", "O presidente disse que a economia vai crescer este ano."],
  ["nl", "De regering wil de belastingen volgend jaar verlagen."],
];

describe("detectLanguage on short sentences", () => {
  it.each(FRENCH_SHORT)("French: %s", (text) => {
    expect(detectLanguage(text).code).toBe("fr");
  });
  it.each(ENGLISH_SHORT)("English: %s", (text) => {
    expect(detectLanguage(text).code).toBe("en");
  });
  it.each(OTHER_LANGUAGES)("gives %s its own code: %s", (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });
});

describe("detectLanguage on text without a language", () => {
  it.each(["", "   \n  ", "2024", "12,5 % — 30 050 $ (+3,2)", "!!! ... ???", "« » “ ” – —", "https://www.example.com/2024/05/12"])(
    "%j is und with confidence 0",
    (text) => {
      expect(detectLanguage(text)).toEqual({ code: "und", confidence: 0 });
    },
  );
});

describe("confidence", () => {
  const texts = [...FRENCH_SHORT, ...ENGLISH_SHORT, ...OTHER_LANGUAGES.map(([, t]) => t), "OK", "Paris", "le la les"];
  it.each(texts)("is within [0, 1]: %s", (text) => {
    const { confidence } = detectLanguage(text);
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });
  it("is higher for a full sentence than for a lone name", () => {
    expect(detectLanguage(ENGLISH_SHORT[0]).confidence).toBeGreaterThan(detectLanguage("Vancouver").confidence);
  });
});

describe("detectSpanLanguage (a quote, knowing its paragraph's language)", () => {
  it.each(ENGLISH_SHORT.slice(0, 5))("keeps an English quote English inside French: %s", (text) => {
    expect(detectSpanLanguage(text, "fr").code).toBe("en");
  });
  it.each(FRENCH_SHORT.slice(0, 5))("keeps a French quote French inside English: %s", (text) => {
    expect(detectSpanLanguage(text, "en").code).toBe("fr");
  });
  it.each(OTHER_LANGUAGES.slice(0, 4))("still gives %s its own code inside French: %s", (code, text) => {
    expect(detectSpanLanguage(text, "fr").code).toBe(code);
  });
  it("leans towards the prior when the span alone is ambiguous", () => {
    // "Central" is spelled the same in both languages: the prior decides.
    const fr = detectSpanLanguage("central", "fr");
    const en = detectSpanLanguage("central", "en");
    expect([fr.code, en.code]).toEqual(["fr", "en"]);
  });
});

describe("spanLanguage (the language of a quote in its paragraph)", () => {
  const settings = defaultSettings();
  it.each([
    ["We will not give up, whatever it costs.", "fr", "en"],
    ["Nous irons jusqu'au bout de cette réforme.", "en", "fr"],
    ["Wir geben nicht auf, egal was es kostet.", "fr", "de"],
    ["Bravo !", "en", "en"],
    ["Merci", "fr", "fr"],
    ["2024 !", "fr", "fr"],
  ])("%j inside %s is %s", (text, around, want) => {
    expect(spanLanguage(detectSpanLanguage, text, around, settings)).toBe(want);
    // read in place inside a longer text of the other language, as the quotes stage may
    const before = around === "fr" ? "Le ministre a répondu aux questions : « " : "The minister answered the questions: \"";
    const article = `${before}${text}" ${FRENCH_SHORT[0]} ${ENGLISH_SHORT[0]}`;
    expect(spanLanguage(detectSpanLanguage, article, around, settings, before.length, before.length + text.length)).toBe(want);
  });

  it("reads a quote in place as its slice, addresses blanked out", () => {
    const article = `${FRENCH_SHORT[1]} « Écrivez-nous sur contact@example.org ou www.example.org, merci » ${ENGLISH_SHORT[2]}`;
    const from = FRENCH_SHORT[1].length + 3;
    const to = article.indexOf(" »");
    for (const prior of ["fr", "en", "de"])
      expect(detectSpanLanguage(article, prior, from, to)).toEqual(detectSpanLanguage(article.slice(from, to), prior));
  });
});

describe("plainWords", () => {
  it.each([
    ["CTV Vancouver", 0],
    ["bur-abc/xy/mm/jt", 0],
    ["Photo : Jean Dupont / AFP", 0],
    ["We love this town, and we stay.", 6],
    ["l'économie a-t-elle repris ?", 3],
  ] as Array<[string, number]>)("%j has %i", (text, n) => {
    expect(plainWords(text)).toBe(n);
  });
});

describe("our eld scorer", () => {
  const samples = [...FRENCH_SHORT, ...ENGLISH_SHORT, ...OTHER_LANGUAGES.map(([, t]) => t), "l'été — ‘dit-il’ `x`", "Ça va 😀 très bien", "東京の天気", ""];
  it.each(samples)("gives eld's own scores for %j", (text) => {
    const ours = windowScores(text);
    const theirs = eld.detect(text).getScores();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const code of Object.keys(theirs)) expect(ours[code]).toBeCloseTo(theirs[code], 12);
  });
});

describe("our eld scorer over many windows in a row", () => {
  it("gives eld's own scores for each, however often its cache of the n-gram table is overwritten", () => {
    // a fixed stream of invented words: tens of thousands of distinct n-grams, more than the
    // scorer's table cache holds, with the common words coming back between windows
    const syllables = ["ba", "ker", "lo", "tra", "mi", "sen", "u", "dor", "pé", "qua", "zil", "on", "the", "de", "rh", "ist", "ou", "gn", "ya", "chè"];
    let seed = 12345;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const word = (): string => Array.from({ length: 1 + next(4) }, () => syllables[next(syllables.length)]).join("");
    const common = ["the", "de", "and", "la", "said", "que"];
    for (let w = 0; w < 400; w++) {
      const words = Array.from({ length: 12 + next(20) }, () => (next(3) === 0 ? common[next(common.length)] : word()));
      const text = words.join(" ");
      const ours = windowScores(text);
      const theirs = eld.detect(text).getScores();
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      for (const code of Object.keys(theirs)) expect(ours[code]).toBeCloseTo(theirs[code], 12);
    }
  });
});

describe("countLetters", () => {
  /** the rule countLetters follows, one code unit at a time */
  const isCounted = (c: number): boolean =>
    c < 0xc0 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c <= 0x24f ? c !== 0xd7 && c !== 0xf7 : /\p{L}/u.test(String.fromCharCode(c));
  it("counts a-z, A-Z, Latin-1 and Latin Extended letters (not × ÷ ª µ º) and any other \\p{L} unit, for every code unit", () => {
    for (let c = 0; c <= 0xffff; c++) expect(countLetters(`1${String.fromCharCode(c)}2`)).toBe(isCounted(c) ? 1 : 0);
  });
  it("stops at the limit", () => {
    expect(countLetters("abcdef", 3)).toBe(3);
    expect(countLetters("é ü 😀 ж", 10)).toBe(3);
  });
});

describe("our eld scorer on any text", () => {
  it("gives eld's own scores for texts made of letters, apostrophes, marks, spaces and odd code points", async () => {
    const fc = await import("fast-check");
    const pieces = ["le", "Été", "l'", "’", "`", "'", " ", "  ", ", ", "« ", "»", "-", "ΣΟΦΙΑ", "İstanbul", "😀", "\ud800", "东京", "Straße", "the", "DON'T", "x".repeat(20), "\n", "...", "12"];
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((w) => w.join("")),
    );
    // words over 70 bytes are left out: eld cuts them its own way, which the scorer does not follow
    const longWord = /[\p{L}'’`]{23,}/u;
    fc.assert(
      fc.property(text.filter((t) => !longWord.test(t)), (t) => {
        const ours = windowScores(t);
        const theirs = eld.detect(t).getScores();
        expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
        for (const code of Object.keys(theirs)) expect(ours[code]).toBeCloseTo(theirs[code], 12);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("sampleWindows", () => {
  const text = [...ENGLISH_SHORT, ...FRENCH_SHORT].join(" ");
  it("returns a short text whole", () => {
    expect(sampleWindows("Short text.", 100, 4)).toEqual(["Short text."]);
  });
  it("spreads at most maxWindows windows over a long text, cut between words", () => {
    const windows = sampleWindows(text, 120, 4);
    expect(windows).toHaveLength(4);
    for (const w of windows) {
      expect(w.length).toBeLessThanOrEqual(120);
      expect(text.includes(w)).toBe(true);
      const at = text.indexOf(w);
      expect(at === 0 || text[at - 1] === " ").toBe(true);
      expect(at + w.length === text.length || text[at + w.length] === " ").toBe(true);
    }
    expect(text.endsWith(windows[3])).toBe(true);
  });
});

describe("reading a span in place", () => {
  // the language stage reads each paragraph inside its article's text: the same windows, letters
  // and scores as the paragraph cut out
  const article = [...FRENCH_SHORT, ...ENGLISH_SHORT, ...FRENCH_SHORT.slice(0, 4)].join(" ");
  const spans: Array<[number, number]> = [[0, article.length], [0, 44], [45, 400], [130, 131], [200, article.length], [61, 61 + 150]];

  it.each(spans)("text[%i, %i): the windows of its slice, as offsets", (from, to) => {
    for (const [size, max] of [[150, 1], [120, 4], [300, 12], [60, 12]]) {
      const bounds: number[] = [];
      const count = windowBounds(article, from, to, size, max, bounds);
      const windows = Array.from({ length: count }, (_, i) => article.slice(bounds[2 * i], bounds[2 * i + 1]));
      expect(windows).toEqual(sampleWindows(article.slice(from, to), size, max));
    }
  });

  it.each(spans)("text[%i, %i): the letters and the scores of its slice", (from, to) => {
    const slice = article.slice(from, to);
    expect(countLetters(article, Infinity, from, to)).toBe(countLetters(slice));
    expect(countLetters(article, 30, from, to)).toBe(countLetters(slice, 30));
    for (const [max, size] of [[1, 150], [4, 120], [12, 300]]) {
      const inPlace = textScores(article, DETECTOR_DEFAULTS, max, size, undefined, from, to);
      expect(inPlace).toEqual(textScores(slice, DETECTOR_DEFAULTS, max, size));
      if (to - from > 40) expect(inPlace.some((x) => x > 0)).toBe(true);
    }
  });
});

describe("blankAddresses", () => {
  it.each([
    ["Source : https://www.example.org/news/2024/story.html", "Source :"],
    ["Contact: jane.doe@example.com for details", "Contact: for details"],
    ["More on www.example.fr today", "More on today"],
  ])("blanks the address in %j, keeping the length", (text, words) => {
    const out = blankAddresses(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim().split(/\s+/).join(" ")).toBe(words);
  });
  it("leaves a handle without a domain alone", () => {
    expect(blankAddresses("Follow @newsroom")).toBe("Follow @newsroom");
  });
});

describe("countLetters", () => {
  it.each([
    ["", 0],
    ["123 !", 0],
    ["Élysée", 6],
    ["l'été 2024", 4],
  ] as Array<[string, number]>)("%j has %i letters", (text, n) => {
    expect(countLetters(text)).toBe(n);
  });
});

/** An article run through normalize, segment and language; `kinds` overrides paragraph kinds. */
function run(text: string, kinds: Record<number, ParagraphKind> = {}, settings: Partial<Settings> = {}): Doc {
  const ctx = createContext({ settings });
  let doc = segment(normalize(createDoc({ id: "t", text })));
  doc = { ...doc, paragraphs: doc.paragraphs.map((p, i) => ({ ...p, kind: kinds[i] ?? p.kind })) };
  return language(doc, ctx);
}

const FRENCH_ARTICLE = [
  "Le conseil municipal a voté jeudi soir le nouveau plan de circulation du centre-ville, après trois heures de débats.",
  "Selon l'adjoint chargé des transports, les travaux commenceront au printemps et dureront environ dix-huit mois.",
  "The new plan is a disaster for small shops, and we will fight it in court, said the head of the traders' association.",
  "Les commerçants avaient déjà manifesté le mois dernier devant la mairie pour réclamer davantage de places de stationnement.",
  "Oui.",
  "La préfecture doit encore valider le projet avant l'été.",
].join("\n");

describe("language stage", () => {
  it("finds a French article, an English paragraph in it, and lets a short one inherit", () => {
    const doc = run(FRENCH_ARTICLE);
    expect(doc.language.code).toBe("fr");
    expect(doc.language.confidence).toBeGreaterThan(0.5);
    expect(doc.paragraphs.map((p) => p.language)).toEqual(["fr", "fr", "en", "fr", "fr", "fr"]);
  });

  it("finds an English article with a French paragraph", () => {
    const doc = run(
      [
        "The city council approved the new traffic plan on Thursday night after a three-hour debate.",
        "Nous allons saisir la justice, parce que ce plan va tuer nos commerces, a déclaré la présidente de l'association.",
        "Work on the project is expected to start in the spring and to last about eighteen months.",
      ].join("\n"),
    );
    expect(doc.language.code).toBe("en");
    expect(doc.paragraphs.map((p) => p.language)).toEqual(["en", "fr", "en"]);
  });

  it.each([
    ["de", "Der Stadtrat hat am Donnerstagabend den neuen Verkehrsplan für die Innenstadt beschlossen.\nDie Bauarbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern."],
    ["es", "El ayuntamiento aprobó el jueves por la noche el nuevo plan de tráfico del centro.\nLas obras comenzarán en primavera y durarán unos dieciocho meses, según el concejal."],
    ["it", "Il consiglio comunale ha approvato giovedì sera il nuovo piano del traffico.\nI lavori dovrebbero iniziare in primavera e durare circa diciotto mesi."],
  ])("gives a %s article its own code", (code, text) => {
    const doc = run(text);
    expect(doc.language.code).toBe(code);
    expect(doc.paragraphs.every((p) => p.language === code)).toBe(true);
  });

  it("gives a Russian article its own code (eld separates Cyrillic languages by small margins)", () => {
    const doc = run(
      "Правительство объявило о новых мерах поддержки малого бизнеса.\nМинистр заявил, что программа начнёт работать в следующем месяце.",
    );
    expect(doc.language.code).toBe("ru");
  });

  it("is less confident about one short line than about a whole article", () => {
    const line = run("Bonne année à tous !");
    const article = run(FRENCH_ARTICLE.split("\n").filter((p) => !p.startsWith("The new plan")).join("\n"));
    expect(line.language.code).toBe("fr");
    expect(line.language.confidence).toBeLessThan(article.language.confidence);
  });

  it("reads the article's language from content paragraphs, not boilerplate", () => {
    const text = [
      "Le gouvernement a présenté mardi un projet de loi sur la sécurité des barrages.",
      "Subscribe to our newsletter and get the best stories every morning in your inbox.",
      "Share this article with your friends and family on social media today.",
      "Sign up now for unlimited access to all our reporting and analysis.",
    ].join("\n");
    const doc = run(text, { 1: "boilerplate", 2: "boilerplate", 3: "boilerplate" });
    expect(doc.language.code).toBe("fr");
    expect(doc.paragraphs.slice(1).map((p) => p.language)).toEqual(["en", "en", "en"]);
  });

  it("does not let a line of names, a credit or a desk code switch a paragraph", () => {
    const doc = run(
      [
        "The storm knocked out power to thousands of homes across the region on Monday.",
        "CTV Vancouver",
        "Crews expect to restore most lines by Wednesday, the utility said.",
        "Photo : Jean-Baptiste Moreau / Agence Nordique",
        "bur-kls/abx/mm/jdr/plt",
      ].join("\n"),
    );
    expect(doc.paragraphs.map((p) => p.language)).toEqual(["en", "en", "en", "en", "en"]);
  });

  it("says und, with a message, when the article is below the confidence bar", () => {
    // Half French, half English: the vote is split, so a bar of 0.9 is not met.
    const text = [FRENCH_SHORT.slice(0, 4).join(" "), ENGLISH_SHORT.slice(0, 4).join(" ")].join("\n");
    const doc = run(text, {}, { languageMinConfidence: 0.9 });
    expect(doc.language.code).toBe("und");
    expect(doc.language.confidence).toBeLessThan(0.9);
    expect(doc.messages.map((m) => m.code)).toContain("language-undetermined");
    expect(doc.paragraphs.map((p) => p.language)).toEqual(["fr", "en"]);
  });

  it("says und without a message for an article with no letters", () => {
    const doc = run("2024 — 12,5 %\n30 050 $");
    expect(doc.language).toEqual({ code: "und", confidence: 0 });
    expect(doc.paragraphs.every((p) => p.language === "und")).toBe(true);
    expect(doc.messages.filter((m) => m.code === "language-undetermined")).toEqual([]);
  });
});
