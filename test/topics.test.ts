import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDoc, type Doc, type Quote } from "../src/doc.ts";
import { createContext } from "../src/context.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { topics } from "../src/stages/topics.ts";
import { processText } from "../src/index.ts";
import { UsageError } from "../src/commands/usage.ts";
import { defaultTaxonomy, parseTaxonomy, TaxonomySchema, type Taxonomy } from "../src/topics/taxonomy.ts";
import { compileTaxonomy, findHits, tokensFor } from "../src/topics/matcher.ts";
import { analyzerFor, CACHED_WORDS, createAnalyzer, wordHash } from "../src/topics/analyzer.ts";
import { emptyTokens, tokenize } from "../src/topics/tokenize.ts";
import { LEXICONS } from "../src/lexicons/index.ts";
import { TOPIC_IDS } from "../src/lexicons/topics.ts";

const ctx = createContext();

/** A document of the given lines (one paragraph each) in one language, segmented, with quotes. */
function docOf(text: string, code: string, quotes: Array<Partial<Quote> & { start: number; end: number }> = []): Doc {
  const d = segment(normalize(createDoc({ id: "t", text })));
  d.language = { code, confidence: 1 };
  d.paragraphs = d.paragraphs.map((p) => ({ ...p, language: code }));
  d.quotes = quotes.map((q) => ({
    type: "direct",
    language: code,
    speaker: null,
    cue: null,
    topics: [],
    confidence: 1,
    paragraph: 0,
    sentence: 0,
    ...q,
  }));
  return d;
}

const topicIds = (text: string, code: string, c = ctx): string[] =>
  topics(docOf(text, code), c)
    .topics.map((t) => t.id)
    .sort();

/** topic ids whose terms match somewhere in the text (before scoring) */
function matchedTopics(text: string, code: string): string[] {
  const tax = compileTaxonomy(ctx.taxonomy);
  const hits = findHits(tax, code, tokensFor(tax, text, 0, text.length, code));
  return [...new Set(hits.map((h) => tax.ids[h.topic]))].sort();
}

describe("topics: one sentence per topic and language", () => {
  const cases: Array<[code: string, topic: string, sentence: string]> = [
    ["fr", "circularity", "Les analystes dénoncent le financement circulaire entre le fabricant de puces et ses clients, un modèle circulaire fragile."],
    ["fr", "circularity", "La commune veut développer l'économie circulaire et le recyclage des emballages."],
    ["fr", "energy", "Le réseau électrique national peine à suivre la demande d'énergie des nouveaux sites."],
    ["fr", "energy", "La centrale nucléaire de la vallée sera arrêtée deux mois, privant le réseau électrique de sa production."],
    ["fr", "policy", "Le gouvernement a présenté mercredi un projet de loi sur la fiscalité des entreprises."],
    ["fr", "policy", "Les députés ont rejeté l'amendement lors d'un scrutin serré à l'Assemblée nationale."],
    ["fr", "supply-chain", "Un goulot d'étranglement dans la chaîne d'approvisionnement retarde les livraisons de cuivre."],
    ["fr", "supply-chain", "La pénurie de matières premières a forcé l'usine à réduire sa production."],
    ["fr", "finance", "Depuis son introduction en bourse, l'action a doublé et les investisseurs restent confiants."],
    ["fr", "finance", "La banque centrale a relevé ses taux d'intérêt pour freiner l'inflation."],
    ["fr", "compute", "L'entreprise a commandé des milliers de GPU pour son nouveau centre de données."],
    ["fr", "compute", "Les modèles d'intelligence artificielle exigent une puissance de calcul croissante."],
    ["en", "circularity", "Critics say the circular deals between the chip designer and its customers amount to round-tripping."],
    ["en", "circularity", "The city wants more recycling and a real circular economy for plastic packaging."],
    ["en", "energy", "The regional power grid struggles to meet the electricity demand of new factories."],
    ["en", "energy", "Oil prices rose after the cartel agreed to cut output of crude."],
    ["en", "policy", "Lawmakers passed new export controls on advanced technology after a heated debate."],
    ["en", "policy", "The government will hold a referendum on the constitutional reform next spring."],
    ["en", "supply-chain", "A shortage of raw materials created a bottleneck across the supply chain."],
    ["en", "supply-chain", "The manufacturer moved its assembly line closer to its suppliers."],
    ["en", "finance", "Shareholders cheered as quarterly revenue beat forecasts and the stock market rallied."],
    ["en", "finance", "The company plans an IPO next year to repay its debt to lenders."],
    ["en", "compute", "The startup rents GPUs in data centers to train its large language models."],
    ["en", "compute", "Demand for AI chips keeps semiconductor foundries busy."],
  ];
  it.each(cases)("%s %s: %s", (code, topic, sentence) => {
    expect(topicIds(sentence, code)).toContain(topic);
  });
});

