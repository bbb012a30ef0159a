/**
 * The benchmark collections (../shared/bench/*.jsonl.gz, see its README): read as a stream,
 * gunzip + readline, one {id, lang, text} per line. Never copied into the project.
 */
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { join, resolve } from "node:path";
import { createHash } from "node:crypto";
import type { DocInit } from "../src/doc.ts";
import { normalizeLineEndings } from "../src/io/read.ts";

export interface BenchArticle {
  id: string;
  lang: string;
  text: string;
}

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, "../../shared/bench");

export const collectionPath = (dataDir: string, lang: string): string => join(dataDir, `${lang}-news.jsonl.gz`);

export const hasCollections = (dataDir: string, langs: string[]): boolean =>
  langs.every((l) => existsSync(collectionPath(dataDir, l)));

/** The first `limit` articles of a collection, streamed. */
export async function* readCollection(dataDir: string, lang: string, limit = Infinity): AsyncGenerator<BenchArticle> {
  if (limit <= 0) return;
  const input = createReadStream(collectionPath(dataDir, lang)).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      yield JSON.parse(line) as BenchArticle;
      if (++n >= limit) break;
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** What the streaming mode does with an input line: BOM, line endings, sha256 of the raw text. */
export function docInit(a: BenchArticle): DocInit {
  const text = normalizeLineEndings(a.text.replace(/^\uFEFF/, ""));
  return { id: a.id, text, sha256: createHash("sha256").update(a.text, "utf8").digest("hex") };
}
