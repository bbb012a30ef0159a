// French nouns that make a description an organisation rather than a person ("le gouvernement",
// "le ministère des Affaires étrangères", "la police", "le syndicat socialiste"), and metonyms of
// French institutions used as speakers (Matignon, l'Élysée, Bercy, le Quai d'Orsay).
// Collected from French wire copy; lower case.
export const organizationNouns = [
  "gouvernement", "ministère", "ministere", "préfecture", "mairie", "police", "gendarmerie", "justice", "parquet",
  "tribunal", "cour", "conseil", "commission", "assemblée", "sénat", "parlement", "état", "armée", "syndicat",
  "fédération", "confédération", "association", "organisation", "ong", "entreprise", "société", "groupe",
  "compagnie", "constructeur", "banque", "agence", "autorité", "institut", "office", "observatoire", "fondation",
  "parti", "mouvement", "équipe", "club", "université", "école", "hôpital", "chaîne", "chaine", "journal",
  "quotidien", "hebdomadaire", "magazine", "radio", "site", "cabinet", "direction", "service", "régie",
  "municipalité", "région", "département", "collectif", "comité", "union", "opérateur", "firme", "laboratoire",
  "matignon", "élysée", "elysée", "bercy", "quai d'orsay", "kremlin", "maison blanche", "pentagone",
  "inc", "sa", "sas", "sarl", "ltd", "corp", "ag", "gmbh",
  // the country in a name makes it an institution or a company ("Météo France", "France Bleu", "Radio France")
  "france",
] as const;
