/**
 * The Snowball stemmers of snowball-stemmers 0.6, their algorithms unchanged, on a faster runtime.
 *
 * The package is Java code translated by a tool: every field of its classes (the cursor, the
 * limits, the word buffer, each suffix table entry) is a getter that calls hasOwnProperty before
 * reading a hidden field, and every method goes through a wrapper that copies its arguments
 * into an array to pick an overload. A word costs 10–50 µs, most of it in those. The package
 * exports only newStemmer(), so this module evaluates the package's own file with one line added
 * that hands out its classes, then turns each such field into a plain property (its default on
 * the prototype, as the getter would give it) and each single-overload wrapper into the method
 * it wraps. The stemming code itself is not touched: the stems are the package's (test/topics
 * compares both on thousands of words), two to five times faster.
 * If the file does not have the expected shape (another version), the package is used as it is.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Stemmer } from "snowball-stemmers";

const require = createRequire(import.meta.url);

/** the package as it is (loaded only when its file is not as expected) */
const packageStemmer = (algorithm: string): Stemmer => (require("snowball-stemmers") as typeof import("snowball-stemmers")).newStemmer(algorithm);

/** the line of the package's factory after which its classes are handed out */
const HOOK = "exports.newStemmer = newStemmer;";
/** the package's classes that stemming goes through (runtime and algorithms) */
const RUNTIME = ["StringBuffer", "Among", "SnowballProgram", "SnowballStemmer"];

type Classes = Record<string, new () => unknown>;

let classes: Classes | null | undefined;

/** The package's classes, evaluated once with plain fields; null when its file is not as expected. */
function packageClasses(): Classes | null {
  if (classes !== undefined) return classes;
  classes = null;
  try {
    const source = readFileSync(require.resolve("snowball-stemmers"), "utf8");
    if (source.split(HOOK).length !== 2) return null;
    const names = [...RUNTIME, ...stemmerClassNames(source)];
    const handout = ` exports.classes = function () { return { ${names.map((n) => `${n}: ${n}`).join(", ")} }; };`;
    const exported: { classes?: () => Classes } = {};
    new Function("exports", source.replace(HOOK, HOOK + handout))(exported);
    const found = exported.classes?.();
    if (!found) return null;
    for (const name of names) plainFields(found[name].prototype as Record<string, unknown>);
    classes = found;
  } catch {
    classes = null;
  }
  return classes;
}

/** "englishStemmer", "frenchStemmer"…: the algorithm classes the package's newStemmer maps names to */
const stemmerClassNames = (source: string): string[] => [...new Set([...source.matchAll(/\bvar (\w+Stemmer) = function/g)].map((m) => m[1]))].filter((n) => n !== "SnowballStemmer");

/** the plain values a field getter of the package may start a field with */
const INITIAL_VALUES: Record<string, unknown> = { "0": 0, false: false, null: null, '""': "" };

/**
 * Each getter/setter pair over a hidden `_$esjava$NAME` field that starts as a plain value
 * becomes a plain property, that value on the prototype (what the getter returns for an object
 * that never set it); fields that start as an object of their own keep their getter. Each
 * wrapper NAME that has a single overload NAME$esjava$N becomes that overload.
 */
function plainFields(proto: Record<string, unknown>): void {
  for (const key of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key)!;
    if (!d.get || !d.set) continue;
    const initial = fieldInitial(d.get.toString(), `_$esjava$${key}`);
    if (initial === undefined) continue;
    delete proto[key];
    proto[key] = INITIAL_VALUES[initial];
  }
  const own = Object.getOwnPropertyNames(proto);
  for (const key of own) {
    const m = /^(.*)\$esjava\$\d+$/.exec(key);
    if (!m || !own.includes(m[1])) continue;
    if (own.filter((k) => k.startsWith(`${m[1]}$esjava$`)).length === 1) proto[m[1]] = proto[key];
  }
}

/** "0" from a getter `return Object.prototype.hasOwnProperty.call(this, FIELD) ? this.FIELD : this.FIELD = 0;`, else undefined */
function fieldInitial(getter: string, field: string): string | undefined {
  const lead = `return Object.prototype.hasOwnProperty.call(this, '${field}') ? this.${field} : this.${field} = `;
  const at = getter.indexOf(lead);
  if (at < 0) return undefined;
  const value = getter.slice(at + lead.length, getter.indexOf(";", at + lead.length));
  return Object.hasOwn(INITIAL_VALUES, value) ? value : undefined;
}

/** Whether newStemmer runs on the faster runtime (false: the package's file was not as expected). */
export const fasterRuntime = (): boolean => packageClasses() !== null;

/** A stemmer of the named Snowball algorithm ("english", "french"), the same stems as snowball-stemmers'. */
export function newStemmer(algorithm: string): Stemmer {
  const Algorithm = packageClasses()?.[`${algorithm.toLowerCase()}Stemmer`];
  if (!Algorithm) return packageStemmer(algorithm);
  const s = new Algorithm() as { setCurrent(w: string): void; stem(): void; getCurrent(): string };
  return {
    stem(word: string): string {
      s.setCurrent(word);
      s.stem();
      return s.getCurrent();
    },
  };
}
