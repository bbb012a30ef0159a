// French words that name a group source rather than one person: indefinite pronouns and the
// plural nouns news copy attributes statements to ("certains avertissent", "les syndicats
// dénoncent"). Collected from French wire copy; lower case, plural as written.
export const groupWords = [
  "certains", "certaines", "d'autres", "plusieurs", "beaucoup", "nombreux", "nombre", "la plupart",
  "syndicats", "critiques", "détracteurs", "experts", "analystes", "observateurs", "économistes",
  "manifestants", "habitants", "riverains", "salariés", "employés", "travailleurs", "élus", "opposants",
  "partisans", "défenseurs", "militants", "enquêteurs", "médecins", "scientifiques", "chercheurs",
  "spécialistes", "organisateurs", "associations", "ong", "sources", "témoins", "proches", "familles",
  "parents", "élèves", "étudiants", "agriculteurs", "commerçants", "investisseurs", "dirigeants",
  "responsables", "autorités", "organisations", "députés", "sénateurs", "ministres", "sondés",
  "secouristes", "sauveteurs", "pompiers", "policiers", "avocats", "juges", "opposition", "gilets jaunes",
] as const;
