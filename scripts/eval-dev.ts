/**
 * `npm run eval:dev`: runs Verbatim over the team's dev sets in ../shared/eval and prints the
 * scorers' summary lines: quotes/speakers/topics/boilerplate (French, English, GGT metric),
 * scraped boilerplate lines, and HTML body extraction. Reads ../shared: says so and exits 0
 * when it is not there (a user's machine).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const evalDir = resolve(root, "../shared/eval");
if (!existsSync(join(evalDir, "score.mjs"))) {
  console.log(`eval:dev: ${evalDir} is not here (it ships with the team's shared folder); nothing to score.`);
  process.exit(0);
}

const bin = join(root, "bin/verbatim.mjs");
const work = mkdtempSync(join(tmpdir(), "verbatim-eval-"));

function extract(input: string, name: string): string {
  const out = join(work, name);
  try {
    execFileSync(process.execPath, [bin, "extract", input, "--out", out, "--quiet"], { stdio: "inherit" });
  } catch {
    // exit 1 means some inputs failed and were listed in errors.jsonl: still score the rest
  }
  return out;
}

function score(script: string, args: string[]): string {
  const text = execFileSync(process.execPath, [join(evalDir, script), ...args], { encoding: "utf8" });
  return text.trim().split("\n").filter((l) => /^(summary|GGT)/.test(l)).join("\n    ");
}

try {
  const dev = extract(join(evalDir, "dev/texts"), "dev");
  const gold = ["--gold", join(evalDir, "dev/gold"), "--out", dev];
  const rows: Array<[string, string]> = [
    ["dev, French (^(fr_|000))", score("score.mjs", [...gold, "--only", "^(fr_|000)"])],
    ["dev, English (^(en_|ggt_))", score("score.mjs", [...gold, "--only", "^(en_|ggt_)"])],
    ["dev, GGT metric (^ggt_)", score("score.mjs", [...gold, "--only", "^ggt_", "--ggt"])],
    ["dev, files with paragraph gold (^(000|fr_|en_))", score("score.mjs", [...gold, "--only", "^(000|fr_|en_)"])],
  ];
  const scraped = extract(join(evalDir, "scraped/texts"), "scraped");
  rows.push(["scraped lines", score("score.mjs", ["--gold", join(evalDir, "scraped/gold"), "--out", scraped])]);
  const html = extract(join(evalDir, "html"), "html");
  rows.push(["html bodies", score("score-body.mjs", ["--truth", join(evalDir, "html"), "--out", html])]);
  for (const [name, line] of rows) console.log(`${name}\n    ${line}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
