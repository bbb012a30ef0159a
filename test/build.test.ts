import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
// @ts-expect-error: a plain .mjs module of bin/, without type declarations
import { BUILD_STAMP, compiledIsUpToDate } from "../bin/compiled.mjs";
import { writeCorpus } from "./fixtures/scale-corpus.ts";
import { BIN, expectSameOutput, ROOT, sh, tempDir } from "./scale-helpers.ts";

describe("compiledIsUpToDate: bin/verbatim.mjs runs dist/ only while nothing in src/ is newer", () => {
  let root: string;
  const at = (file: string, seconds: number) => {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), "x");
    utimesSync(join(root, file), seconds, seconds);
  };
  beforeAll(async () => {
    root = await tempDir("build-stamp");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ["a tree never built", [["src/cli.ts", 100]], false],
    ["a build newer than every source", [["src/cli.ts", 100], ["src/run/pool.ts", 150], ["tsconfig.json", 90], [BUILD_STAMP, 200]], true],
    ["a source edited after the build, in a nested folder", [["src/cli.ts", 100], ["src/run/pool.ts", 250], [BUILD_STAMP, 200]], false],
    ["a source added after the build", [["src/cli.ts", 100], [BUILD_STAMP, 200], ["src/new-stage.ts", 300]], false],
    ["a compiler setting changed after the build", [["src/cli.ts", 100], [BUILD_STAMP, 200], ["tsconfig.build.json", 300]], false],
  ] as const)("%s: %s", (_, files, upToDate) => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, "src"), { recursive: true });
    for (const [file, seconds] of files) at(file, seconds);
    expect(compiledIsUpToDate(root)).toBe(upToDate);
  });
});

describe("the compiled dist/ writes what the TypeScript sources write", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("build");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("compiles src/ with tsconfig.build.json and gives the same output folder, workers included", async () => {
    // a copy of the build beside a package.json and node_modules, as dist/ sits in the project
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    execFileSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json"), "--outDir", join(dir, "dist")]);
    copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    const corpus = join(dir, "corpus");
    await writeCorpus(corpus, 40);
    writeFileSync(join(dir, "bin.mjs"), 'const { main } = await import("./dist/cli.js");\nprocess.exitCode = await main(process.argv.slice(2));\n');
    const compiled = await sh(`node ${dir}/bin.mjs extract ${corpus} --out ${dir}/compiled --jobs 2`);
    expect(compiled.stderr).toMatch(/40 articles/);
    expect(compiled.code).toBe(0);
    const source = await sh(`VERBATIM_FROM_SOURCE=1 node ${BIN} extract ${corpus} --out ${dir}/source --jobs 2`);
    expect(source.code).toBe(0);
    await expectSameOutput(`${dir}/compiled`, `${dir}/source`);
  }, 120_000);
});
