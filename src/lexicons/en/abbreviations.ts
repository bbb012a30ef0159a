// English abbreviations that end with a period but do not end a sentence.
// Sources: the AP Stylebook's abbreviation entries (titles, months, states) and common
// newswire forms. Compared without the final period.
export const abbreviations = [
  // titles and honorifics
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Rev", "Hon", "Gov", "Sen", "Rep", "Gen",
  "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Supt", "Insp", "Det", "Pres", "Amb", "Atty",
  // months
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  // companies and places
  "Inc", "Corp", "Co", "Ltd", "Bros", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd", "Mt", "Ft",
  "U.S", "U.K", "U.N", "E.U", "D.C", "U.S.A",
  // US states in AP style
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
  "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va",
  "Wash", "Wis", "Wyo",
  // common abbreviations
  "etc", "vs", "e.g", "i.e", "approx", "est", "No", "Nos", "vol", "pp", "p", "fig", "al", "cf", "a.m", "p.m",
] as const;
