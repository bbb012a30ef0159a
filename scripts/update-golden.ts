/**
 * Regenerates the golden file of the seed article's quotes and speakers:
 *   npx tsx scripts/update-golden.ts
 * Reads corpus/000_753db324fa68a1af.txt (in the project, by the CEO's instruction) and writes
 * test/golden/000_753db324fa68a1af.speakers.json. Review the diff before committing it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { goldenOf, SEED_ARTICLE, GOLDEN_FILE } from "../test/golden/seed.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const text = readFileSync(root + SEED_ARTICLE, "utf8");
writeFileSync(root + GOLDEN_FILE, JSON.stringify(goldenOf(text), null, 2) + "\n");
console.log(`wrote ${GOLDEN_FILE}`);
