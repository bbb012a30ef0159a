/**
 * Promotions from combined cues: a trading, betting or crypto brand, an imperative call to
 * action at the head of a clause, a money or bonus amount. Any two make an ad ("Inscrivez-vous
 * sur Bybit et commencez à trader avec 30 050 $ de cadeaux de bienvenue"); one alone does not,
 * so an article about Binance, or a quote of its chief executive, stays body.
 */
import type { LineFeatures } from "./features.ts";
import type { Cue } from "./cues.ts";
import { BRAND_BIT, CTA_BIT, OFFER_BIT, type Vocabulary } from "./vocabulary.ts";

/** A paragraph longer than this is an article paragraph, whatever it mentions. */
const PROMO_MAX_WORDS = 50;
/** words after which an imperative may open a new clause ("… et commencez", "… and claim") */
const CLAUSE_JOINERS = new Set(["et", "puis", "and", "then", "or", "ou", "now", "maintenant", "today", "aujourd'hui"]);
const CURRENCY = new Set(["$", "€", "£", "¥", "₿"]);
const CURRENCY_SIGN = /[$€£¥₿]/;

export function promoCues(f: LineFeatures, v: Vocabulary): Cue | null {
  if (f.tokenCount > PROMO_MAX_WORDS || f.wordCount < 3) return null;
  const reasons: string[] = [];
  // (a term set none of whose terms can start at a word of the line is not searched: f.termBits)
  const brand = f.termBits & BRAND_BIT ? findBrand(f.words, v) : null;
  if (brand) reasons.push(`brand:${brand}`);
  const needed = f.quoted ? 3 : 2; // a quoted sentence is someone speaking, not an ad
  if (reasons.length + 2 < needed) return null; // the imperative and the money cue cannot make up the count
  if (hasImperative(f, v)) reasons.push("imperative-cta");
  if (reasons.length + 1 < needed) return null; // the money cue alone cannot make up the count
  if (hasMoney(f, v)) reasons.push("money-amount");
  if (reasons.length < needed) return null;
  return { label: "promo", score: reasons.length >= 3 ? 0.97 : 0.8, reason: reasons.join(",") };
}

function findBrand(words: readonly string[], v: Vocabulary): string | null {
  for (let i = 0; i < words.length; i++) {
    const n = v.brands.matchAt(words, i);
    if (n > 0) return words.slice(i, i + n).join(" ");
  }
  return null;
}

/** marks after which an imperative may open a clause */
const CLAUSE_MARKS = ["!", ":", "👉", ">>", "→"];

/** An imperative at the line start, after a clause joiner, or after "!", ":", "👉", ">>". */
function hasImperative(f: LineFeatures, v: Vocabulary): boolean {
  if (f.termBits & CTA_BIT) {
    const w = f.words;
    if (v.cta.matchAt(w, 0) > 0) return true;
    for (let i = 1; i < w.length; i++) if (v.cta.matchAt(w, i) > 0 && CLAUSE_JOINERS.has(w[i - 1])) return true;
  } else if (v.ctaFirstsAreWords) return false; // the first word after a mark is one of the words, none of which opens a call to action
  for (const mark of CLAUSE_MARKS) {
    const at = f.folded.indexOf(mark);
    if (at < 0) continue;
    // only the first words can open a call to action: no need to split the rest of the line
    const after = f.folded.slice(at + mark.length).trimStart().split(" ", Math.max(1, v.cta.maxWords));
    if (after.length && v.cta.matchAt(after, 0) > 0) return true;
  }
  return false;
}

/** A currency sign or code beside a number, or an offer word ("bonus", "cadeaux de bienvenue"). */
function hasMoney(f: LineFeatures, v: Vocabulary): boolean {
  const raw = f.raw;
  if (CURRENCY_SIGN.test(raw))
    for (let i = 0; i < raw.length; i++) {
      if (!CURRENCY.has(raw[i])) continue;
      const near = raw.slice(Math.max(0, i - 2), i + 3);
      if (/\d/.test(near)) return true;
    }
  if ((f.termBits & OFFER_BIT) === 0) return false;
  const w = f.words;
  for (let i = 0; i < w.length; i++) {
    if (v.offers.matchAt(w, i) === 0) continue;
    // a currency code ("usdt", "eur") counts beside a number only
    if (w[i].length > 4 || isNumber(w[i - 1]) || isNumber(w[i + 1])) return true;
  }
  return false;
}

const isNumber = (w: string | undefined): boolean => w !== undefined && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