describe("topics: words that cancel a false hit", () => {
  const cases: Array<[code: string, topic: string, sentence: string]> = [
    ["fr", "policy", "Consultez notre politique de confidentialité avant de créer votre compte."],
    ["fr", "policy", "L'entraîneur a défendu la politique du club en matière de transferts."],
    ["fr", "energy", "Le chanteur, plein d'énergie, a enchaîné les rappels devant une salle comble."],
    ["fr", "circularity", "Le menuisier s'est blessé avec une scie circulaire dans son atelier."],
    ["fr", "compute", "Ils ont chiné des vinyles au marché aux puces dimanche matin."],
    ["fr", "finance", "Les syndicats préparent une journée d'actions dans les transports jeudi."],
    ["fr", "energy", "La police a dispersé les manifestants avec du gaz lacrymogène."],
    ["en", "energy", "The country wants to remain a superpower and its army is powerful."],
    ["en", "energy", "Few leaders cling to political power as long as he did."],
    ["en", "circularity", "He cut the plank with a circular saw before sanding it."],
    ["en", "compute", "She baked chocolate chip cookies for the school fair."],
    ["en", "policy", "Please read our privacy policy and cookie policy before subscribing."],
    ["en", "finance", "Volunteers at the food bank handed out meals on Sunday."],
  ];
  it.each(cases)("%s not %s: %s", (code, topic, sentence) => {
    expect(matchedTopics(sentence, code)).not.toContain(topic);
  });

  it("cancels only the topic they belong to", () => {
    // "political power" hides "power" from energy, not "political" from policy
    expect(matchedTopics("Few leaders cling to political power as long as he did.", "en")).toContain("policy");
  });
});

describe("topics: matching", () => {
  it.each([
    ["fr", "l'énergie", "énergie"],
    ["fr", "L’ÉNERGIE", "ÉNERGIE"],
    ["fr", "les energies", "energies"],
    ["fr", "des chaînes d'approvisionnement", "chaînes d'approvisionnement"],
    ["fr", "une chaine de l'approvisionnement", "chaine de l'approvisionnement"],
    ["fr", "les Goulots d’étranglement", "Goulots d’étranglement"],
    ["en", "SUPPLY CHAINS", "SUPPLY CHAINS"],
  ])("%s finds the term in %j (%j)", (code, text, surface) => {
    const tax = compileTaxonomy(ctx.taxonomy);
    const hits = findHits(tax, code, tokensFor(tax, text, 0, text.length, code));
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain(surface);
  });

  it("never runs a phrase across punctuation", () => {
    // "goulot" and "étranglement" alone are no topic words; together they are supply chain
    expect(matchedTopics("Il a bu au goulot. D'étranglement, il n'a pas été question.", "fr")).not.toContain("supply-chain");
    expect(matchedTopics("Il a parlé du goulot d'étranglement.", "fr")).toContain("supply-chain");
  });

  it("keeps hyphenated compounds whole", () => {
    // "sous-traitant" is supply chain; its second half alone ("traiter") is not
    expect(matchedTopics("Le sous-traitant a livré les pièces.", "fr")).toContain("supply-chain");
    expect(matchedTopics("Il faut traiter le dossier rapidement.", "fr")).not.toContain("supply-chain");
  });

  it("matches =word terms on the exact form only", () => {
    // "=taxe" (policy): the stem of "taxi" is the same as the stem of "taxe"
    expect(matchedTopics("Le gouvernement crée une nouvelle taxe.", "fr")).toContain("policy");
    expect(matchedTopics("Il a pris un taxi pour rentrer.", "fr")).not.toContain("policy");
  });

  it("prefers the longest phrase of a topic and reports its surface form", () => {
    const text = "La centrale nucléaire ferme.";
    const tax = compileTaxonomy(ctx.taxonomy);
    const hits = findHits(tax, "fr", tokensFor(tax, text, 0, text.length, "fr")).filter((h) => tax.ids[h.topic] === "energy");
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(["centrale nucléaire"]);
  });

  it("skips runs of letters too long to be words", () => {
    const glued = "énergie".repeat(5000);
    expect(matchedTopics(`${glued} ${glued}`, "fr")).toEqual([]);
    expect(matchedTopics(`${glued} centrale nucléaire`, "fr")).toEqual(["energy"]);
  });

  it("drops function words and elided articles", () => {
    const t = tokenize("qu'il l'a dit jusqu'à l'usine", 0, 29, analyzerFor("fr"), emptyTokens());
    expect(t.keys.map((k) => k.exact)).toEqual(["dit", "usine"]);
  });
});

