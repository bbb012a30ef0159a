/**
 * `npm run eval:langid`: measures language detection on ../shared/langid (sentences, word pairs
 * and single words per language, from the lingua test sets; evaluation only, never copied here).
 * Prints one table row per detector (franc and eld as baselines, then ours) and the speed of ours,
 * and checks the bars of issue 2. Skips cleanly (exit 0) when ../shared/langid is absent.
 * It also runs the article/paragraph judgement over the real news of ../shared/bench (when
 * present): article language against the collection's label, and time per MB.
 * Usage: npm run eval:langid [-- --quick] [-- --dir PATH] [-- --bench PATH]   (--quick: only ours)
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { franc } from "franc";
import { detectLanguage, detectSpanLanguage, languageJudge } from "../src/language/detect.ts";
import { judgeArticle } from "../src/language/paragraphs.ts";
import { spanLanguage } from "../src/language/span.ts";
import { defaultSettings } from "../src/settings.ts";

const TARGETS = ["fr", "en"] as const;
const DISTRACTORS = ["de", "es", "it", "pt", "nl"] as const;
const ISO3: Record<string, string> = { fra: "fr", eng: "en", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl" };
const BARS = { short: 0.98, pairs: 0.9, distractors: 0.02 };

interface Sets {
  sentences: string[];
  short: string[];
  pairs: string[];
  singles: string[];
}
type Detect = (text: string) => string;

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    dir: { type: "string" },
    bench: { type: "string" },
  },
});
const dir = resolve(args.dir ?? join(here, "..", "..", "shared", "langid"));
const benchDir = resolve(args.bench ?? join(here, "..", "..", "shared", "bench"));

function readLines(path: string): string[] {
  return readFileSync(path, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function loadSets(lang: string): Sets {
  const sentences = readLines(join(dir, lang, "sentences.txt"));
  return {
    sentences,
    short: sentences.filter((s) => wordCount(s) >= 4 && wordCount(s) <= 10),
    pairs: readLines(join(dir, lang, "word-pairs.txt")),
    singles: readLines(join(dir, lang, "single-words.txt")),
  };
}

const rate = (items: string[], detect: Detect, ok: (code: string) => boolean): number =>
  items.filter((t) => ok(detect(t))).length / items.length;

interface Row {
  name: string;
  cells: number[];
  distractors: number;
  ownCode: number | null;
}

function measure(name: string, detect: Detect, data: Record<string, Sets>, canSayOther: boolean): Row {
  const cells: number[] = [];
  for (const kind of ["sentences", "short", "pairs", "singles"] as const) {
    for (const lang of TARGETS) cells.push(rate(data[lang][kind], detect, (c) => c === lang));
  }
  const distractorSentences = DISTRACTORS.flatMap((l) => data[l].sentences);
  const distractors = rate(distractorSentences, detect, (c) => c === "fr" || c === "en");
  const ownCode = canSayOther
    ? DISTRACTORS.reduce((sum, l) => sum + rate(data[l].sentences, detect, (c) => c === l), 0) / DISTRACTORS.length
    : null;
  return { name, cells, distractors, ownCode };
}

const f3 = (x: number): string => x.toFixed(3);

function printTable(rows: Row[]): void {
  console.log(
    "| detector | fr sentences | en sentences | fr short | en short | fr word pairs | en word pairs | fr single words | en single words | distractors called fr/en | distractors given their own code |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const own = r.ownCode === null ? "n/a" : f3(r.ownCode);
    const other = r.ownCode === null ? `${f3(r.distractors)} (cannot say "other")` : f3(r.distractors);
    console.log(`| ${r.name} | ${r.cells.map(f3).join(" | ")} | ${other} | ${own} |`);
  }
}

async function baselines(data: Record<string, Sets>): Promise<Row[]> {
  const rows: Row[] = [];
  const francPair: Detect = (t) => ISO3[franc(t, { only: ["fra", "eng"], minLength: 1 })] ?? "und";
  const francAll: Detect = (t) => ISO3[franc(t, { minLength: 1 })] ?? "other";
  rows.push(measure("franc `only: ['fra','eng']`", francPair, data, false));
  rows.push(measure("franc, all languages", francAll, data, true));
  for (const size of ["medium", "large"] as const) {
    const { eld } = await import(`eld/${size}`);
    rows.push(measure(`eld (${size}), all languages`, (t) => eld.detect(t).language || "und", data, true));
  }
  return rows;
}

/** CPU milliseconds per call (CPU, not wall time: the machine may be shared). */
function timeIt(fn: () => void, repeat: number): number {
  fn();
  const t0 = process.cpuUsage();
  for (let i = 0; i < repeat; i++) fn();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000 / repeat;
}

function speed(data: Record<string, Sets>): void {
  const spans = [...data.fr.short, ...data.en.short];
  const perSpan = timeIt(() => spans.forEach((s) => detectLanguage(s)), 5) / spans.length;
  const article = data.fr.sentences.slice(0, 40).join(" ");
  const perArticle = timeIt(() => detectLanguage(article), 200);
  const big = data.fr.sentences.join("\n").repeat(8);
  const perBig = timeIt(() => detectLanguage(big), 20);
  console.log(`\nspeed (ours, CPU time): ${(perSpan * 1000).toFixed(1)} µs per short span; ` +
    `${perArticle.toFixed(3)} ms per ${(article.length / 1000).toFixed(1)} kB article; ` +
    `${perBig.toFixed(3)} ms per ${(big.length / 1e6).toFixed(2)} MB text (windows are sampled, so the cost is capped)`);
}

