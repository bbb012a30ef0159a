// Names that hold whatever the language of the article, so they live outside the per-language
// folders. Written by the Verbatim team from the exchanges, brokers and betting sites that buy
// affiliate promotions in French and English crypto and finance news (the seed article's ad is
// one), and from the photo and news agencies credited under press pictures. Lower case.

/** trading, betting and crypto brands that run sign-up promotions */
export const promoBrands = [
  "bybit", "binance", "okx", "coinbase", "bitget", "ledger", "etoro", "kraken", "kucoin", "bitpanda",
  "crypto.com", "mexc", "gate.io", "htx", "huobi", "bitstamp", "bitfinex", "plus500", "xtb", "degiro",
  "trade republic", "revolut", "boursorama", "winamax", "betclic", "unibet", "pmu", "parions sport",
  "bet365", "betway", "draftkings", "fanduel", "pokerstars", "stake", "1xbet", "nordvpn", "surfshark",
  "trezor", "metamask", "uphold", "paxful", "bitvavo", "swissborg", "nexo", "youhodler", "primexbt",
] as const;

/** photo and news agencies whose name closes a picture credit ("Jane Doe/Getty Images", "(AP)") */
export const creditAgencies = [
  "afp", "ap", "reuters", "getty", "getty images", "associated press", "epa", "efe", "dpa", "ansa",
  "shutterstock", "bloomberg", "sipa", "maxppp", "belga", "abaca", "xinhua", "hans lucas", "istock",
  "alamy", "zuma", "pa images", "afp photo", "ap photo", "stf", "cnet", "wireimage",
  "afp/archives", "leemage", "divergence", "hans lucas", "le parisien", "nurphoto", "sopa images",
  "ap file", "afp file", "reuters file", "ap file photo", "unsplash", "pexels", "wikimedia commons", "creative commons", "cc by-sa", "depositphotos", "adobe stock",
] as const;

/** social networks named in "follow us" lines */
export const socialNetworks = [
  "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "whatsapp", "snapchat", "pinterest",
  "threads", "bluesky", "mastodon", "telegram", "x", "flipboard", "reddit", "twitch", "dailymotion",
] as const;