describe("topics: scores", () => {
  const filler = "Le festival de musique a attiré de nombreux visiteurs venus de toute la région ce week-end.";
  const body = (n: number) => Array.from({ length: n }, () => filler).join("\n");
  const scoreOf = (text: string, id: string) => topics(docOf(text, "fr"), ctx).topics.find((t) => t.id === id)?.score ?? 0;

  it("grows with the number of mentions", () => {
    const once = `${body(2)}\nLe prix de l'énergie inquiète.\n${body(2)}`;
    const twice = `${body(2)}\nLe prix de l'énergie inquiète.\nLa facture d'électricité grimpe.\n${body(2)}`;
    expect(scoreOf(twice, "energy")).toBeGreaterThan(scoreOf(once, "energy"));
  });

  it("falls with the length of the article", () => {
    const short = `${body(2)}\nLe prix de l'énergie et la facture d'électricité inquiètent.`;
    const long = `${body(30)}\nLe prix de l'énergie et la facture d'électricité inquiètent.`;
    expect(scoreOf(long, "energy")).toBeLessThan(scoreOf(short, "energy"));
  });

  it("boosts the first paragraph", () => {
    const lead = `La facture d'électricité grimpe avec le prix de l'énergie.\n${body(6)}`;
    const late = `${body(6)}\nLa facture d'électricité grimpe avec le prix de l'énergie.`;
    expect(scoreOf(lead, "energy")).toBeGreaterThan(scoreOf(late, "energy"));
  });

  it("needs more than one passing word", () => {
    expect(topicIds(`${body(8)}\nIl a évoqué l'énergie en passant.\n${body(8)}`, "fr")).toEqual([]);
    expect(topicIds("Le festival a parlé d'énergie.", "fr")).toEqual([]);
    expect(topicIds("Le festival a parlé d'énergie et de centrale nucléaire.", "fr")).toEqual(["energy"]);
  });

  it("does not count weak words alone", () => {
    // "marché", "croissance", "clients": finance words that need a strong one beside them
    expect(topicIds("Le marché est en croissance et les clients sont contents.", "fr")).not.toContain("finance");
  });

  it("skips boilerplate paragraphs", () => {
    const d = docOf(`${filler}\nInscrivez-vous et tradez des actions en bourse avec un bonus d'inscription.`, "fr");
    d.paragraphs[1] = { ...d.paragraphs[1], kind: "boilerplate" };
    expect(topics(d, ctx).topics.map((t) => t.id)).not.toContain("finance");
  });

  it("reads the threshold from the settings", () => {
    const text = `Le gouvernement veut une loi sur l'énergie.\n${body(3)}`;
    const strict = createContext({ settings: { topicThreshold: 0.99 } });
    expect(topicIds(text, "fr").length).toBeGreaterThan(0);
    expect(topicIds(text, "fr", strict)).toEqual([]);
  });

  it("sorts topics by score and gives evidence", () => {
    const text =
      "Le gouvernement prépare une loi sur l'électricité.\nLe ministre de l'énergie veut une réforme du réseau électrique et de la centrale nucléaire.";
    const found = topics(docOf(text, "fr"), ctx).topics;
    expect(found.map((t) => t.score)).toEqual([...found.map((t) => t.score)].sort((a, b) => b - a));
    const energy = found.find((t) => t.id === "energy");
    expect(energy?.evidence).toEqual(expect.arrayContaining(["électricité", "réseau électrique", "centrale nucléaire"]));
  });
});

