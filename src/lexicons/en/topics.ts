// English words of the default topics. Written for this project from general English news
// vocabulary (business, energy, politics, industry and technology desks) and the topic
// definitions in ../topics.ts. Terms are matched on Snowball (Porter 2) stems after case and
// accent folding, so one form per word is usually enough ("policy" also finds "policies"); the
// function words inside a phrase are ignored ("supply chain" = "supply chains"). "=word"
// matches that exact form only, for words whose stem they share with unrelated words ("=power":
// "powerful" has the same stem). `weak` words weigh half; `cancel` phrases hide the topic
// words inside them. One-letter words are marked exact ("=S&=P 500", "Moore'=s law"): only "s"
// itself has the stem "s", and a one-letter stem would send every word that starts with that
// letter to the stemmer (the analyzer stems only words that can reach a term's stem).
import type { TopicsLexicon } from "../types.ts";

export const topics = {
  stemmer: "english",
  elisions: [],
  topics: {
    circularity: {
      label: "Circularity",
      terms: [
        "circular economy", "circular financing", "circular funding", "circular deals", "circular investments",
        "circular transactions", "circular arrangement", "circular", "round-tripping", "round tripping",
        "vendor financing", "money flows back", "recycling", "reuse", "reusable", "refurbished", "second-hand",
        "secondhand", "second hand", "upcycling", "waste recovery", "closed loop", "closed-loop",
      ],
      weak: ["waste", "repair", "landfill"],
      cancel: [
        "circular saw", "circular motion", "circular shape", "circular orbit", "circular argument",
        "circular reasoning", "circular logic", "circular table", "circular window", "circular letter",
        "circular road", "press circular", "repair shop",
      ],
    },
    energy: {
      label: "Energy",
      terms: [
        "energy", "=electricity", "power grid", "electric grid", "power plant", "power station", "nuclear power",
        "nuclear plant", "nuclear reactor", "power supply", "power demand", "power consumption", "power prices",
        "power capacity", "power generation", "power-hungry", "power hungry", "crude oil", "oil prices",
        "oil and gas", "oil company", "oil industry", "oil sands", "oil production", "oil output", "oil demand",
        "oil supply", "oil field", "oil well", "oil tanker", "oil producers", "oil exports", "oil pipeline",
        "natural gas", "shale", "LNG", "coal", "=renewable", "=renewables", "renewable energy", "solar power",
        "solar panels", "solar farm", "wind power", "wind farm", "wind turbines", "hydropower", "hydroelectric",
        "fuel prices", "jet fuel", "fuel oil", "gasoline", "petrol", "diesel", "megawatt", "gigawatt",
        "terawatt-hour", "kilowatt-hour", "=MW", "=GW", "=TWh", "=kWh", "=MWh", "=GWh", "barrel", "refinery", "OPEC",
        "electrification", "uranium", "fossil fuels", "blackout", "power outage", "power cuts", "energy prices",
        "electricity bills", "nuclear", "heating oil", "heat pump",
      ],
      weak: [
        "=power", "=oil", "electric", "gas", "boiler", "heating", "solar", "hydrogen", "battery", "dam", "reactor",
        "watt", "grid", "=fuel", "crude", "pipeline", "=utility", "=utilities",
      ],
      cancel: [
        "superpower", "powerful", "empower", "willpower", "manpower", "horsepower", "firepower", "political power",
        "power struggle", "balance of power", "seize power", "power of attorney", "purchasing power", "soft power",
        "power couple", "power play", "power ranking", "grid search", "nuclear weapon", "nuclear arsenal",
        "nuclear test", "nuclear war", "nuclear threat", "nuclear bomb", "nuclear strike", "nuclear-armed",
        "nuclear deal", "nuclear family", "nuclear medicine", "nuclear option", "tear gas", "greenhouse gas",
        "greenhouse gases", "noble gas", "noble gases", "solar system", "olive oil", "oil painting", "coconut oil",
        "essential oils", "electric guitar", "electric car", "electric vehicle", "electric shock", "fuel speculation",
        "fuel the debate", "fuelled speculation", "talent pipeline", "sales pipeline", "off the grid",
      ],
    },
    policy: {
      label: "Policy",
      terms: [
        "policy", "politics", "politician", "government", "prime minister", "law", "legislation", "legislature",
        "lawmakers", "regulation", "regulatory", "parliament", "parliamentary", "congress", "congressional", "senate",
        "House of Representatives", "election", "electoral", "voters", "ballot", "campaign trail", "presidential",
        "Democrats", "Republicans", "Democratic Party", "Republican Party", "Conservative Party", "Labour Party",
        "Liberal Party", "White House", "Kremlin", "Downing Street", "reform", "decree", "=constitution",
        "=constitutional", "tax", "taxation", "tariff", "public spending", "subsidy", "sanctions", "diplomacy",
        "diplomatic", "ambassador", "treaty", "export controls", "export restrictions", "European Commission",
        "Supreme Court", "referendum", "democracy", "dictatorship", "mayor", "governor", "opposition leader",
        "ruling party", "state department", "public sector", "public services", "lockdown", "curfew",
        "state of emergency", "Trump administration", "Biden administration",
      ],
      weak: [
        "president", "candidate", "vote", "budget", "Brussels", "European Union", "protest", "union", "=strike",
        "=strikes", "opposition", "officials", "=public", "security forces", "bill", "administration", "federal",
        "=authorities", "regime", "cabinet", "minister", "ministry",
      ],
      cancel: [
        "privacy policy", "cookie policy", "return policy", "refund policy", "editorial policy", "company policy",
        "insurance policy", "club policy", "pricing policy", "office politics", "law firm", "law school",
        "law enforcement", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "sister-in-law",
        "brother-in-law", "Murphy'=s law", "Moore'=s law", "law of supply and demand", "bill gates", "dollar bill",
        "electricity bill", "phone bill", "state of the art", "state-of-the-art", "state of mind", "solid state",
        "steady state", "union square", "credit union", "premier league", "federal express", "cabinet maker",
        "kitchen cabinet", "corporate governance",
      ],
    },
    "supply-chain": {
      label: "Supply chain",
      terms: [
        "supply chain", "supply shortage", "shortage", "bottleneck", "raw materials", "=metals", "copper", "lithium",
        "cobalt", "nickel", "rare earths", "=ore", "=ores", "=mining", "=miner", "=miners", "mining company",
        "factory", "plant closure", "manufacturing", "supplier", "logistics", "=shipping", "freight",
        "container ship", "assembly line", "production line", "production capacity", "industrial production",
        "=stockouts", "lead times", "delivery times", "spare parts", "components", "steel", "aluminium", "aluminum",
        "reshoring", "offshoring", "automaker", "carmaker", "foundry", "inventory", "procurement",
      ],
      weak: [
        "=production", "produce", "=materials", "stocks", "delivery", "industrial", "hardware", "shipments",
        "=imports", "=exports", "warehouse", "plant", "=containers", "=sourcing",
      ],
      cancel: [
        "shipping costs included", "free shipping", "shipping address", "shipping and handling", "production company",
        "film production", "stage production", "theatre production", "theater production", "power plant",
        "nuclear plant", "plant-based", "house plants", "houseplants", "materials science", "teaching materials",
        "promotional materials", "campaign materials",
      ],
    },
    finance: {
      label: "Finance",
      terms: [
        "stock market", "stock exchange", "=stocks", "shareholders", "investor", "financial markets", "Wall Street",
        "Nasdaq", "Dow Jones", "=S&=P 500", "FTSE", "stock index", "share price", "stock price", "debt", "borrowing",
        "=bonds", "bond market", "loan", "lender", "bank", "central bank", "Federal Reserve", "interest rates",
        "=inflation", "economic growth", "GDP", "gross domestic product", "unemployment", "jobless rate",
        "=recession", "=recessions", "revenue", "=earnings", "profit", "net income", "=quarterly", "financing",
        "funding", "funding round", "venture capital", "valuation", "IPO", "initial public offering",
        "public offering", "share offering", "per share", "net profit", "net loss", "went public", "market cap",
        "market capitalisation", "market capitalization", "dividend", "bankruptcy", "=refinance", "=refinanced",
        "refinancing", "deficit", "hedge fund", "private equity", "investment", "economist", "jobs report",
        "job creation", "job losses", "labor market", "labour market", "monetary policy", "traders", "sell-off",
        "selloff",
      ],
      weak: [
        "market", "million dollars", "billion dollars", "growth", "employment", "credit", "dollars", "wages",
        "salary", "cost", "spending", "customers", "clients", "households", "economy", "economic", "billion", "price",
        "sales", "quarter", "margin", "money", "cash", "=shares", "trading",
      ],
      cancel: [
        "blood bank", "food bank", "river bank", "west bank", "data bank", "piggy bank", "film credits",
        "closing credits", "photo credit", "image credit", "shares photos", "market research", "farmers market",
        "flea market", "Christmas market", "prize money",
      ],
    },
    compute: {
      label: "Compute and AI",
      terms: [
        "GPU", "GPUs", "=chip", "=chips", "chipmaker", "semiconductor", "processor", "microprocessor", "data center",
        "data centre", "datacenter", "=cloud", "cloud computing", "=compute", "computing power", "compute capacity",
        "parallel computing", "supercomputer", "artificial intelligence", "=AI", "generative AI", "AI models",
        "large language model", "=LLM", "=LLMs", "machine learning", "deep learning", "neural network", "Nvidia",
        "AMD", "TSMC", "OpenAI", "CoreWeave", "Anthropic", "ChatGPT", "hyperscaler", "=Azure", "AWS",
        "Amazon Web Services", "Google Cloud",
      ],
      weak: [
        "computing", "server", "algorithm", "software", "digital", "Microsoft", "Google", "Intel", "Meta", "tech",
        "technology",
      ],
      cancel: [
        "chocolate chip", "potato chips", "poker chips", "fish and chips", "bargaining chip", "blue chip",
        "blue-chip", "chip shot", "cloud cover", "storm clouds", "dark cloud", "under a cloud", "smoke cloud",
        "ash cloud",
      ],
    },
  },
} satisfies TopicsLexicon;
