import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MentionIndex } from "../src/speakers/mention-index.ts";
import type { MentionRecord } from "../src/speakers/article.ts";
import type { Cluster } from "../src/speakers/clusters.ts";

// The index answers, for a sentence and an offset, the last mention before the offset of each
// (cluster, obliqueness) group: checked against a plain scan of every mention, with sentences of a
// few groups (searched as a list) and of many (found through a Map).
const cluster = (id: number) => ({ id }) as Cluster;

function mention(start: number, sentence: number, c: Cluster, oblique: boolean): MentionRecord {
  const m = { start, end: start + 1, text: "x", cluster: c, sentence, paragraph: 0, oblique, source: "name", run: null, order: 0 } as unknown as MentionRecord;
  m.run = m;
  return m;
}

/** the last mention before `at` of each group of sentence s, by a scan of all of them in the order added */
function reference(all: MentionRecord[], s: number, at: number): MentionRecord[] {
  const last = new Map<string, MentionRecord>();
  for (const m of all) {
    if (m.sentence !== s || m.start >= at) continue;
    const key = `${m.cluster.id}:${m.oblique}`;
    const have = last.get(key);
    if (!have || m.start >= have.start) last.set(key, m);
  }
  return [...last.values()];
}

const byStartThenOrder = (x: MentionRecord, y: MentionRecord) => x.start - y.start || x.order - y.order;

describe("mention index", () => {
  it("gives the last mention of each group before an offset, for few and for many groups in a sentence", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.nat(200), sentence: fc.nat(1), cluster: fc.nat(20), oblique: fc.boolean() }), { minLength: 40, maxLength: 200 }),
        fc.array(fc.record({ sentence: fc.nat(2), at: fc.nat(210) }), { minLength: 1, maxLength: 10 }),
        (specs, queries) => {
          const clusters = Array.from({ length: 31 }, (_, i) => cluster(i));
          const index = new MentionIndex();
          const all: MentionRecord[] = [];
          for (const s of specs) {
            const m = mention(s.start, s.sentence, clusters[s.cluster], s.oblique);
            index.add(m);
            all.push(m);
          }
          for (const q of queries) {
            const out: MentionRecord[] = [];
            index.lastOfEachGroup(q.sentence, q.at, out);
            expect(out.sort(byStartThenOrder)).toEqual(reference(all, q.sentence, q.at).sort(byStartThenOrder));
          }
        },
      ),
    );
  });
});
