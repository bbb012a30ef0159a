/**
 * Appositions join a name and its role: "Le PDG de CoreWeave, Michael Intrator", "Michael
 * Intrator, PDG de CoreWeave", "le président Obama", "CoreWeave's CEO Michael Intrator",
 * "Paul Morin le vice-président de Danone".
 */
import type { NameCandidate } from "./names.ts";
import type { RoleMention } from "./roles.ts";

/** the role stands right before the name, or right after it, separated by a space or a comma */
const BEFORE_GAPS = new Set([" ", ", "]);
const AFTER_GAPS = new Set([", ", " ", " - ", " – ", " — ", ", the "]);

export function linkAppositions(norm: string, names: readonly NameCandidate[], roles: readonly RoleMention[]): Map<RoleMention, NameCandidate> {
  const out = new Map<RoleMention, NameCandidate>();
  for (const r of roles) {
    if (r.plural) continue;
    const after = personAt(names, (n) => n.first, r.endToken);
    if (after && BEFORE_GAPS.has(norm.slice(r.end, after.start)) && !(r.determination === "indefinite")) {
      out.set(r, after);
      continue;
    }
    const before = personAt(names, (n) => n.last, r.startToken);
    if (before && AFTER_GAPS.has(norm.slice(before.end, r.start)) && (r.determination !== "bare" || norm.slice(before.end, r.start) !== " ") && closesApposition(norm, r.end)) {
      out.set(r, before);
    }
  }
  return out;
}

/**
 * The name that is no organisation whose first (or one-past-last) token is `token`: names do not
 * overlap, so both are increasing along the list and a binary search finds it.
 */
function personAt(names: readonly NameCandidate[], key: (n: NameCandidate) => number, token: number): NameCandidate | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(names[mid]) < token) lo = mid + 1;
    else hi = mid;
  }
  const n = names[lo];
  return n && key(n) === token && n.kind !== "organization" ? n : undefined;
}

/** An apposition after a name is closed by punctuation ("X, le ministre de Y, a dit"); a verb after it means a new clause. */
function closesApposition(norm: string, end: number): boolean {
  let i = end;
  while (i < norm.length && norm[i] === " ") i++;
  return i >= norm.length || ",.;:)–—\n\"»".includes(norm[i]);
}
