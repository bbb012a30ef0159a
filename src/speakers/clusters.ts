/**
 * The article's entities while they are being built: clusters of mentions with a kind, a gender,
 * roles and the forms that name them. `finish` turns them into doc.entities.
 */
import type { Entity, SpeakerKind } from "../doc.ts";
import type { Gender } from "./lexicon.ts";
import { SmallSet } from "./small-set.ts";

export interface Cluster {
  id: number;
  /** folded words of the fullest name seen so far ([] for unnamed sources) */
  keys: string[];
  /** the fullest name as written, or null for unnamed sources */
  name: string | null;
  /** the fullest description of an unnamed source ("un dirigeant d'une société minière") */
  description: string | null;
  kind: SpeakerKind;
  gender: Gender;
  /** gender evidence conflicts: forget it */
  genderConflict: boolean;
  roles: string[];
  /** folded role-noun lemmas, to match "le dirigeant" to an earlier "dirigeant" */
  roleHeads: SmallSet;
  aliases: SmallSet;
  /** this cluster speaks in at least one quote */
  speaks: boolean;
  plural: boolean;
}

export class Clusters {
  readonly all: Cluster[] = [];

  create(kind: SpeakerKind, at: number): Cluster {
    const c: Cluster = {
      id: this.all.length,
      keys: [],
      name: null,
      description: null,
      kind,
      gender: null,
      genderConflict: false,
      roles: [],
      roleHeads: new SmallSet(),
      aliases: new SmallSet(),
      speaks: false,
      plural: false,
    };
    this.all.push(c);
    return c;
  }

  addName(c: Cluster, text: string, keys: string[], at: number): void {
    c.aliases.add(text);
    const have = fullness(c.keys);
    const got = fullness(keys);
    if (!c.name || got > have || (got === have && text.length > c.name.length)) {
      c.name = text;
      c.keys = keys;
    }
  }

  addDescription(c: Cluster, text: string, at: number): void {
    c.aliases.add(text);
    // "a justice official" stays the name when "the justice official" comes back: the determiner does not count
    if (!c.description || core(text).length > core(c.description).length) c.description = text;
  }

  addRole(c: Cluster, role: string, head: string): void {
    if (!c.roles.includes(role)) c.roles.push(role);
    c.roleHeads.add(head);
  }

  setGender(c: Cluster, g: Gender): void {
    if (!g || c.genderConflict) return;
    if (c.gender && c.gender !== g) {
      c.genderConflict = true;
      c.gender = null;
      return;
    }
    c.gender = g;
  }

  /** Kinds only get more precise: unknown → person / organization / group. */
  setKind(c: Cluster, k: SpeakerKind): void {
    if (c.kind === "unknown" && k !== "unknown") c.kind = k;
  }
}

/**
 * The canonical name: a person's fullest name; for an organisation, a group or an unknown
 * source, the fullest form the article gives ("la SNCF" over "SNCF", "the EU" over "EU").
 */
export function canonical(c: Cluster): string {
  if (c.kind === "person" || !c.description) return c.name ?? c.description ?? "";
  if (!c.name) return c.description;
  return c.description.length > c.name.length ? c.description : c.name;
}

export function toEntity(c: Cluster): Entity {
  const name = canonical(c);
  return {
    name,
    aliases: c.aliases.values().filter((a) => a !== name).sort(),
    kind: c.kind,
    roles: [...c.roles],
    gender: c.gender,
  };
}

/** How much of a name is spelled out: words and hyphenated parts that are not initials ("Jean-Marc Ayrault" 3 as "Jean Marc Ayrault", "J.-M. Ayrault" 1). */
function fullness(keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) {
    // parts between hyphens longer than one letter, counted without splitting the word
    let length = 0;
    for (let i = 0; i <= k.length; i++) {
      if (i === k.length || k.charCodeAt(i) === 0x2d) {
        if (length > 1) n++;
        length = 0;
      } else length++;
    }
  }
  return n;
}

/** A description without its first word (usually its determiner). */
const core = (s: string): string => s.replace(/^\S+\s+/u, "");