describe("topics: quotes", () => {
  it("tags a quote from its own words, and more weakly from its sentence", () => {
    const text =
      'Le gouvernement prépare une loi sur le réseau électrique et la centrale nucléaire. "Nous manquerons de courant cet hiver", a dit le ministre de l\'énergie.';
    const qStart = text.indexOf("Nous");
    const qEnd = text.indexOf('",');
    const d = topics(docOf(text, "fr", [{ start: qStart, end: qEnd }]), ctx);
    // the quote has no topic word; its sentence has "énergie" (energy, an article topic)
    expect(d.quotes[0].topics).toEqual(["energy"]);
  });

  it("takes the topics of the quote's own words", () => {
    const text = 'Le directeur a pris la parole. "La chaîne d\'approvisionnement reste fragile et le recyclage progresse", a-t-il dit.';
    const qStart = text.indexOf("La chaîne");
    const d = topics(docOf(text, "fr", [{ start: qStart, end: text.indexOf('",') }]), ctx);
    expect(d.quotes[0].topics).toEqual(expect.arrayContaining(["supply-chain", "circularity"]));
  });

  it("does not tag a quote from one sentence word of a topic the article lacks", () => {
    const filler = "Le festival de musique a attiré de nombreux visiteurs venus de toute la région.\n".repeat(8);
    const text = `${filler}"C'est un beau jour", a dit le maire, qui a parlé de l'énergie.`;
    const qStart = text.indexOf("C'est");
    const d = topics(docOf(text, "fr", [{ start: qStart, end: text.indexOf('",') }]), ctx);
    expect(d.quotes[0].topics).toEqual([]);
  });
});

describe("topics: languages", () => {
  it("reads each paragraph with the words of its own language", () => {
    const d = docOf("Le directeur a présenté les résultats.\nThe supply chain is the bottleneck, and shortages of copper persist.", "fr");
    d.paragraphs[1] = { ...d.paragraphs[1], language: "en" };
    expect(topics(d, ctx).topics.map((t) => t.id)).toContain("supply-chain");
  });

  it("reads a paragraph of an undecided language with the words of the article's language", () => {
    const d = docOf("La pénurie de cuivre et la chaîne d'approvisionnement inquiètent.", "fr");
    d.paragraphs[0] = { ...d.paragraphs[0], language: "und" };
    expect(topics(d, ctx).topics.map((t) => t.id)).toContain("supply-chain");
  });

  it("never throws on text without words", () => {
    expect(topics(docOf("… — !!! 123 ''' \"\"\"", "und"), ctx).topics).toEqual([]);
  });
});

