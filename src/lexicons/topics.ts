// The default topic taxonomy, language-neutral part: the topic ids and their definitions.
// Definitions follow the annotation guidelines of the project's evaluation set; labels and the
// words of each topic live in the per-language files `fr/topics.ts` and `en/topics.ts`.

export const TOPIC_IDS = ["circularity", "energy", "policy", "supply-chain", "finance", "compute"] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const topicDefinitions: Readonly<Record<TopicId, string>> = {
  circularity:
    "Circular economy in either sense: money or deals that loop between the same firms (circular financing, " +
    "vendor financing, round-tripping), or recycling, reuse and circular production.",
  energy:
    "Power and fuel: electricity, grids, power plants, nuclear, oil, gas, renewables, energy prices, " +
    "energy needs of data centres.",
  policy:
    "Government and public policy: laws, regulation, elections, political parties and leaders, public spending, " +
    "taxes, diplomacy, courts acting on policy.",
  "supply-chain":
    "Materials, manufacturing, shortages, bottlenecks, logistics, shipping, mining, raw materials.",
  finance:
    "Markets, stocks, debt, funding, revenue, earnings, IPOs, banks, economic figures (growth, inflation, unemployment).",
  compute: "Computing and AI infrastructure: chips, GPUs, data centres, cloud, AI models and companies.",
};
