/**
 * Clusters name candidates into entities: full names first ("Michael Intrator", "B. Obama" ≈
 * "Barack Obama", "J.-M. Ayrault" ≈ "Jean-Marc Ayrault"), then short forms ("Michael",
 * "Intrator", "M. Intrator") join the full name that holds the word, nearest before them first.
 */
import type { NameCandidate } from "./names.ts";
import type { Cluster, Clusters } from "./clusters.ts";

export function clusterNames(names: readonly NameCandidate[], clusters: Clusters): Map<NameCandidate, Cluster> {
  const out = new Map<NameCandidate, Cluster>();
  const full: Array<{ name: NameCandidate; cluster: Cluster }> = [];
  for (const n of names) {
    if (n.keys.length < 2 || n.kind === "organization") continue;
    let c = full.find((f) => sameFullName(f.cluster.keys, n.keys))?.cluster;
    if (!c) c = clusters.create(n.kind, n.start);
    add(clusters, c, n);
    full.push({ name: n, cluster: c });
    out.set(n, c);
  }
  const singles = new Map<string, Cluster>();
  for (const n of names) {
    if (out.has(n)) continue;
    const c = n.kind === "organization" ? acronymOf(names, n, out) : nearestHolder(full, n);
    if (c) {
      clusters.setKind(c, n.kind);
      clusters.setGender(c, n.gender);
      c.aliases.add(n.text);
      c.positions.push(n.start);
      out.set(n, c);
      continue;
    }
    const key = n.keys.join(" ");
    let s = singles.get(key);
    if (!s) {
      s = clusters.create(n.kind, n.start);
      singles.set(key, s);
    }
    add(clusters, s, n);
    out.set(n, s);
  }
  return out;
}

function add(clusters: Clusters, c: Cluster, n: NameCandidate): void {
  clusters.addName(c, n.text, n.keys, n.start);
  clusters.setKind(c, n.kind);
  clusters.setGender(c, n.gender);
}

/** Same person: same last word, and the other words agree, initials allowed ("B." for "Barack"). */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  const ia = initials(a.slice(0, -1));
  const ib = initials(b.slice(0, -1));
  const fa = a.slice(0, -1).join(" ");
  const fb = b.slice(0, -1).join(" ");
  if (fa === fb) return true;
  const aIsInitials = a.slice(0, -1).every((k) => k.length === 1);
  const bIsInitials = b.slice(0, -1).every((k) => k.length === 1);
  if (aIsInitials || bIsInitials) return ia === ib || ia.startsWith(ib) || ib.startsWith(ia);
  // "Tedros Ghebreyesus" and "Tedros Adhanom Ghebreyesus"
  return a[0] === b[0];
}

/** First letters of each word and of each hyphenated part: ["jean-marc"] → "jm", ["j", "m"] → "jm". */
function initials(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split("-"))
    .map((p) => p[0] ?? "")
    .join("");
}

/** The full-name cluster holding this one word, mentioned last before it (else first after it). */
function nearestHolder(full: ReadonlyArray<{ name: NameCandidate; cluster: Cluster }>, n: NameCandidate): Cluster | null {
  const key = n.keys[n.keys.length - 1];
  if (!key) return null;
  let before: Cluster | null = null;
  let after: Cluster | null = null;
  for (const f of full) {
    if (!f.name.keys.includes(key)) continue;
    if (f.name.start < n.start) before = f.cluster;
    else if (!after) after = f.cluster;
  }
  return before ?? after;
}

/** "EDC" stands for "Export Development Canada" when the initials of a longer name spell it. */
function acronymOf(names: readonly NameCandidate[], n: NameCandidate, out: Map<NameCandidate, Cluster>): Cluster | null {
  if (n.keys.length !== 1 || n.text.length < 2 || n.text !== n.text.toUpperCase()) return null;
  const want = n.keys[0];
  for (const m of names) {
    if (m.keys.length < 2 || m.keys.length !== want.length) continue;
    if (m.keys.map((k) => k[0]).join("") === want) return out.get(m) ?? null;
  }
  return null;
}
