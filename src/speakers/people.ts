/**
 * Clusters name candidates into entities: full names first ("Michael Intrator", "B. Obama" ≈
 * "Barack Obama", "J.-M. Ayrault" ≈ "Jean-Marc Ayrault"), then short forms ("Michael",
 * "Intrator", "M. Intrator") join the full name that holds the word, nearest before them first.
 */
import type { NameCandidate } from "./names.ts";
import type { Cluster, Clusters } from "./clusters.ts";
import { firstAtOrAfter } from "./sorted.ts";

export function clusterNames(names: readonly NameCandidate[], clusters: Clusters, isOrganizationWord: (k: string) => boolean = () => false): Map<NameCandidate, Cluster> {
  const out = new Map<NameCandidate, Cluster>();
  /** full-name clusters by their last word */
  const byLast = new Map<string, Cluster[]>();
  /** every word of a full name → where it was seen, in text order */
  const holders = new Map<string, Array<{ start: number; cluster: Cluster }>>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.keys.length < 2 || n.kind === "organization") continue;
    const last = n.keys[n.keys.length - 1];
    let same = byLast.get(last);
    if (!same) byLast.set(last, (same = []));
    let c = same.find((f) => sameFullName(f.keys, n.keys));
    if (!c) {
      c = clusters.create(n.kind, n.start);
      same.push(c);
    }
    add(clusters, c, n);
    out.set(n, c);
    // each distinct word once
    for (let i = 0; i < n.keys.length; i++) {
      const k = n.keys[i];
      if (n.keys.indexOf(k) !== i) continue;
      const holder = { start: n.start, cluster: c };
      const list = holders.get(k);
      if (list) list.push(holder);
      else holders.set(k, [holder]);
    }
  }
  const singles = new Map<string, Cluster>();
  // "Suncor" is short for "Suncor Energy": an organisation's name and the words that say what it is
  const shortOrgs = new Map<string, Cluster>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.kind !== "organization" || n.keys.length < 2 || !restAreOrganizationWords(n.keys, isOrganizationWord)) continue;
    const key = n.keys.join(" ");
    let c = singles.get(key);
    if (!c) {
      c = clusters.create(n.kind, n.start);
      singles.set(key, c);
    }
    if (!shortOrgs.has(n.keys[0])) shortOrgs.set(n.keys[0], c);
  }
  const byInitials = new ByInitials(names);
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (out.has(n)) continue;
    const short = n.keys.length === 1 ? shortOrgs.get(n.keys[0]) : undefined;
    const c = short ?? (n.kind === "organization" ? acronymOf(byInitials, n, out) : nearestHolder(holders, n));
    if (c) {
      clusters.setKind(c, n.kind);
      clusters.setGender(c, n.gender);
      c.aliases.add(n.text);
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

/** keys[1..] are all organisation words ("energy" in "Suncor Energy") */
function restAreOrganizationWords(keys: readonly string[], isOrganizationWord: (k: string) => boolean): boolean {
  for (let i = 1; i < keys.length; i++) if (!isOrganizationWord(keys[i])) return false;
  return true;
}

/** The same words before the last one (keys hold no spaces, so this is equality of the joined words). */
function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The words before the last one are all one letter long (initials), or there are none. */
function headsAreInitials(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length - 1; i++) if (keys[i].length !== 1) return false;
  return true;
}

/** Same person: same last word, and the other words agree, initials allowed ("B." for "Barack"). */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  if (sameHeads(a, b)) return true;
  const aIsInitials = headsAreInitials(a);
  const bIsInitials = headsAreInitials(b);
  if (aIsInitials || bIsInitials) {
    const ia = initials(a.slice(0, -1));
    const ib = initials(b.slice(0, -1));
    return ia === ib || ia.startsWith(ib) || ib.startsWith(ia);
  }
  // "Lula Silva" and "Lula da Silva"; "Xander Wise" and "Alexander Wise"
  return a[0] === b[0] || shortForm(a[0], b[0]);
}

/** the shortest first name read as the short form of a longer one */
const MIN_SHORT_FORM = 3;

/** One first name is the other's short form: its start ("Alex", "Chris") or its end ("Xander", "Beth"). */
function shortForm(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < MIN_SHORT_FORM || short === long) return false;
  return long.startsWith(short) || long.endsWith(short);
}

/** First letters of each word and of each hyphenated part: ["jean-marc"] → "jm", ["j", "m"] → "jm". */
function initials(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split("-"))
    .map((p) => p[0] ?? "")
    .join("");
}

/** The full-name cluster holding this one word, mentioned last before it (else first after it). */
function nearestHolder(holders: Map<string, Array<{ start: number; cluster: Cluster }>>, n: NameCandidate): Cluster | null {
  const key = n.keys[n.keys.length - 1];
  const list = key ? holders.get(key) : undefined;
  if (!list) return null;
  const i = firstAtOrAfter(list, n.start);
  return (i > 0 ? list[i - 1] : list[i])?.cluster ?? null;
}

/** "ECB" stands for "European Central Bank" when the initials of a longer name spell it. */
function acronymOf(byInitials: ByInitials, n: NameCandidate, out: Map<NameCandidate, Cluster>): Cluster | null {
  if (n.keys.length !== 1 || n.text.length < 2 || n.text !== n.text.toUpperCase()) return null;
  const m = byInitials.get(n.keys[0]);
  return m ? out.get(m) ?? null : null;
}

/** Names of several words by the first letters of their words (the last such name wins), built when an acronym first asks. */
class ByInitials {
  private map: Map<string, NameCandidate> | null = null;
  constructor(private readonly names: readonly NameCandidate[]) {}

  get(initials: string): NameCandidate | undefined {
    if (!this.map) {
      this.map = new Map();
      for (const n of this.names) if (n.keys.length > 1) this.map.set(n.keys.map((k) => k[0]).join(""), n);
    }
    return this.map.get(initials);
  }
}
