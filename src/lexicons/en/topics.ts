// English words of the default topics. Written for this project from general English news
// vocabulary (business, energy, politics, industry and technology desks) and the topic
// definitions in ../topics.ts. Terms are matched on Snowball (Porter 2) stems after case and
// accent folding, so one form per word is usually enough ("policy" also finds "policies"); the
// function words inside a phrase are ignored ("supply chain" = "supply chains"). "=word"
// matches that exact form only, for words whose stem they share with unrelated words ("=power":
// "powerful" has the same stem). `weak` words weigh half; `cancel` phrases hide the topic
// words inside them.
import type { TopicsLexicon } from "../types.ts";

export const topics = {
  stemmer: "english",
  elisions: [],
  topics: {
    circularity: {
      label: "Circularity",
      terms: [
        "circular economy", "circular financing", "circular funding", "circular deals", "circular deal",
        "circular investments", "circular transactions", "circular arrangement", "circularity", "circular",
        "round-tripping", "round tripping", "vendor financing", "money flows back", "recycling", "recycle",
        "recyclable", "reuse", "reusable", "refurbished", "second-hand", "secondhand", "second hand", "upcycling",
        "waste recovery", "closed loop", "closed-loop",
      ],
      weak: ["waste", "repair", "repairability", "landfill"],
      cancel: [
        "circular saw", "circular saws", "circular motion", "circular shape", "circular orbit", "circular argument",
        "circular reasoning", "circular logic", "circular table", "circular window", "circular letter",
        "circular road", "press circular", "repair shop",
      ],
    },
    energy: {
      label: "Energy",
      terms: [
        "energy", "=electricity", "power grid", "electric grid", "electricity grid", "power plant",
        "power plants", "power station", "power stations", "nuclear power", "nuclear plant", "nuclear reactor",
        "power supply", "power demand", "power consumption", "power prices", "power capacity", "power generation",
        "power-hungry", "power hungry", "crude oil", "oil prices", "oil price", "oil and gas", "oil company",
        "oil companies", "oil industry", "oil sands", "oil production", "oil output", "oil demand", "oil supply",
        "oil field", "oil fields", "oil well", "oil wells", "oil tanker", "oil producers", "oil exports",
        "oil pipeline", "natural gas", "shale", "LNG", "coal", "=renewable", "=renewables", "renewable energy",
        "solar power", "solar panels", "solar farm", "wind power",
        "wind farm", "wind turbines", "hydropower", "hydroelectric", "fuel prices", "jet fuel", "fuel oil",
        "gasoline", "petrol", "diesel",
        "megawatt", "gigawatt", "terawatt-hour", "kilowatt-hour", "=MW", "=GW", "=TWh", "=kWh", "=MWh", "=GWh",
        "barrel", "barrels", "refinery", "OPEC", "electrification", "uranium", "fossil fuels", "blackout",
        "power outage", "power cuts", "energy prices", "electricity bills", "nuclear", "heating oil", "heat pump",
        "heat pumps",
      ],
      weak: [
        "=power", "=oil", "electric", "electrical", "gas", "boiler", "boilers", "heating", "solar", "hydrogen",
        "battery", "batteries", "dam", "reactor", "watt",
        "grid", "grids", "=fuel", "crude", "pipeline", "=utility", "=utilities",
      ],
      cancel: [
        "superpower", "superpowers", "powerful", "powerfully", "empower", "empowered", "willpower", "manpower",
        "horsepower", "firepower", "political power", "power struggle", "balance of power",
        "seize power", "power of attorney", "purchasing power", "soft power", "power couple", "power play",
        "power ranking", "power rankings", "grid search", "nuclear weapon", "nuclear weapons",
        "nuclear arsenal", "nuclear test", "nuclear war", "nuclear threat", "nuclear bomb", "nuclear strike",
        "nuclear-armed", "nuclear deal", "nuclear family", "nuclear medicine", "nuclear option",
        "tear gas", "greenhouse gas", "greenhouse gases", "noble gas", "noble gases", "solar system", "olive oil",
        "oil painting", "oil paintings", "coconut oil", "essential oils", "electric guitar", "electric car",
        "electric cars", "electric vehicle", "electric vehicles", "electric shock", "fuel speculation",
        "fuel the debate", "fueled speculation", "fuelled speculation", "talent pipeline",
        "sales pipeline", "off the grid",
      ],
    },
    policy: {
      label: "Policy",
      terms: [
        "policy", "policies", "politics", "political", "politician", "government", "governments", "prime minister",
        "law", "laws", "legislation", "legislative", "legislature",
        "lawmakers", "regulation", "regulations", "regulator", "regulators", "regulatory", "parliament",
        "parliamentary", "congress", "congressional", "senate", "senator", "House of Representatives", "election",
        "elections", "electoral", "voters", "ballot", "campaign trail", "presidential", "Democrats", "Republicans",
        "Democratic Party", "Republican Party", "Conservative Party", "Labour Party", "Liberal Party", "White House",
        "Kremlin", "Downing Street", "reform", "decree", "=constitution",
        "=constitutional", "tax", "taxes", "taxation", "tariff", "tariffs", "public spending", "subsidy", "subsidies",
        "sanctions", "diplomacy", "diplomatic", "diplomat", "ambassador", "treaty", "export controls",
        "export restrictions", "European Commission", "Supreme Court", "referendum", "democracy", "dictatorship",
        "mayor", "governor", "opposition leader", "ruling party", "state department", "public sector",
        "public services", "lockdown", "lockdowns", "curfew", "state of emergency", "Trump administration",
        "Biden administration",
      ],
      weak: [
        "president", "candidate", "vote", "votes", "budget", "Brussels", "European Union", "protest", "protesters",
        "union", "unions", "=strike", "=strikes", "opposition", "officials", "=public", "security forces", "bill",
        "administration",
        "federal", "=authorities", "regime", "cabinet", "minister", "ministry", "ministers",
      ],
      cancel: [
        "privacy policy", "cookie policy", "cookies policy", "return policy", "returns policy", "refund policy",
        "editorial policy", "company policy", "insurance policy", "insurance policies", "club policy", "pricing policy",
        "office politics", "law firm", "law school", "law enforcement", "mother-in-law",
        "father-in-law", "son-in-law", "daughter-in-law", "sister-in-law", "brother-in-law", "Murphy's law",
        "Moore's law", "law of supply and demand", "bill gates", "dollar bill", "dollar bills", "electricity bill",
        "electricity bills", "phone bill", "state of the art", "state-of-the-art", "state of mind", "solid state",
        "steady state", "union square", "credit union", "premier league", "federal express", "cabinet maker",
        "kitchen cabinet", "kitchen cabinets", "corporate governance",
      ],
    },
    "supply-chain": {
      label: "Supply chain",
      terms: [
        "supply chain", "supply chains", "supply shortage", "shortage", "shortages", "bottleneck", "bottlenecks",
        "raw materials", "raw material", "=metals", "copper", "lithium", "cobalt", "nickel",
        "rare earths", "rare earth", "=ore", "=ores", "=mining", "=miner", "=miners", "mining company", "factory",
        "factories", "plant closure", "manufacturing", "manufacturer", "manufacturers", "manufacture", "supplier",
        "suppliers", "logistics", "=shipping", "freight", "container ship", "assembly line",
        "production line", "production capacity", "industrial production", "=stockouts", "lead times",
        "delivery times", "spare parts", "components", "steel", "aluminium", "aluminum", "reshoring", "offshoring",
        "automaker", "automakers", "carmaker", "carmakers", "foundry", "foundries", "inventory", "inventories",
        "procurement",
      ],
      weak: [
        "=production", "produce", "=materials", "stocks", "delivery", "deliveries", "industrial", "industry",
        "hardware",
        "shipments", "=imports", "=exports", "warehouse", "plant", "plants", "=containers", "=sourcing",
      ],
      cancel: [
        "shipping costs included", "free shipping", "shipping address", "shipping and handling", "production company",
        "film production", "stage production", "theatre production", "theater production", "power plant",
        "power plants", "nuclear plant", "plant-based", "house plants", "houseplants", "materials science",
        "teaching materials", "promotional materials", "campaign materials",
      ],
    },
    finance: {
      label: "Finance",
      terms: [
        "stock market", "stock exchange", "=stocks", "shareholders", "shareholder", "investor", "investors",
        "financial markets", "Wall Street", "Nasdaq", "Dow Jones", "S&P 500", "FTSE", "stock index", "share price",
        "stock price", "debt", "borrowing", "=bonds", "bond market", "loan", "loans", "lender", "lenders",
        "bank", "banks", "banking", "central bank", "Federal Reserve", "interest rates", "=inflation",
        "economic growth", "GDP", "gross domestic product", "unemployment", "jobless rate", "=recession",
        "=recessions", "revenue",
        "revenues", "=earnings", "profit", "profits", "net income", "=quarterly", "financing", "funding",
        "funding round",
        "venture capital", "valuation", "IPO", "initial public offering", "public offering", "share offering",
        "per share", "net profit", "net loss", "went public", "market cap",
        "market capitalisation", "market capitalization", "dividend", "dividends", "bankruptcy", "=refinance",
        "=refinanced", "refinancing",
        "deficit", "hedge fund", "private equity", "investment", "investments", "invest", "economist", "economists",
        "jobs report", "job creation", "job losses", "labor market", "labour market",
        "profitability", "monetary policy", "traders", "sell-off", "selloff",
      ],
      weak: [
        "market", "million dollars", "billion dollars", "markets", "growth", "employment", "credit", "dollars",
        "wages", "salary", "cost", "costs", "spending", "customers", "clients", "households", "economy", "economic",
        "billion", "price",
        "prices", "sales", "quarter", "margin", "money", "cash", "=shares", "trading",
      ],
      cancel: [
        "blood bank", "food bank", "river bank", "west bank", "river banks", "data bank", "piggy bank",
        "film credits", "closing credits", "photo credit", "image credit", "shares photos", "shares a photo",
        "market research", "farmers market",
        "flea market", "Christmas market", "prize money",
      ],
    },
    compute: {
      label: "Compute and AI",
      terms: [
        "GPU", "GPUs", "=chip", "=chips", "chipmaker", "chipmakers", "semiconductor", "semiconductors", "processor",
        "processors", "microprocessor", "data center", "data centers", "data centre", "data centres", "datacenter",
        "datacenters", "=cloud", "cloud computing", "=compute", "computing power", "compute capacity",
        "computing capacity", "parallel computing", "supercomputer", "supercomputers", "artificial intelligence",
        "=AI", "generative AI", "AI models", "large language model", "large language models", "=LLM", "=LLMs",
        "machine learning", "deep learning", "neural network", "neural networks", "Nvidia", "AMD", "TSMC", "OpenAI",
        "CoreWeave", "Anthropic", "ChatGPT", "hyperscaler", "hyperscalers", "=Azure", "AWS", "Amazon Web Services",
        "Google Cloud",
      ],
      weak: [
        "computing", "computer", "computers", "server", "servers", "algorithm", "algorithms", "software", "digital",
        "Microsoft",
        "Google", "Intel", "Meta", "tech", "technology",
      ],
      cancel: [
        "chocolate chip", "chocolate chips", "potato chips", "poker chips", "fish and chips", "bargaining chip",
        "blue chip", "blue-chip", "chip shot", "cloud cover", "storm clouds", "dark cloud", "under a cloud",
        "smoke cloud", "ash cloud",
      ],
    },
  },
} satisfies TopicsLexicon;
