/**
 * A role description with no name beside it ("le dirigeant minier", "l'ancien candidat",
 * "le ministre des Affaires étrangères") is resolved to an entity:
 * 1. an indefinite one ("un dirigeant d'une société minière") introduces a new unnamed source;
 * 2. a definite one takes the last entity already described with the same role noun;
 * 3. else the salient person of the last sentences ("Valérie Pécresse … la présidente LR"),
 *    unless the description belongs to someone ("his wife", "Roy's dad");
 * 4. else the next person named close after it (a title announced before its name);
 * 5. else it is a new unnamed source of its own.
 */
import { isPersonName, type Article } from "./article.ts";
import type { Cluster } from "./clusters.ts";
import type { RoleMention } from "./roles.ts";
import { bestAntecedent } from "./salience.ts";
import { firstAtOrAfter, overlapping } from "./sorted.ts";

const PERSON = new Set(["person", "unknown"] as const);
/** how far back a description looks for its person, in sentences */
const BACK_WINDOW = 2;
/** how far ahead a title looks for its name: characters, and paragraphs */
const AHEAD_CHARS = 800;
const AHEAD_PARAGRAPHS = 2;
/** a description seldom points at a person named earlier in its own sentence */
const SAME_SENTENCE_PENALTY = 1;
/** names are never longer than this, so a search for the name at an offset starts this far back */
const MAX_NAME_CHARS = 400;

export function resolveDescription(a: Article, r: RoleMention): Cluster {
  const text = a.doc.text.slice(r.start, r.end);
  if (r.determination === "indefinite") return own(a, r, newSource(a, r, text));
  const same = lastWithRole(a, r);
  if (same) {
    if (!same.name) a.clusters.addDescription(same, text, r.start);
    else same.aliases.add(text);
    return own(a, r, same);
  }
  if (!r.spokesperson && !belongsToSomeone(a, r)) {
    const sentence = a.tokens[r.first]?.sentence ?? -1;
    const back = bestAntecedent(a, {
      at: r.start,
      sentence,
      gender: r.gender,
      plural: false,
      kinds: PERSON,
      window: BACK_WINDOW,
      lastSpeaker: null,
      roleHead: r.head,
      sameSentencePenalty: SAME_SENTENCE_PENALTY,
      exclude: null,
      reject: null,
    });
    const named = back?.name ? back : null;
    const ahead = named ? null : nextPerson(a, r);
    const target = named ?? ahead;
    if (target) {
      target.aliases.add(text);
      return own(a, r, target);
    }
  }
  return own(a, r, newSource(a, r, text));
}

/** The cluster takes the description's role and gender. */
function own(a: Article, r: RoleMention, c: Cluster): Cluster {
  a.clusters.addRole(c, r.role, r.head);
  a.clusters.setGender(c, r.gender);
  return c;
}

/**
 * "his wife", "her lawyer", "Roy's dad": a description owned by a person names someone else
 * than that person, who is the one in focus: it is no pointer back to them.
 */
function belongsToSomeone(a: Article, r: RoleMention): boolean {
  const t = a.tokens[r.startToken];
  if (!t || r.startToken === r.first) return false;
  if (a.w.personalPossessives.has(t.lower)) return true;
  const owner = overlapping(a.names, t.start, t.end, MAX_NAME_CHARS).find((n) => n.first <= r.startToken && r.startToken < n.last);
  return !!owner && a.doc.norm[owner.end] === "'" && isPersonName(owner, a.nameCluster.get(owner)!);
}

function newSource(a: Article, r: RoleMention, text: string): Cluster {
  const c = a.clusters.create(r.spokesperson ? "person" : "person", r.start);
  a.clusters.addDescription(c, text, r.start);
  return c;
}

/** The entity described last before `r` with the same role noun (roles are attached in text order). */
function lastWithRole(a: Article, r: RoleMention): Cluster | null {
  const list = a.roleHeads.get(r.head);
  if (!list) return null;
  for (let i = list.length - 1; i >= 0; i--) {
    const { role, cluster } = list[i];
    if (role.start >= r.start || role.plural) continue;
    if (r.gender && cluster.gender && r.gender !== cluster.gender) continue;
    return cluster;
  }
  return null;
}

/** The first person named after the description, close enough and of a compatible gender. */
function nextPerson(a: Article, r: RoleMention): Cluster | null {
  for (let i = firstAtOrAfter(a.names, r.end); i < a.names.length; i++) {
    const n = a.names[i];
    if (n.start - r.end > AHEAD_CHARS || paragraphOf(a, n.first) - paragraphOf(a, r.first) > AHEAD_PARAGRAPHS) return null;
    const c = a.nameCluster.get(n);
    if (!c || n.kind === "organization" || (c.kind !== "person" && c.keys.length < 2)) continue;
    if (r.gender && c.gender && r.gender !== c.gender) return null;
    return c;
  }
  return null;
}

const paragraphOf = (a: Article, token: number): number => a.tokens[token]?.paragraph ?? 0;
