/** What the seed article's golden file holds: every quote with its speaker, and the article's speakers. */
import { processText } from "../../src/index.ts";

export const SEED_ARTICLE = "corpus/000_753db324fa68a1af.txt";
export const GOLDEN_FILE = "test/golden/000_753db324fa68a1af.speakers.json";

export function goldenOf(text: string) {
  const r = processText(text, { id: "000_753db324fa68a1af.txt" });
  return {
    quotes: r.quotes.map((q) => ({
      text: q.text,
      type: q.type,
      speaker: q.speaker && {
        name: q.speaker.name,
        mention: q.speaker.mention,
        mentionStart: q.speaker.mentionStart,
        kind: q.speaker.kind,
        role: q.speaker.role,
        resolution: q.speaker.resolution,
      },
    })),
    speakers: r.speakers,
  };
}