describe("topics: the stemming shortcut", () => {
  // a compiled taxonomy's analyzer stems only words that start like a term's stem and drops the
  // words no term uses: it must find exactly what the full analyzer finds
  const tax = compileTaxonomy(ctx.taxonomy);
  const inflect = (w: string) => [w, `${w}s`, `${w}es`, `${w}x`, w.replace(/al$/, "aux"), w.replace(/y$/, "ies"), `${w}ed`, `${w}ing`, `${w}ement`];
  for (const code of Object.keys(LEXICONS))
    it(`${code}: finds the same terms as stemming every word`, () => {
      const words: string[] = [];
      for (const id of TOPIC_IDS) {
        const w = LEXICONS[code].topics.topics[id];
        for (const term of [...w.terms, ...w.weak, ...w.cancel]) {
          words.push(term.replace(/=/g, ""));
          for (const part of term.replace(/=/g, "").split(/[\s']+/)) words.push(inflect(part).join(" "));
        }
      }
      const text = words.join(" ; ");
      const fast = findHits(tax, code, tokensFor(tax, text, 0, text.length, code));
      const full = findHits(tax, code, tokenize(text, 0, text.length, analyzerFor(code), emptyTokens()));
      expect(fast.length).toBeGreaterThan(100);
      expect(fast).toEqual(full);
    });
});

describe("topics: the word cache", () => {
  // the analyzer caches each word's analysis by its characters: a word met again, a word that
  // shares its hash or its length with another, and the words kept while the cache grows must
  // get the analysis of a fresh analyzer
  const fresh = (code: string) => createAnalyzer(LEXICONS[code].topics.stemmer, [...LEXICONS[code].stopwords, ...LEXICONS[code].topics.elisions]);
  const sentence = "Le gouvernement a relancé les énergies renouvelables, dit la ministre de l'Énergie à Paris";

  it("gives each word its own analysis when many words share one hash", () => {
    const cached = fresh("fr");
    const words = sentence.split(/[\s,']+/);
    const text = words.join(" ");
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        expect(cached.analyseAt(text, at, at + w.length, 42)).toEqual(fresh("fr").analyse(w));
        at += w.length + 1;
      }
    }
  });

  it("keeps every word right while it grows past thousands of words", () => {
    const cached = fresh("en");
    const reference = fresh("en");
    const words = Array.from({ length: 12_000 }, (_, i) => `energ${i.toString(36)}ies`);
    const text = words.join(" ");
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        const a = cached.analyseAt(text, at, at + w.length, wordHash(text, at, at + w.length));
        if (round === 1 || w.endsWith("0ies")) expect(a).toEqual(reference.analyse(w));
        at += w.length + 1;
      }
    }
  });

  it("keeps every word right when it starts over, past its most words", () => {
    const cached = fresh("fr");
    const reference = fresh("fr");
    // words of terms, function words and others, among more new words than the cache holds
    const known = ["énergie", "le", "nucléaire", "gouvernement", "réseaux"];
    const words = Array.from({ length: 2 * CACHED_WORDS + 100 }, (_, i) => (i % 7 === 0 ? known[(i / 7) % known.length] : `mot${i.toString(36)}`));
    const text = words.join(" ");
    let at = 0;
    for (const [i, w] of words.entries()) {
      const a = cached.analyseAt(text, at, at + w.length, wordHash(text, at, at + w.length));
      if (i % 7 === 0 || i % 1000 === 1) expect(a).toEqual(reference.analyse(w));
      at += w.length + 1;
    }
  });

  it("analyses a word longer than all the characters it keeps, and again", () => {
    const cached = fresh("en");
    const word = "energy".repeat(60_000);
    for (let round = 0; round < 2; round++) expect(cached.analyse(word)).toEqual(fresh("en").analyse(word));
  });
});

describe("topics: taxonomies", () => {
  it("the default taxonomy is a valid taxonomy file with every topic in every language", () => {
    const tax = TaxonomySchema.parse(defaultTaxonomy());
    expect(tax.topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    for (const t of tax.topics) expect(Object.keys(t.terms).sort()).toEqual(Object.keys(LEXICONS).sort());
  });

  it.each([
    [{ topics: [{ id: "energy", terms: { en: ["power grid", 3] } }] }, "topics[0].terms.en[1]"],
    [{ topics: [{ id: "Energy!", terms: { en: ["grid"] } }] }, "topics[0].id"],
    [{ topics: [{ id: "energy", terms: { english: ["grid"] } }] }, "topics[0].terms.english"],
    [{ topics: [{ id: "a", terms: {} }, { id: "a", terms: {} }] }, "topics[1].id"],
    [{ topics: [{ id: "energy", terms: { en: ["grid"] }, words: [] }] }, "topics[0]"],
    [{ topic: [] }, "(the whole file)"],
    [{ topics: [] }, "topics"],
  ])("rejects %j naming %s", (value, field) => {
    expect(() => parseTaxonomy(value, "my.json")).toThrow(UsageError);
    expect(() => parseTaxonomy(value, "my.json")).toThrow(field);
  });

  it("accepts the example taxonomy of the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Topics"));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    expect(parseTaxonomy(JSON.parse(json ?? ""), "README").topics[0].id).toBe("rail");
  });

  it("tags with a user's taxonomy, in the language of the text", () => {
    const tax: Taxonomy = parseTaxonomy(
      { topics: [{ id: "rail", terms: { fr: ["train", "SNCF", "voie ferrée"], en: ["railway", "train"] } }] },
      "rail.json",
    );
    const c = { ...ctx, taxonomy: tax };
    expect(topics(docOf("La SNCF annonce des trains supplémentaires sur la voie ferrée.", "fr"), c).topics.map((t) => t.id)).toEqual(["rail"]);
    expect(topics(docOf("The railway company will add trains this summer.", "en"), c).topics.map((t) => t.id)).toEqual(["rail"]);
  });
});

