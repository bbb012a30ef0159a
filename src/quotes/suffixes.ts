/**
 * The one suffix test of the quote helpers ("-ment", "-ly", "-ing", "-é", "n't"): does a
 * lower-case word end with one of the lexicon's suffixes, with at least `stemLetters` letters
 * before it? A loop in a module function, not a closure made per call (see phrases.ts).
 */
export function endsWithSuffix(low: string, suffixes: readonly string[], stemLetters = 0): boolean {
  for (let i = 0; i < suffixes.length; i++) {
    const s = suffixes[i];
    if (low.length - s.length >= stemLetters && low.endsWith(s)) return true;
  }
  return false;
}
