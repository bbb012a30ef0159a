// npm run build (npm ci runs it through "prepare"): compiles src/ into a fresh dist/ with
// tsconfig.build.json, then stamps it, so that bin/verbatim.mjs knows it is up to date. A build
// that cannot run or fails leaves no stamp and says so, and Verbatim runs its TypeScript sources
// through tsx as before: installing never fails for want of a build (`npm test` type-checks).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BUILD_STAMP, PROJECT_ROOT } from "../bin/compiled.mjs";

rmSync(join(PROJECT_ROOT, "dist"), { recursive: true, force: true });
try {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(PROJECT_ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  writeFileSync(join(PROJECT_ROOT, BUILD_STAMP), `built ${new Date().toISOString()} from src/ by scripts/build.mjs\n`);
} catch (e) {
  process.stderr.write(
    `verbatim build: dist/ not built (${e.code === "MODULE_NOT_FOUND" ? "TypeScript is not installed" : "the compiler failed"}); ` +
      `bin/verbatim.mjs will run the TypeScript sources through tsx. Run "npm run build" to try again.\n`,
  );
}
