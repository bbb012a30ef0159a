/**
 * Web addresses and e-mail addresses are letters without a language ("Source : https://…",
 * "Email: jane@example.com"): they are blanked out before detection. Linear in the text: a
 * quick indexOf test first, then one pass over white-space separated tokens.
 */

const TOKEN = /\S+/g;

const isAddress = (token: string): boolean =>
  token.includes("://") || token.startsWith("www.") || (token.includes("@") && token.includes(".", token.indexOf("@")));

/** `text` with URLs and e-mail addresses replaced by spaces (same length). */
export function blankAddresses(text: string): string {
  if (!text.includes("://") && !text.includes("www.") && !text.includes("@")) return text;
  return text.replace(TOKEN, (token) => (isAddress(token) ? " ".repeat(token.length) : token));
}
