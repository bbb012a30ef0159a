// English nouns that make a description an organisation rather than a person ("the government",
// "the State Department", "police", "the company"), and company suffixes. Collected from English
// wire copy; lower case.
export const organizationNouns = [
  "government", "ministry", "department", "agency", "office", "administration", "police", "court", "council",
  "commission", "committee", "parliament", "senate", "congress", "house", "army", "military", "union",
  "federation", "association", "organization", "organisation", "company", "firm", "corporation", "group",
  "bank", "institute", "foundation", "party", "university", "college", "school", "hospital", "network",
  "newspaper", "magazine", "station", "board", "authority", "service", "services", "city", "county",
  "province", "state", "team", "club", "coalition", "campaign", "center", "centre", "society", "council",
  "white house", "pentagon", "kremlin", "downing street", "whitehall", "eu", "un", "nato",
  "news", "times", "post", "journal", "paper", "press", "media", "reporter", "equities", "securities", "capital",
  "partners", "holdings", "records", "labs", "systems", "technologies", "motors", "airlines", "airways",
  "inc", "corp", "co", "ltd", "llc", "plc", "ag",
  // words that end company names ("Northwind Energy", "Atlas Resources")
  "energy", "resources", "mining", "pharmaceuticals", "financial", "insurance", "communications",
  "entertainment", "industries", "brands", "foods", "logistics", "ventures", "investments", "therapeutics", "research",
  "trust", "fund", "exchange", "radio", "television", "oil", "petroleum", "hotels", "embassy", "railway", "railroad",
  "shipping", "chemicals",
  // the country in a Canadian institution's or company's name ("Statistics Canada", "Air Canada", "Canada Post")
  "canada",
  // states and institutions named by a common noun ("United Nations", "United States", "Federal Reserve")
  "nations", "states", "kingdom", "republic", "reserve", "bureau",
] as const;
