// English words that name a group source rather than one person: indefinite pronouns and the
// plural nouns news copy attributes statements to ("some argue", "critics say", "officials
// said"). Collected from English wire copy; lower case.
export const groupWords = [
  "some", "others", "many", "several", "most", "few", "critics", "analysts", "experts", "observers",
  "economists", "protesters", "protestors", "demonstrators", "residents", "supporters", "opponents",
  "officials", "authorities", "investigators", "scientists", "researchers", "doctors", "unions", "sources",
  "activists", "advocates", "witnesses", "lawmakers", "legislators", "politicians", "organizers", "organisers",
  "parents", "families", "students", "teachers", "workers", "employees", "investors", "executives", "leaders",
  "neighbours", "neighbors", "locals", "police", "reports", "news reports", "polls", "studies", "scholars",
  "dealers", "traders", "bankers", "brokers", "diplomats", "delegates", "producers", "exporters", "importers",
  "manufacturers", "farmers", "consumers", "shareholders", "lenders", "creditors", "insiders", "insurers",
] as const;