function priorTable(data: Record<string, Sets>): void {
  console.log("\nspan detection with a prior (the paragraph's language), word pairs:");
  for (const prior of TARGETS) {
    const cells = TARGETS.map((l) => `${l} ${f3(rate(data[l].pairs, (t) => detectSpanLanguage(t, prior).code, (c) => c === l))}`);
    const distractorPairs = DISTRACTORS.flatMap((l) => data[l].pairs);
    const wrong = rate(distractorPairs, (t) => detectSpanLanguage(t, prior).code, (c) => c === "fr" || c === "en");
    console.log(`  prior ${prior}: ${cells.join(", ")}; distractor pairs called fr/en ${f3(wrong)}`);
  }
  const settings = defaultSettings();
  const quote = (around: string): Detect => (t) => spanLanguage(detectSpanLanguage, t, around, settings);
  console.log("quotes (spanLanguage), short sentences inside a paragraph of the other language / the same language:");
  for (const [lang, other] of [["en", "fr"], ["fr", "en"], ["de", "fr"], ["es", "fr"]]) {
    const across = rate(data[lang].short, quote(other), (c) => c === lang);
    const same = TARGETS.includes(lang as "fr" | "en") ? `; inside ${lang}: ${f3(rate(data[lang].short, quote(lang), (c) => c === lang))}` : "";
    console.log(`  ${lang} inside ${other}: ${f3(across)}${same}`);
  }
}

function checkBars(row: Row): boolean {
  const [, , frShort, enShort, frPairs, enPairs] = row.cells;
  const checks: Array<[string, boolean]> = [
    [`fr short ${f3(frShort)} >= ${BARS.short}`, frShort >= BARS.short],
    [`en short ${f3(enShort)} >= ${BARS.short}`, enShort >= BARS.short],
    [`fr word pairs ${f3(frPairs)} >= ${BARS.pairs}`, frPairs >= BARS.pairs],
    [`en word pairs ${f3(enPairs)} >= ${BARS.pairs}`, enPairs >= BARS.pairs],
    [`distractors called fr/en ${f3(row.distractors)} <= ${BARS.distractors}`, row.distractors <= BARS.distractors],
  ];
  console.log("\nbars (issue 2):");
  for (const [label, ok] of checks) console.log(`  ${ok ? "ok  " : "FAIL"} ${label}`);
  return checks.every(([, ok]) => ok);
}

/** Article language over a JSON Lines collection `{id, lang, text}` (paragraphs joined by "\n"). */
async function benchFile(path: string): Promise<void> {
  const settings = defaultSettings();
  const thresholds = {
    minLetters: settings.languageMinLetters,
    minConfidence: settings.languageMinConfidence,
    switchConfidence: settings.languageSwitchConfidence,
  };
  let articles = 0;
  let right = 0;
  let chars = 0;
  let ms = 0;
  let paragraphs = 0;
  let departing = 0;
  const wrong: string[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { id, lang, text } = JSON.parse(line) as { id: string; lang: string; text: string };
    const inputs = text.split("\n").filter((p) => p.trim()).map((p) => ({ source: p, start: 0, end: p.length, content: true }));
    const t0 = process.cpuUsage();
    const found = judgeArticle(inputs, languageJudge, thresholds);
    const used = process.cpuUsage(t0);
    ms += (used.user + used.system) / 1000;
    chars += text.length;
    articles++;
    paragraphs += inputs.length;
    departing += found.paragraphs.filter((code) => code !== found.article.code).length;
    if (found.article.code === lang) right++;
    else if (wrong.length < 5) wrong.push(`${id}: ${found.article.code} (${found.article.confidence}) ${JSON.stringify(text.slice(0, 60))}`);
  }
  console.log(`  ${path.split("/").pop()}: ${articles} articles, article language right ${f3(right / articles)}; ` +
    `${(ms / articles).toFixed(3)} ms per article (${(chars / articles / 1000).toFixed(1)} kB), ${(chars / 1e6 / (ms / 1000)).toFixed(1)} MB/s of text (CPU time)`);
  console.log(`    ${departing} of ${paragraphs} paragraphs get another language than their article's`);
  for (const w of wrong) console.log(`    wrong: ${w}`);
}

async function bench(): Promise<void> {
  const files = ["fr-news.jsonl.gz", "en-news.jsonl.gz"].map((f) => join(benchDir, f)).filter(existsSync);
  if (!files.length) {
    console.log(`\nbench: no collections at ${benchDir}; skipped.`);
    return;
  }
  console.log("\narticle + paragraph languages on real news (../shared/bench; one thread; a 'wrong' may be a mislabelled article):");
  for (const file of files) await benchFile(file);
}

async function main(): Promise<number> {
  if (!existsSync(dir)) {
    console.log(`eval:langid: no test data at ${dir} (../shared/langid is not beside the project); skipped.`);
    return 0;
  }
  const data: Record<string, Sets> = {};
  for (const lang of [...TARGETS, ...DISTRACTORS]) data[lang] = loadSets(lang);
  console.log(`langid data: ${dir}; short = sentences of 4–10 words (fr ${data.fr.short.length}, en ${data.en.short.length})\n`);
  const rows = args.quick ? [] : await baselines(data);
  const ours = measure("**ours** (eld medium, windows, fr/en prior)", (t) => detectLanguage(t).code, data, true);
  printTable([...rows, ours]);
  priorTable(data);
  speed(data);
  await bench();
  return checkBars(ours) ? 0 : 1;
}

process.exitCode = await main();
