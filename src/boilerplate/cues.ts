/**
 * Cues a single line gives on its own: phrases by category, promotions from combined cues,
 * picture credits, date stamps, bylines, bare links. Each cue is a label, a score in [0, 1]
 * and a rule id; the classifier combines them with the neighbours' evidence.
 */
import type { BoilerplateLabel } from "../doc.ts";
import type { LineFeatures } from "./features.ts";
import { leadEnd, lineCore } from "./text.ts";
import { AGENCY_BIT, BIO_BIT, BYLINE_BIT, HEADER_BIT, SHARE_BIT, type Vocabulary } from "./vocabulary.ts";
import { promoCues } from "./promo.ts";

/** Never changed once made: lines may share one cue object (CuesByLabel). */
export interface Cue {
  readonly label: BoilerplateLabel;
  readonly score: number;
  readonly reason: string;
}

/** Lines longer than this many words are never boilerplate by a phrase alone. */
export const PHRASE_MAX_WORDS = 60;

type Rule = (f: LineFeatures, v: Vocabulary, core: string) => Cue | null;
const cue = (label: BoilerplateLabel, score: number, reason: string): Cue => ({ label, score, reason });

/** The rules that judge a line on its own; each gives at most one cue. */
const RULES: readonly Rule[] = [
  (_f, v, core) => {
    const label = core.length <= v.linesMaxLength ? v.lines.get(core) : undefined;
    return label ? cue(label, 0.9, `line:${label}`) : null;
  },
  (f, v) => {
    if (f.tokenCount > PHRASE_MAX_WORDS) return null;
    const p = v.prefixes.find(f.folded, leadEnd(f.folded)) ?? (f.tokenCount <= 25 ? laterSentencePhrase(f, v) : null);
    return p ? cue(p.label, f.tokenCount <= 25 ? 0.9 : 0.7, `phrase:${p.label}`) : null;
  },
  (f, v, core) => {
    const p = f.tokenCount <= 30 ? v.anywhereFinder.first(core) : undefined;
    return p ? cue(p.label, 0.85, `anywhere:${p.label}`) : null;
  },
  (f, v) => promoCues(f, v),
  (f, v) => creditCue(f, v),
  (f, v) => (isDateStamp(f, v) ? cue("other", 0.85, "date-stamp") : null),
  (f, v) => (isByline(f, v) ? cue("credit", 0.85, "byline") : null),
  (f) => (f.link && f.linkShare > 0.5 && f.tokenCount <= 12 ? cue("other", 0.85, "bare-link") : null),
  (_f, _v, core) => (GALLERY_COUNTER.test(core) ? cue("navigation", 0.85, "gallery-counter") : null),
  (f, v) => (isStaffLine(f, v) ? cue("credit", 0.7, "staff-line") : null),
  (f, v) => (isFollowUs(f, v) ? cue("share", 0.85, "follow-us") : null),
  (f, v) => (isRelatedHeader(f, v) ? cue("related", 0.8, "line:related") : null),
  (f) => (f.tokenCount <= 30 && SITE_LINK.test(f.folded) ? cue("related", 0.8, "site-link") : null),
  (f) => (f.tokenCount <= 30 && hasPhone(f.raw) ? cue("other", 0.6, "phone-number") : null),
  (f) => (isMarkup(f.raw) ? cue("other", 0.85, "markup") : null),
  (f) => (f.tokenCount <= 3 && f.wordCount > 0 && !hasLetter(f.raw) ? cue("other", 0.7, "no-letters") : null),
  (f) => (f.shouting && f.tokenCount >= 8 && f.tokenCount <= 25 && !f.endsSentence ? cue("related", 0.6, "shouting-link") : null),
  (f) => (f.tokenCount <= 30 && EMBED_TITLE.test(f.raw) ? cue("related", 0.7, "embed-title") : null),
  (f) => (isBracketed(f) ? cue(f.raw.startsWith("[") ? "related" : "credit", 0.8, "bracketed") : null),
];

export function lineCues(f: LineFeatures, v: Vocabulary): Cue[] {
  // a long line's core is longer than any the rules look for: a stand-in as long does (no folding made)
  const core = f.longCore ? v.longCore : lineCore(f.folded);
  let out = NO_CUES;
  for (const rule of RULES) {
    const c = rule(f, v, core);
    if (c) out = withCue(out, c);
  }
  return out;
}

