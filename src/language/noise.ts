/**
 * Web addresses and e-mail addresses are letters without a language ("Source : https://…",
 * "Email: jane@example.com"): they are blanked out before detection. Linear and cheap: only the
 * white-space separated tokens around each "://", "www." or "@" are visited.
 */

const MARKERS = ["://", "www.", "@"] as const;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 160;

/** [start, end) of the token around `at`. */
function tokenAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return [start, end];
}

const isAddress = (token: string): boolean =>
  token.includes("://") || token.startsWith("www.") || (token.includes("@") && token.includes(".", token.indexOf("@")));

/** Tokens holding a marker that are addresses, in text order, not overlapping. */
function addressTokens(text: string): Array<[number, number]> {
  const found = new Map<number, number>();
  for (const marker of MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      const [start, end] = tokenAround(text, at);
      if (!found.has(start) && isAddress(text.slice(start, end))) found.set(start, end);
      at = Math.max(at, end - marker.length);
    }
  }
  return [...found].sort((a, b) => a[0] - b[0]);
}

/** `text` with URLs and e-mail addresses replaced by spaces (same length). */
export function blankAddresses(text: string): string {
  // the markers of MARKERS, written out: this runs on every paragraph and quote
  if (!text.includes("@") && !text.includes("://") && !text.includes("www.")) return text;
  const tokens = addressTokens(text);
  if (tokens.length === 0) return text;
  let out = "";
  let from = 0;
  for (const [start, end] of tokens) {
    out += text.slice(from, start) + " ".repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}