describe("topics: the lexicons", () => {
  const keysOf = (code: string, term: string) => {
    const t = tokenize(term, 0, term.length, analyzerFor(code), emptyTokens());
    return t.keys.map((k, i) => (term[t.start[i] - 1] === "=" ? `=${k.exact}` : k.stem)).join(" ");
  };
  for (const [code, lex] of Object.entries(LEXICONS))
    for (const id of TOPIC_IDS) {
      const words = lex.topics.topics[id];
      const strong = new Set(words.terms.map((t) => keysOf(code, t)));
      it(`${code} ${id}: each list names each word once (one form per stem is enough)`, () => {
        for (const list of [words.terms, words.weak, words.cancel]) {
          const keys = list.map((t) => keysOf(code, t));
          expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
        }
      });
      it(`${code} ${id}: no word is a one-letter stem (mark it "=": a one-letter stem sends every word of that letter to the stemmer)`, () => {
        const all = [...words.terms, ...words.weak, ...words.cancel];
        expect(all.filter((t) => keysOf(code, t).split(" ").some((k) => k.length === 1))).toEqual([]);
      });
      it(`${code} ${id}: no weak word reads the same as a strong one`, () => {
        expect(words.weak.filter((w) => strong.has(keysOf(code, w)))).toEqual([]);
      });
      it(`${code} ${id}: no cancel phrase reads the same as a topic word (it would cancel them all)`, () => {
        const positives = new Set([...strong, ...words.weak.map((w) => keysOf(code, w))]);
        expect(words.cancel.filter((c) => positives.has(keysOf(code, c)) || keysOf(code, c) === "")).toEqual([]);
      });
    }
});

describe("topics: the seed article", () => {
  const seed = readFileSync(new URL("../corpus/000_753db324fa68a1af.txt", import.meta.url), "utf8");
  const article = processText(seed, { id: "seed" });

  it("gets exactly circularity, energy, policy, supply-chain, finance and compute", () => {
    expect(article.topics.map((t) => t.id).sort()).toEqual(
      ["circularity", "compute", "energy", "finance", "policy", "supply-chain"].sort(),
    );
  });

  it("tags each quote that speaks of energy, policy or circularity with that topic", () => {
    const speaks: Array<[RegExp, string]> = [
      [/énergie/i, "energy"],
      [/politique/i, "policy"],
      [/circulaire/i, "circularity"],
    ];
    let checked = 0;
    for (const q of article.quotes)
      for (const [re, id] of speaks)
        if (re.test(q.text)) {
          checked++;
          expect(q.topics, q.text).toContain(id);
        }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("topics: --topics on the command line", () => {
  const root = new URL("..", import.meta.url).pathname;
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(root, "bin/verbatim.mjs"), "extract", ...args], { encoding: "utf8", timeout: 120_000 });

  it("stops with exit code 2 and names the bad field", () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-topics-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ topics: [{ id: "energy", terms: { en: ["grid", 42] } }] }));
    const r = run([join(root, "corpus"), "--out", join(dir, "out"), "--topics", bad, "--quiet"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("topics[0].terms.en[1]");
  }, 120_000);

  it("tags articles with the user's topics", () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-topics-"));
    const file = join(dir, "mine.json");
    writeFileSync(file, JSON.stringify({ topics: [{ id: "boilers", terms: { fr: ["chaudière", "granulés"] } }] }));
    const r = run([join(root, "corpus"), "--out", join(dir, "out"), "--topics", file, "--quiet", "--jobs", "1"]);
    expect(r.status).toBe(0);
    const articles = readFileSync(join(dir, "out", "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const ids = new Set(articles.flatMap((a: { topics: Array<{ id: string }> }) => a.topics.map((t) => t.id)));
    expect([...ids]).toEqual(["boilers"]);
  }, 120_000);
});