/**
 * The cues of a line that has none: one empty list shared by all such lines (most lines), never
 * pushed to: a line's first cue makes a list of its own (withCue, addCue). A list that grows
 * from empty by push gets room for 17 cues at once; 1 MB of short lines holds 65,000 lines and
 * more, whose lists all live to the stage's end. (Not frozen: V8 then made every line's list
 * larger, 130 -> 175 MB allocated on 1 MB of "mot mot" lines.)
 */
const NO_CUES: Cue[] = [];

/**
 * `cues` with `cue` after them: a new list for the first and the second cue, else the same list,
 * pushed to. (A list of one grown by push would get room for 17 cues: on 1 MB of short lines of a
 * menu every line gets a second cue from the sweeps, and its list lives to the stage's end.)
 */
export function withCue(cues: Cue[], cue: Cue): Cue[] {
  if (cues.length === 0) return [cue];
  if (cues.length === 1) return [cues[0], cue];
  cues.push(cue);
  return cues;
}

/**
 * One cue object per label for a reason the sweeps give to many lines at once (a cue is never
 * changed once made: lines may share one), instead of a new object per line.
 */
export class CuesByLabel {
  private readonly made = new Map<BoilerplateLabel, Cue>();
  constructor(
    private readonly score: number,
    private readonly reason: string,
  ) {}

  of(label: BoilerplateLabel): Cue {
    let c = this.made.get(label);
    if (c === undefined) this.made.set(label, (c = { label, score: this.score, reason: this.reason }));
    return c;
  }
}

/** Adds a cue to line i's cues (the passes after lineCues add theirs here). */
export function addCue(cues: Cue[][], i: number, cue: Cue): void {
  cues[i] = withCue(cues[i], cue);
}

/** A phrase opening the second or a later sentence of a short line ("Cities are changing fast. Keep up with …"). */
function laterSentencePhrase(f: LineFeatures, v: Vocabulary) {
  const t = f.folded;
  for (let i = t.indexOf(". "); i >= 0; i = t.indexOf(". ", i + 2)) {
    const p = v.prefixes.find(t, i + 2);
    if (p && p.text.includes(" ")) return p;
  }
  return null;
}

/** "1 of 6", "3 / 12", "2 sur 9": the counter of a picture gallery (at most 11 characters: vocabulary.ts GALLERY_COUNTER_MAX_LENGTH) */
const GALLERY_COUNTER = /^\d{1,3} ?(?:of|sur|de|\/) ?\d{1,3}$/;

/** "Jane Doe, AP Science Writer", "Opinion Columnist": a short capitalised line naming a job in the newsroom. */
function isStaffLine(f: LineFeatures, v: Vocabulary): boolean {
  return f.tokenCount <= 8 && !f.endsSentence && f.capRatio >= 0.8 && (f.termBits & BIO_BIT) !== 0 && f.words.some((w) => v.bioNouns.has(w));
}

/** "Follow Newsbeat on Instagram, Facebook and Twitter", "Suivez-nous sur Facebook et X". */
function isFollowUs(f: LineFeatures, v: Vocabulary): boolean {
  if (f.tokenCount > 25 || (f.termBits & SHARE_BIT) === 0 || !v.shareImperatives.has(f.words[0] ?? "")) return false;
  let networks = 0;
  for (const w of f.words) if (v.socialNetworks.has(w)) networks++;
  return networks >= 2;
}

/** "More Top Tech Stories", "Nos derniers articles": a short untitled line naming a list of links. */
function isRelatedHeader(f: LineFeatures, v: Vocabulary): boolean {
  if (f.tokenCount > 6 || f.endsSentence || f.wordCount < 2 || (f.termBits & HEADER_BIT) === 0) return false;
  return f.words.some((w) => v.headerNouns.has(w)) && f.words.some((w) => v.headerQualifiers.has(w));
}

/** "On HoustonChronicle.com: Car sales plunge…": a link to the site's other pages (the colon is required). */
const SITE_LINK = /^(?:\p{L}+ ){0,3}[a-z0-9-]+\.(?:com|co\.uk|fr|be|ch|ca|org|net|info):/u;

