/**
 * What every stage may read besides the Doc: settings and the loaded language knowledge.
 * Built once per process (or worker) and shared by every article.
 */
import { defaultSettings, type Settings } from "./settings.ts";
import { detectLanguage, type LanguageDetector } from "./language/detect.ts";
import type { LineStats } from "./boilerplate/repetition.ts";

export interface Context {
  settings: Settings;
  detectLanguage: LanguageDetector;
  /** how many articles of each folder hold each line (boilerplate repetition); null when not computed */
  lineStats: LineStats | null;
}

export interface ContextOptions {
  settings?: Partial<Settings>;
  /** plain JSON (serialisable to workers): from computeLineStats() or a `verbatim line-stats` file */
  lineStats?: LineStats;
}

export function createContext(options: ContextOptions = {}): Context {
  return {
    settings: { ...defaultSettings(), ...options.settings },
    detectLanguage,
    lineStats: options.lineStats ?? null,
  };
}
