/**
 * Side-by-side timings on the same articles, interleaved article by article so that load on a
 * shared machine hits every contender alike:
 * - full: the whole pipeline, record and JSON written (what `extract` does per article);
 * - floor: decode, normalise and write the JSON record, no analysis (our I/O cost);
 * - compromise: `nlp(text)`, compromise's full parse, timed on two samples of the same articles:
 *   the first `compare.first` (a short run: both still cold) and every `compare.every`-th article
 *   of the whole run (what a long run sees, warm-up included in proportion).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import nlp from "compromise";
import type { Context } from "../src/context.ts";
import { createDoc } from "../src/doc.ts";
import { processDoc } from "../src/index.ts";
import { articleLines, toArticleRecord } from "../src/record.ts";
import { normalize } from "../src/stages/normalize.ts";
import type { StageTimings } from "../src/pipeline.ts";
import type { ArticleRecord } from "../src/schema.ts";
import { docInit as decode, type BenchArticle } from "./corpus.ts";

export interface LanguageRun {
  lang: string;
  articles: number;
  bytes: number;
  fullMs: number;
  floorMs: number;
  /** per stage, plus "record+write" for building and writing the JSON */
  stagesMs: StageTimings;
  quotes: number;
  /** the first `compare.first` articles */
  compared: Compared;
  /** every `compare.every`-th article of the run */
  sampled: Compared;
}

export interface Compared {
  articles: number;
  bytes: number;
  oursMs: number;
  floorMs: number;
  compromiseMs: number;
}

export interface CompareOptions {
  first: number;
  every: number;
  /** the sample is articles from, from + every, from + 2 × every, …: 0 counts the run's first (coldest) article in it */
  from: number;
}

const noneCompared = (): Compared => ({ articles: 0, bytes: 0, oursMs: 0, floorMs: 0, compromiseMs: 0 });

function addComparison(c: Compared, bytes: number, oursMs: number, floorMs: number, compromiseMs: number): void {
  c.articles++;
  c.bytes += bytes;
  c.oursMs += oursMs;
  c.floorMs += floorMs;
  c.compromiseMs += compromiseMs;
}

/** The record's lines as `verbatim extract` writes them (articleLines: the article's line, then its quotes' lines). */
function writeRecord(fd: number, rec: ArticleRecord): void {
  const lines = articleLines(rec);
  writeSync(fd, lines.json + "\n");
  if (lines.quotes) writeSync(fd, lines.quotes);
}

export async function measureLanguage(
  lang: string,
  articles: AsyncIterable<BenchArticle>,
  ctx: Context,
  compare: CompareOptions,
  sinkPath: string,
): Promise<LanguageRun> {
  const fd = openSync(sinkPath, "w");
  const stagesMs: StageTimings = {};
  const run: LanguageRun = {
    lang,
    articles: 0,
    bytes: 0,
    fullMs: 0,
    floorMs: 0,
    stagesMs,
    quotes: 0,
    compared: noneCompared(),
    sampled: noneCompared(),
  };
  try {
    for await (const a of articles) {
      const bytes = Buffer.byteLength(a.text, "utf8");
      let t = performance.now();
      writeRecord(fd, toArticleRecord(normalize(createDoc(decode(a)))));
      const floorMs = performance.now() - t;

      t = performance.now();
      const before = sumOf(stagesMs);
      const rec = processDoc(decode(a), { context: ctx, timings: stagesMs });
      writeRecord(fd, rec);
      const fullMs = performance.now() - t;
      stagesMs["record+write"] = (stagesMs["record+write"] ?? 0) + fullMs - (sumOf(stagesMs) - before);

      const first = run.articles < compare.first;
      const sampled = compare.every > 0 && run.articles % compare.every === compare.from % compare.every;
      run.articles++;
      run.bytes += bytes;
      run.floorMs += floorMs;
      run.fullMs += fullMs;
      run.quotes += rec.quotes.length;
      if (first || sampled) {
        t = performance.now();
        nlp(a.text);
        const compromiseMs = performance.now() - t;
        if (first) addComparison(run.compared, bytes, fullMs, floorMs, compromiseMs);
        if (sampled) addComparison(run.sampled, bytes, fullMs, floorMs, compromiseMs);
      }
    }
  } finally {
    closeSync(fd);
  }
  return run;
}

const sumOf = (t: StageTimings): number => Object.entries(t).reduce((s, [k, v]) => (k === "record+write" ? s : s + v), 0);
