/**
 * What every stage may read besides the Doc: settings and the loaded language knowledge.
 * Built once per process (or worker) and shared by every article.
 */
import { defaultSettings, type Settings } from "./settings.ts";
import { detectLanguage, type LanguageDetector } from "./language/detect.ts";

export interface Context {
  settings: Settings;
  detectLanguage: LanguageDetector;
}

export interface ContextOptions {
  settings?: Partial<Settings>;
}

export function createContext(options: ContextOptions = {}): Context {
  return {
    settings: { ...defaultSettings(), ...options.settings },
    detectLanguage,
  };
}
