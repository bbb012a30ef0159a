/**
 * Whether bin/verbatim.mjs may run the compiled dist/ rather than the TypeScript sources: dist/
 * is stamped when `npm run build` finishes (scripts/build.mjs), and it is up to date while no
 * file of src/ nor a tsconfig is newer than that stamp. An edited source, a checkout or a tree
 * never built all fall back to the sources, so what runs is never older than src/.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** written by scripts/build.mjs after the compiler is done */
export const BUILD_STAMP = join("dist", ".built");
const CONFIGS = ["tsconfig.json", "tsconfig.build.json"];

export function compiledIsUpToDate(root = PROJECT_ROOT) {
  const built = mtimeOf(join(root, BUILD_STAMP));
  if (built === null) return false;
  const configs = CONFIGS.map((f) => mtimeOf(join(root, f)) ?? 0);
  return Math.max(newestIn(join(root, "src")), ...configs) <= built;
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function newestIn(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestIn(path) : (mtimeOf(path) ?? 0));
  }
  return newest;
}
