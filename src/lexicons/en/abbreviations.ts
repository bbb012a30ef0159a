// English abbreviations that end with a period but do not end a sentence.
// Sources: the AP Stylebook's abbreviation entries (titles, months, states) and common
// newswire forms. Written without the final period. Capitalised entries are compared
// case-sensitively ("Ill." is Illinois, "ill." is not an abbreviation), the others
// case-insensitively.

/** Titles before a name: "Mr. Biden", "Dr. Fauci", "Sen. Warren", "St. Louis". */
export const titles = [
  "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Hon", "Gov", "Sen", "Rep", "Gen",
  "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Supt", "Insp", "Det", "Pres", "Amb", "Atty", "St", "Mt", "Ft",
] as const;

/**
 * Other abbreviations. Their period may also end a sentence ("… in the U.S. The bill …"): the
 * segmenter splits after them when a capitalised function word follows.
 */
export const abbreviations = [
  "Sr", "Jr",
  // months
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  // companies and places
  "Inc", "Corp", "Co", "Ltd", "Bros", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd",
  "U.S", "U.K", "U.N", "E.U", "D.C", "U.S.A",
  // US states in AP style
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
  "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va",
  "Wash", "Wis", "Wyo",
  // Canadian provinces in Canadian Press style ("MILTON, Ont. — …")
  "Ont", "Que", "Alta", "Sask", "Nfld", "B.C", "N.S", "N.B", "P.E.I",
  // common abbreviations
  "etc", "vs", "e.g", "i.e", "approx", "est", "No", "Nos", "vol", "pp", "p", "fig", "al", "cf", "a.m", "p.m",
] as const;