/** "202-628-8500", "+33 1 23 45 67 89", "(514) 555-0199": an address block's phone number */
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\b\d{2,4}[.-])\d{2,4}[.-]\d{2,4}\b|\+\d{2} \d(?: \d\d){4}\b/;

function hasPhone(raw: string): boolean {
  const m = PHONE.exec(raw);
  return m !== null && m[0].replace(/\D/g, "").length >= 9;
}

/** "Confinement : les règles sont-elles suffisantes ?par franceinfo": a video's title glued to its channel */
const EMBED_TITLE = /[?!.»](?:par|by) [^ ]/u;

/** Leftover markup: "&lt;span data-mce-type=…", "<div class=…>", "{\"@context\": …}". */
function isMarkup(raw: string): boolean {
  if (raw.includes("&lt;") || raw.includes("&gt;") || raw.includes("</") || raw.includes("=\"")) {
    let symbols = 0;
    for (let i = 0; i < raw.length; i++) if ("<>{}=;&\"/".includes(raw[i])) symbols++;
    return symbols >= 6 && symbols >= raw.length * 0.05;
  }
  return false;
}

const LETTER = /\p{L}/u;
const hasLetter = (raw: string): boolean => LETTER.test(raw);

/** "[Read: …]", "(Walt Disney Co.)": a whole short line in brackets. */
function isBracketed(f: LineFeatures): boolean {
  const r = f.raw;
  const open = r[0];
  const close = r[r.length - 1];
  return (open === "[" && close === "]" && f.tokenCount <= 20) || (open === "(" && close === ")" && f.tokenCount <= 8);
}

/**
 * A picture credit: a caption closed by "(AP)", "(Image: GETTY)", "(Jane Doe / AP)"; or a
 * short line without final punctuation that ends with an agency or joins names with "/" or "|"
 * ("Jane Doe/The Daily Paper/Getty Images", "Tom Reed | Bloomberg | Getty Images").
 */
function creditCue(f: LineFeatures, v: Vocabulary): Cue | null {
  if (f.wordCount === 0) return null;
  const raw = f.raw.trimEnd();
  if (raw.endsWith(")") && f.tokenCount <= 60) {
    const open = raw.lastIndexOf("(");
    if (open > 0) {
      const inner = raw.slice(open + 1, -1);
      if (inner.split(" ").length <= 8 && creditInside(inner, v)) return { label: "credit", score: 0.85, reason: "caption-credit" };
    }
  }
  if (raw.includes(": ") && GLUED_CREDIT.test(raw)) return { label: "credit", score: 0.8, reason: "glued-credit" };
  if (f.tokenCount <= 40 && TRAILING_CREDIT.test(raw)) return { label: "credit", score: 0.8, reason: "caption-credit" };
  // "… on March 3, 2020.J. Tom Reed / AP": a caption whose credit follows a slash
  if (f.tokenCount > 10 && f.tokenCount <= 60 && isJoined(raw) && CREDIT_AFTER_SLASH.test(raw) && mayEndWithAgency(f) && endsWithAgency(f.words, v))
    return { label: "credit", score: 0.8, reason: "caption-credit" };
  // "… and her Irish colleague Tom Reed AP": a caption closed by an agency in capitals
  if (!f.endsSentence && f.tokenCount <= 30) {
    const from = raw.lastIndexOf(" ") + 1;
    if (raw.length - from >= 2 && mayBeUpperCase(raw, from)) {
      const lastToken = raw.slice(from);
      if (lastToken === lastToken.toUpperCase() && v.agencies.has(lastToken.toLowerCase())) return { label: "credit", score: 0.8, reason: "caption-credit" };
    }
  }
  if (f.endsSentence || f.tokenCount > 10) return null;
  if (mayEndWithAgency(f) && endsWithAgency(f.words, v)) return { label: "credit", score: f.tokenCount <= 6 || isJoined(raw) ? 0.85 : 0.6, reason: "agency" };
  if (isJoined(raw) && !f.link && !raw.includes(":") && f.capRatio >= 0.6)
    return { label: "credit", score: 0.7, reason: "credit-shape" };
  return null;
}

/** "… / AP": a slash and at most 40 characters after it to the end of the line */
const CREDIT_AFTER_SLASH = /\/\s*[^/]{1,40}$/;

