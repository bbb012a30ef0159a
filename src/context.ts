/**
 * What every stage may read besides the Doc: settings and the loaded language knowledge.
 * Built once per process (or worker) and shared by every article.
 */
import { defaultSettings, type Settings } from "./settings.ts";
import { detectLanguage, detectSpanLanguage, type LanguageDetector, type SpanLanguageDetector } from "./language/detect.ts";
import type { LineStats } from "./boilerplate/repetition.ts";
import { defaultTaxonomy, loadTaxonomyFile, type Taxonomy } from "./topics/taxonomy.ts";

export interface Context {
  settings: Settings;
  detectLanguage: LanguageDetector;
  /** a short span's language, leaning slightly towards `prior` (its paragraph's language): for quotes */
  detectSpanLanguage: SpanLanguageDetector;
  /** how many articles of each folder hold each line (boilerplate repetition); null when not computed */
  lineStats: LineStats | null;
  /** the topic taxonomy: the user's --topics file, else the default one */
  taxonomy: Taxonomy;
}

export interface ContextOptions {
  settings?: Partial<Settings>;
  /** plain JSON (serialisable to workers): from computeLineStats() or a `verbatim line-stats` file */
  lineStats?: LineStats;
  /** path of a taxonomy JSON file (`--topics`); loaded and validated by createContext (UsageError when bad) */
  topicsFile?: string;
}

export function createContext(options: ContextOptions = {}): Context {
  return {
    settings: { ...defaultSettings(), ...options.settings },
    detectLanguage,
    detectSpanLanguage,
    lineStats: options.lineStats ?? null,
    taxonomy: options.topicsFile ? loadTaxonomyFile(options.topicsFile) : defaultTaxonomy(),
  };
}
