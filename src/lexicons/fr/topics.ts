// French words of the default topics. Written for this project from general French news
// vocabulary (economy, energy, politics, industry and technology desks) and the topic
// definitions in ../topics.ts. Terms are matched on Snowball stems after case and accent
// folding, so one form per word is usually enough ("politique" also finds "politiques"); the
// function words inside a phrase are ignored ("chaîne d'approvisionnement" also finds
// "chaînes de l'approvisionnement"). "=mot" matches that exact form only, for words whose
// stem they share with unrelated words ("=taxe": the stem of "taxi" is the same).
// `weak` words weigh half; `cancel` phrases hide the topic words inside them.
import type { TopicsLexicon } from "../types.ts";

export const topics = {
  stemmer: "french",
  elisions: ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"],
  topics: {
    circularity: {
      label: "Circularité",
      terms: [
        "économie circulaire", "financement circulaire", "financements croisés", "accord circulaire",
        "transaction circulaire", "modèle circulaire", "investissement circulaire", "argent circule",
        "financement fournisseur", "circularité", "circulaire", "recyclage", "recycler", "réemploi", "réutilisation",
        "reconditionné", "seconde main", "valorisation des déchets", "tri des déchets",
        "économie de la fonctionnalité", "surcyclage", "upcycling",
      ],
      weak: ["déchets", "réparation", "consigne"],
      cancel: [
        "circulaire ministérielle", "circulaire du ministère", "circulaire du gouvernement",
        "circulaire interministérielle", "circulaire préfectorale", "circulaire du ministre", "scie circulaire",
        "boulevard circulaire", "mouvement circulaire", "forme circulaire", "orbite circulaire",
        "consigne de sécurité", "consigne de vote", "consigne à bagages",
      ],
    },
    energy: {
      label: "Énergie",
      terms: [
        "énergie", "énergétique", "=électricité", "réseau électrique", "centrale électrique", "centrale nucléaire",
        "centrale à charbon", "centrale à gaz", "nucléaire", "réacteur nucléaire", "pétrole", "pétrolier",
        "gaz naturel", "gaz de schiste", "GNL", "gazoduc", "oléoduc", "charbon", "renouvelable", "éolien",
        "photovoltaïque", "panneaux solaires", "énergie solaire", "hydroélectrique", "carburant", "gazole",
        "mégawatt", "gigawatt", "térawattheure", "kilowattheure", "=MW", "=GW", "=TWh", "=kWh", "=MWh", "=GWh",
        "baril", "raffinerie", "OPEP", "électrification", "uranium", "combustible fossile", "hydrocarbures",
        "coupure de courant", "panne d'électricité", "consommation électrique", "production d'électricité",
        "fournisseur d'électricité", "facture d'électricité", "fioul", "pompe à chaleur", "rénovation énergétique",
        "EDF", "TotalEnergies", "Engie",
      ],
      weak: ["électrique", "gaz", "essence", "solaire", "chaudière", "chauffage", "granulés", "hydrogène", "batterie", "barrage", "réacteur", "diesel", "watt"],
      cancel: [
        "arme nucléaire", "bombe nucléaire", "guerre nucléaire", "menace nucléaire", "frappe nucléaire",
        "tirs nucléaires", "explosions nucléaires", "puissances nucléaires", "essai nucléaire",
        "dissuasion nucléaire", "sous-marin nucléaire", "médecine nucléaire", "gaz lacrymogène",
        "gaz à effet de serre", "système solaire", "crème solaire", "réacteur d'avion", "voiture électrique",
        "énergie du désespoir", "pleine d'énergie", "guitare électrique", "choc électrique",
      ],
    },
    policy: {
      label: "Politique",
      terms: [
        "politique", "politicien", "gouvernement", "gouvernemental", "premier ministre", "loi", "=lois",
        "projet de loi", "proposition de loi", "législation", "réglementation", "réglementaire", "régulateur",
        "=parlement", "=parlements", "parlementaire", "député", "sénat", "sénateur", "assemblée nationale",
        "hémicycle", "élection", "électoral", "électeur", "scrutin", "présidentielle", "=municipales",
        "conseil municipal", "élections municipales", "campagne électorale", "parti politique", "parti socialiste",
        "parti communiste", "Rassemblement national", "Les Républicains", "La République en marche", "Élysée",
        "Matignon", "chef de l'État", "président de la République", "réforme", "décret", "=constitution",
        "constitutionnel", "impôt", "fiscal", "=taxe", "=taxes", "dépenses publiques", "finances publiques",
        "subvention", "sanctions économiques", "sanctions internationales", "diplomatie", "ambassadeur",
        "traité de paix", "traité international", "droits de douane", "tarifs douaniers", "contrôles à l'exportation",
        "restrictions à l'exportation", "Commission européenne", "Conseil constitutionnel", "Conseil d'État",
        "majorité présidentielle", "centriste", "extrême droite", "extrême gauche", "gilets jaunes", "référendum",
        "démocratie", "dictature", "Maison-Blanche", "Maison Blanche", "Kremlin", "chef du gouvernement",
        "pouvoirs publics", "secrétaire d'État", "confinement", "déconfinement", "couvre-feu", "état d'urgence",
        "collectivités locales", "service public",
      ],
      weak: [
        "président", "ministre", "ministère", "candidat", "vote", "budget", "Bruxelles", "Union européenne", "préfet",
        "=manifestation", "=manifestations", "=manifestants", "syndicat", "grève", "sanctions", "=parti", "=partis",
        "opposition", "gauche", "régime", "Congrès", "=autorités", "=public", "=publique", "=publics", "=publiques",
      ],
      cancel: [
        "politique de confidentialité", "politique des cookies", "politique du club", "politique de prix",
        "politique tarifaire", "politique commerciale de l'entreprise", "politique de retour",
        "politique de remboursement", "politique éditoriale", "politique sportive", "politique de recrutement",
        "politique salariale", "politique de l'entreprise", "parti pris", "régime alimentaire", "régime minceur",
        "ailier gauche", "pied gauche", "ministre du culte", "loi de Murphy", "loi de Moore",
        "loi de l'offre et de la demande", "loi du marché", "grand public", "jardin public", "transports publics",
      ],
    },
    "supply-chain": {
      label: "Chaîne d'approvisionnement",
      terms: [
        "chaîne d'approvisionnement", "chaîne logistique", "approvisionnement", "pénurie", "goulot d'étranglement",
        "matières premières", "=métaux", "cuivre", "lithium", "cobalt", "nickel", "terres rares", "=minerai",
        "=minerais", "minier", "société minière", "exploitation minière", "usine", "fabrication", "fabricant",
        "manufacture", "manufacturier", "sous-traitant", "fournisseur", "logistique", "transport maritime", "fret",
        "conteneur", "porte-conteneurs", "chaîne de montage", "chaîne de production", "ligne de production",
        "capacités de production", "production industrielle", "rupture de stock", "ruptures d'approvisionnement",
        "délais de livraison", "pièces détachées", "=composants", "matériaux", "acier", "aluminium", "relocalisation",
        "délocalisation", "constructeur automobile",
      ],
      weak: [
        "production", "produire", "stocks", "livraison", "industriel", "industrie", "constructeur", "matériel",
        "=mine", "=mines", "expédition", "=importations", "=exportations", "entrepôt",
      ],
      cancel: [
        "bonne mine", "mauvaise mine", "mine de rien", "mine de crayon", "mine antipersonnel",
        "production cinématographique", "production audiovisuelle", "société de production", "matériel de protection",
        "fournisseur d'accès", "fournisseur d'électricité", "fournisseur d'énergie",
      ],
    },
    finance: {
      label: "Finance",
      terms: [
        "bourse", "boursier", "introduction en bourse", "cotation", "coté en bourse", "actionnaire", "investisseur",
        "marchés financiers", "Wall Street", "CAC 40", "Nasdaq", "Dow Jones", "indice boursier", "cours de bourse",
        "cours de l'action", "dette", "endettement", "emprunt", "obligataire", "obligations d'État", "prêteur",
        "crédit", "crédits", "banque", "bancaire", "banque centrale", "BCE", "Réserve fédérale", "taux d'intérêt",
        "inflation", "croissance économique", "PIB", "produit intérieur brut", "chômage", "taux de chômage",
        "récession", "chiffre d'affaires", "=bénéfice", "=bénéfices", "résultat net", "trimestriel", "financement",
        "levée de fonds", "capital-risque", "valorisation", "IPO", "capitalisation", "dividende", "faillite",
        "refinancer", "déficit", "fonds d'investissement", "investissement", "=économiste", "=économistes",
        "créations d'emplois", "marché du travail", "rentabilité", "politique monétaire", "marchés boursiers",
      ],
      weak: [
        "marché", "millions d'euros", "milliards d'euros", "millions de dollars", "milliards de dollars",
        "croissance", "emploi", "emplois", "euros", "dollars", "salaire", "coût", "=fonds", "budget", "dépenses",
        "client", "ménages", "économie", "milliards", "prix", "obligations", "prêt", "=indice", "=indices",
        "trimestre", "marge", "revenus", "embauches", "pouvoir d'achat", "argent",
      ],
      cancel: [
        "action de grâce", "plan d'action", "passer à l'action", "actions syndicales", "journée d'action",
        "champ d'action", "rayon d'action", "prix Nobel", "prix Goncourt", "grand prix", "prix littéraire",
        "remise des prix", "marché de Noël", "marché aux puces", "obligations légales", "crédit photo",
        "crédit d'impôt", "économies d'énergie", "indice de masse corporelle",
      ],
    },
    compute: {
      label: "Calcul et IA",
      terms: [
        "GPU", "GPUs", "puce électronique", "fabricant de puces", "fournisseur de puces", "puces d'IA",
        "puces informatiques", "semi-conducteur", "semiconducteur", "processeur", "microprocesseur",
        "centre de données", "data center", "datacenter", "=cloud", "cloud computing", "informatique en nuage",
        "capacité de calcul", "puissance de calcul", "calcul parallèle", "calcul séquentiel", "supercalculateur",
        "superordinateur", "intelligence artificielle", "=IA", "IA générative", "modèle de langage", "=LLM",
        "apprentissage automatique", "apprentissage profond", "Nvidia", "AMD", "TSMC", "=OpenAI", "CoreWeave",
        "Anthropic", "ChatGPT", "hyperscaler", "=Azure", "AWS", "Amazon Web Services", "Google Cloud",
      ],
      weak: [
        "=puce", "=puces", "calcul", "serveur", "informatique", "algorithme", "logiciel", "numérique", "Microsoft",
        "Google", "Intel", "=Meta", "technologique",
      ],
      cancel: ["marché aux puces", "puces de lit", "puce à l'oreille", "calcul politique", "calcul électoral", "calcul mental"],
    },
  },
} satisfies TopicsLexicon;