/** false when raw.slice(from) holds a lower-case ASCII letter (so is not its own upper case): most last words, told with no string made */
function mayBeUpperCase(raw: string, from: number): boolean {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Names joined by "/" or " | " ("Jane Doe/The Daily Paper/Getty Images"). */
const isJoined = (raw: string): boolean => raw.includes("/") || raw.includes(" | ");

/** "…ate a rabbitCredit: Getty Images": a credit glued to its caption */
const GLUED_CREDIT = /\p{Ll}(?:Credit|Credits|Photo|Picture|Image): /u;

/** "Le pont, en février. Photo : Julien Moreau", "… on Tuesday. © Jane Doe": a caption ending on its credit */
const TRAILING_CREDIT = /[.!?»)] (?:Photos? ?:|Crédits?(?: photo)? ?:|Credits? ?:|Image ?:|Illustration ?:|©)/u;

function creditInside(inner: string, v: Vocabulary): boolean {
  const low = inner.toLowerCase();
  if (low.startsWith("©") || CREDIT_WORD.test(low)) return true;
  const ws = low.split(/[\s/|,]+/).filter(Boolean);
  // "(NASA/JPL-Caltech/ASU)", "(Jane Doe / AP)": names joined by slashes
  if (inner.includes("/") && ws.length <= 6 && /^\p{Lu}/u.test(inner)) return true;
  return endsWithAgency(ws, v);
}

/** words that make a bracket at the end of a caption a credit: "(AP Photo/…)", "(Image: …)" */
const CREDIT_WORD = /\b(?:photo|photos|photograph|image|images|credit|credits|courtesy|illustration)\b/;

/** no agency's name starts at a word of the line: endsWithAgency is false without listing the words */
const mayEndWithAgency = (f: LineFeatures): boolean => (f.termBits & AGENCY_BIT) !== 0;

function endsWithAgency(w: readonly string[], v: Vocabulary): boolean {
  const n = w.length;
  return (n >= 1 && v.agencies.matchAt(w, n - 1) === 1) || (n >= 2 && v.agencies.matchAt(w, n - 2) === 2);
}

/** "Updated 4:12 am EST, Monday, March 2, 2020", "Publié le 14 mai 2020 à 10h05", "1:39 PM ET". */
function isDateStamp(f: LineFeatures, v: Vocabulary): boolean {
  if (f.tokenCount > 16 || f.wordCount === 0) return false;
  // (the share below is at most this one: most lines are told apart without listing their words)
  if (f.maybeDated / f.wordCount < 0.75) return false;
  let dated = 0;
  let anchors = 0;
  let numbers = 0;
  for (const w of f.words) {
    if (v.dateAnchors.has(w)) anchors++, dated++;
    else if (v.dateFillers.has(w)) dated++;
    else if (isNumberish(w)) numbers++, dated++;
  }
  const share = dated / f.words.length;
  if (share < 0.75) return false;
  const clock = TIME.test(f.raw) || YEAR.test(f.raw);
  // a lone "14 mai" above the text is left to the heading rule: a stamp needs a year, a time or a stamp word
  if (anchors > 0 && (numbers >= 2 || clock)) return true;
  if (clock && numbers >= 2) return true;
  return anchors >= 1 && numbers === 0 && f.words.length >= 2 && share === 1;
}

const TIME = /\b\d{1,2}[:h]\d\d\b|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/;

function isNumberish(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** "By Jane Doe", "Par Jean Dupont et Marie Martin", "By Justine Coleman - 11/18/19 11:04 PM EST". */
function isByline(f: LineFeatures, v: Vocabulary): boolean {
  if (f.tokenCount > 14 || f.endsSentence) return false;
  const n = f.termBits & BYLINE_BIT ? v.bylines.matchAt(f.words, 0) : 0;
  if (n === 0) return false;
  if (f.words.length === n) return true;
  if (v.dateAnchors.has(f.words[n])) return false; // "By Monday, the talks had failed"
  // the words after it are a name: capitalised
  const rest = f.raw.split(" ").slice(n).filter(Boolean);
  const capital = rest.filter((t) => t[0] !== t[0].toLowerCase()).length;
  return rest.length > 0 && rest[0][0] !== rest[0][0].toLowerCase() && capital >= Math.ceil(rest.length * 0.5);
}
