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
  const byStart = new Map<number, NameCandidate>();
  const byEnd = new Map<number, NameCandidate>();
  for (const n of names) {
    if (n.kind === "organization") continue;
    byStart.set(n.first, n);
    byEnd.set(n.last, n);
  }
  for (const r of roles) {
    if (r.plural) continue;
    const after = byStart.get(r.endToken);
    if (after && BEFORE_GAPS.has(norm.slice(r.end, after.start)) && !(r.determination === "indefinite")) {
      out.set(r, after);
      continue;
    }
    const before = byEnd.get(r.startToken);
    if (before && AFTER_GAPS.has(norm.slice(before.end, r.start)) && (r.determination !== "bare" || norm.slice(before.end, r.start) !== " ") && closesApposition(norm, r.end)) {
      out.set(r, before);
    }
  }
  return out;
}

/** An apposition after a name is closed by punctuation ("X, le ministre de Y, a dit"); a verb after it means a new clause. */
function closesApposition(norm: string, end: number): boolean {
  let i = end;
  while (i < norm.length && norm[i] === " ") i++;
  return i >= norm.length || ",.;:)–—\n\"»".includes(norm[i]);
}
