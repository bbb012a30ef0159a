import { describe, expect, it } from "vitest";
import { createContext, processText } from "../src/index.ts";
import { createDoc } from "../src/doc.ts";
import { normalize } from "../src/stages/normalize.ts";
import { segment } from "../src/stages/segment.ts";
import { speakers } from "../src/stages/speakers.ts";
import { lexiconFor } from "../src/lexicons/index.ts";
import { tokenize } from "../src/speakers/tokens.ts";
import { findNames } from "../src/speakers/names.ts";
import { roleAt, findRoles } from "../src/speakers/roles.ts";
import { speakerWords } from "../src/speakers/lexicon.ts";
import { sameFullName } from "../src/speakers/people.ts";
import type { Doc, Quote } from "../src/doc.ts";

// Invented news sentences: [article, start of the quote, speaker name, resolution].
const ctx = createContext();
type Row = [text: string, quote: string, name: string, resolution: string];

function speakerOf(text: string, quote: string) {
  const r = processText(text, { context: ctx });
  const q = r.quotes.find((x) => x.text.includes(quote));
  expect(q, `quote "${quote}" found`).toBeDefined();
  return q!.speaker;
}

describe("speakers, French, end to end", () => {
  const rows: Row[] = [
    ["La directrice de l'usine, Claire Dubois, a visité le site mardi. « Nous allons embaucher cent personnes », a-t-elle déclaré.", "Nous allons embaucher", "Claire Dubois", "pronoun"],
    ["Claire Dubois dirige l'usine depuis 2019. « Nous allons embaucher cent personnes », a déclaré Mme Dubois.", "Nous allons embaucher", "Claire Dubois", "alias"],
    ["Le ministre de l'Intérieur, Gérard Collomb, était à Lyon jeudi. « La sécurité est notre priorité », a déclaré le ministre.", "La sécurité est notre priorité", "Gérard Collomb", "nominal"],
    ["« La sécurité est notre priorité », a déclaré Gérard Collomb, ministre de l'Intérieur, jeudi à Lyon.", "La sécurité est notre priorité", "Gérard Collomb", "explicit"],
    ["Jean-Marc Ayrault a reçu les syndicats lundi. « Le dialogue continue », a affirmé le Premier ministre.", "Le dialogue continue", "Jean-Marc Ayrault", "nominal"],
    ["Jean-Marc Ayrault a reçu les syndicats lundi. « Le dialogue continue », a dit J.-M. Ayrault.", "Le dialogue continue", "Jean-Marc Ayrault", "alias"],
    ["Ursula von der Leyen est arrivée à Bruxelles. « L'Europe doit agir vite », a estimé Mme von der Leyen.", "L'Europe doit agir vite", "Ursula von der Leyen", "alias"],
    ["Dominique de Villepin publie un livre. « La France a perdu sa voix », a regretté l'ancien Premier ministre.", "La France a perdu sa voix", "Dominique de Villepin", "nominal"],
    ["Dominique de Villepin publie un livre. « La France a perdu sa voix », a-t-il regretté.", "La France a perdu sa voix", "Dominique de Villepin", "pronoun"],
    ["Le PDG de Renault, Luca de Meo, a présenté ses résultats. « L'année a été difficile », a reconnu M. de Meo.", "L'année a été difficile", "Luca de Meo", "alias"],
    ["Le PDG de Renault, Luca de Meo, a présenté ses résultats. Il a expliqué que les ventes avaient baissé de dix pour cent.", "les ventes avaient baissé", "Luca de Meo", "pronoun"],
    ["Sophie Martin, porte-parole de la SNCF, a répondu aux questions. « Les trains circuleront normalement », a-t-elle assuré.", "Les trains circuleront normalement", "Sophie Martin", "pronoun"],
    ["« Les trains circuleront normalement », a indiqué un porte-parole de la SNCF.", "Les trains circuleront normalement", "un porte-parole de la SNCF", "explicit"],
    ["« Les trains circuleront normalement », a indiqué un porte-parole de la SNCF. « Nous avons prévu des bus », a ajouté le porte-parole.", "Nous avons prévu des bus", "un porte-parole de la SNCF", "nominal"],
    ["Selon la SNCF, le trafic sera perturbé jusqu'à dimanche.", "le trafic sera perturbé", "la SNCF", "explicit"],
    ["Selon le gouvernement, la réforme sera présentée en juin.", "la réforme sera présentée", "le gouvernement", "explicit"],
    ["L'entreprise a annoncé que la réforme serait présentée en juin.", "la réforme serait présentée", "L'entreprise", "explicit"],
    ["Certains estiment que la mesure arrive trop tard.", "la mesure arrive trop tard", "Certains", "explicit"],
    ["Les syndicats ont affirmé que la réforme frappait d'abord les plus modestes.", "la réforme frappait", "Les syndicats", "explicit"],
    ["Marie Durand a été élue maire en 2020. « Je tiendrai mes promesses », a-t-elle promis devant le conseil municipal.", "Je tiendrai mes promesses", "Marie Durand", "pronoun"],
    ["Paul Lefèvre et Anne Girard se sont affrontés lors du débat. « Votre programme est irréaliste », a lancé Mme Girard.", "Votre programme est irréaliste", "Anne Girard", "alias"],
    ["Paul Lefèvre et Anne Girard se sont affrontés lors du débat. « Votre programme est irréaliste », a lancé M. Lefèvre.", "Votre programme est irréaliste", "Paul Lefèvre", "alias"],
    ["Paul Lefèvre a ouvert la séance. « Nous voterons ce soir », a-t-il annoncé. « Le texte est prêt. »", "Le texte est prêt", "Paul Lefèvre", "continuation"],
    ["Thomas Bernard, économiste à l'OFCE, suit le dossier. « La croissance va ralentir », prévient Thomas.", "La croissance va ralentir", "Thomas Bernard", "alias"],
    ["Thomas Bernard, économiste à l'OFCE, suit le dossier. « La croissance va ralentir », prévient l'économiste.", "La croissance va ralentir", "Thomas Bernard", "nominal"],
    ["Isabelle Moreau préside l'association depuis dix ans. Selon elle, les dons ont doublé cette année.", "les dons ont doublé", "Isabelle Moreau", "pronoun"],
    ["Le maire de Lille, Martine Aubry, a inauguré la gare. « C'est un grand jour pour la ville », a déclaré Martine Aubry.", "C'est un grand jour", "Martine Aubry", "explicit"],
    ["« C'est un grand jour pour la ville », a déclaré Martine Aubry. « Les travaux ont duré trois ans. »", "Les travaux ont duré trois ans", "Martine Aubry", "continuation"],
    ["Un dirigeant d'une entreprise chimique, qui n'a pas souhaité être nommé, s'inquiète. « Les prix de l'énergie nous étranglent », a confié le dirigeant.", "Les prix de l'énergie nous étranglent", "Un dirigeant d'une entreprise chimique", "nominal"],
    ["Michel Petit a rencontré un responsable du ministère. « Le budget sera tenu », a assuré M. Petit.", "Le budget sera tenu", "Michel Petit", "alias"],
    ["Le procureur de Paris, Rémy Heitz, a tenu une conférence de presse. « L'enquête se poursuit », a-t-il indiqué.", "L'enquête se poursuit", "Rémy Heitz", "pronoun"],
    ["Julien Roche, le nouvel entraîneur du club, était satisfait. « Les joueurs ont tout donné », a déclaré Roche.", "Les joueurs ont tout donné", "Julien Roche", "alias"],
    ["La police a indiqué que deux suspects avaient été interpellés.", "deux suspects avaient été interpellés", "La police", "explicit"],
    ["D'après Matignon, le projet de loi sera examiné en septembre.", "le projet de loi sera examiné", "Matignon", "explicit"],
    ["Laurence Garnier, sénatrice de Loire-Atlantique, a pris la parole. Elle a affirmé que le texte protégeait mal les agriculteurs.", "le texte protégeait mal", "Laurence Garnier", "pronoun"],
    ["Nicolas Leroy et sa sœur Camille ont fondé la société. « Nous voulions changer le secteur », explique Camille Leroy.", "Nous voulions changer le secteur", "Camille Leroy", "explicit"],
    ["La ministre de la Santé, Agnès Buzyn, a présenté son plan. « Personne ne sera laissé de côté », a promis la ministre.", "Personne ne sera laissé de côté", "Agnès Buzyn", "nominal"],
    ["Le président de la région, Xavier Bertrand, a réagi. « C'est une décision absurde », a-t-il jugé.", "C'est une décision absurde", "Xavier Bertrand", "pronoun"],
    ["Frédéric Martel, ancien conseiller du ministre, s'est exprimé sur France Inter. « Rien n'a été préparé », a-t-il déploré.", "Rien n'a été préparé", "Frédéric Martel", "pronoun"],
    ["Pour l'économiste Élise Fontaine, la hausse des taux était prévisible.", "la hausse des taux était prévisible", "Élise Fontaine", "explicit"],
    ["« Le suspect a tout avoué », a déclaré la procureure d'Agen Manuella Garnier.", "Le suspect a tout avoué", "Manuella Garnier", "explicit"],
    // a name after its title or in an attribution ("a déclaré X") is a subject, not a verb's object
    ["Le maire de la ville Roland Ries ne voulait pas que Chérif Benali soit enterré ici. « Je voudrais que cela se termine vite », avait-il déclaré jeudi.", "Je voudrais que cela se termine vite", "Roland Ries", "pronoun"],
    ["« Demain d'autres crises », a déclaré Julien Bayou samedi lors du conseil fédéral d'Europe Écologie Les Verts. Le texte a été transmis à la presse. « L'enjeu est immense », d'après le responsable du parti.", "L'enjeu est immense", "Julien Bayou", "nominal"],
    // the role that heads a mention, not one in its complement; a group speaks as itself
    ["« C'est une honte », ont estimé certains défenseurs de l'artiste sur Twitter.", "C'est une honte", "certains défenseurs de l'artiste", "explicit"],
    // a hyphenated first name counts as two words of the fullest form
    // "la gendarmerie" is no country named before it
    ["La vidéo a circulé dans toute la France. « C'est la brigade numérique qui a agi », a indiqué la gendarmerie toulousaine.", "C'est la brigade numérique", "la gendarmerie toulousaine", "explicit"],
    ["Marc-Olivier Fogiel anime l'émission depuis 2018. Marc Olivier Fogiel a répondu jeudi. « Je regrette ces mots », a déclaré Fogiel.", "Je regrette ces mots", "Marc-Olivier Fogiel", "alias"],
    ["Hélène Vidal, avocate de la famille, a demandé une contre-expertise. « Nous voulons la vérité », a martelé l'avocate.", "Nous voulons la vérité", "Hélène Vidal", "nominal"],
    ["Le directeur général de l'entreprise, Olivier Marchand, a présenté le plan. « Aucun site ne fermera », a assuré Olivier.", "Aucun site ne fermera", "Olivier Marchand", "alias"],
    ["Pierre Dumas a quitté la présidence du club en mars. Il a déclaré jeudi que la décision était irrévocable.", "la décision était irrévocable", "Pierre Dumas", "pronoun"],
    ["Le ministère des Affaires étrangères a indiqué que trois ressortissants avaient été évacués.", "trois ressortissants avaient été évacués", "Le ministère des Affaires étrangères", "explicit"],
    ["Léa Rousseau, porte-parole du collectif, était présente. « Nous ne lâcherons rien », a lancé Léa Rousseau devant la préfecture.", "Nous ne lâcherons rien", "Léa Rousseau", "explicit"],
    ["Le chef de l'État a reçu les maires. « Je vous ai entendus », a déclaré Emmanuel Macron.", "Je vous ai entendus", "Emmanuel Macron", "explicit"],
    ["Bruno Le Maire était à Bercy lundi. « Les comptes seront redressés », a promis le ministre de l'Économie.", "Les comptes seront redressés", "Bruno Le Maire", "nominal"],
  ];
  it.each(rows)("%s", (text, quote, name, resolution) => {
    const s = speakerOf(text, quote);
    expect(s?.name).toBe(name);
    expect(s?.resolution).toBe(resolution);
  });
});

describe("speakers, English, end to end", () => {
  const rows: Row[] = [
    ["CoreWeave's chief executive Michael Intrator spoke on Friday. \"Circular is the wrong way to look at it,\" Intrator said.", "Circular is the wrong way", "Michael Intrator", "alias"],
    ["Michael Intrator, the chief executive of CoreWeave, spoke on Friday. \"Demand is real,\" he said.", "Demand is real", "Michael Intrator", "pronoun"],
    ["Sarah Collins runs the food bank in Halifax. \"We have never seen lines like this,\" she said.", "We have never seen lines", "Sarah Collins", "pronoun"],
    ["Sarah Collins runs the food bank in Halifax. \"We have never seen lines like this,\" Collins said.", "We have never seen lines", "Sarah Collins", "alias"],
    ["\"We are reviewing the decision,\" said Mark Thompson, a spokesman for the ministry.", "We are reviewing the decision", "Mark Thompson", "explicit"],
    ["Finance Minister Paul Fenwick defended the purchase on Tuesday. \"The price was fair,\" the minister said.", "The price was fair", "Paul Fenwick", "nominal"],
    ["Finance Minister Paul Fenwick defended the purchase on Tuesday. He said the price paid was appropriate.", "the price paid was appropriate", "Paul Fenwick", "pronoun"],
    ["\"This attack is meant to frighten tourists,\" said a police spokesman.", "This attack is meant", "a police spokesman", "explicit"],
    ["\"This attack is meant to frighten tourists,\" said a police spokesman. \"Security will be increased,\" the spokesman added.", "Security will be increased", "a police spokesman", "nominal"],
    ["According to the company, sales rose by 12 per cent in the third quarter.", "sales rose by 12 per cent", "the company", "explicit"],
    ["Critics say the plan will raise rents across the city.", "the plan will raise rents", "Critics", "explicit"],
    ["Officials said two people were injured in the fire.", "two people were injured", "Officials", "explicit"],
    ["Jody Marsh-Keller spoke to reporters in Ottawa. \"We are confident in the legislation,\" Marsh-Keller said.", "We are confident in the legislation", "Jody Marsh-Keller", "alias"],
    ["Prime Minister Justin Trudeau visited the plant on Monday. \"These jobs matter,\" Trudeau said. \"We will not let them go.\"", "We will not let them go", "Justin Trudeau", "continuation"],
    ["Dr. Theresa Tam, the chief public health officer, urged caution. \"The virus is still circulating,\" Tam said.", "The virus is still circulating", "Theresa Tam", "alias"],
    ["Emily Chen and David Park founded the startup in 2019. \"We wanted to fix hiring,\" Chen said.", "We wanted to fix hiring", "Emily Chen", "alias"],
    ["Emily Chen and David Park founded the startup in 2019. \"We wanted to fix hiring,\" Park said.", "We wanted to fix hiring", "David Park", "alias"],
    ["Mayor John Tory met the council on Wednesday. \"The budget is balanced,\" Tory said.", "The budget is balanced", "John Tory", "alias"],
    ["Robert McMillen, a grooming expert, has advice for beards. \"Less is more this year,\" McMillen said.", "Less is more this year", "Robert McMillen", "alias"],
    ["Robert McMillen, a grooming expert, has advice for beards. \"Less is more this year,\" the expert said.", "Less is more this year", "Robert McMillen", "nominal"],
    ["Ursula von der Leyen arrived in Brussels on Monday. \"Europe must act,\" von der Leyen said.", "Europe must act", "Ursula von der Leyen", "alias"],
    ["The government said it would appeal the ruling.", "it would appeal the ruling", "The government", "explicit"],
    ["Several economists said the recession would be short.", "the recession would be short", "Several economists", "explicit"],
    ["Kevin O'Leary criticized the deal on television. \"It is a terrible idea,\" O'Leary said.", "It is a terrible idea", "Kevin O'Leary", "alias"],
    ["Karen Miller, the principal, sent a letter to parents. She wrote that classes would resume on Monday.", "classes would resume on Monday", "Karen Miller", "pronoun"],
    ["James Carter told CBC News that the road would reopen by Friday.", "the road would reopen by Friday", "James Carter", "explicit"],
    ["The couple got a letter from Immigration, Refugees and Citizenship Canada this week. In a statement, IRCC said the rules protect children.", "the rules protect children", "Immigration, Refugees and Citizenship Canada", "explicit"],
    ["The vote was close. Opposition politicians have acknowledged that they had not seen the defeat coming. The Renewal Party lost seats.", "they had not seen the defeat coming", "Opposition politicians", "explicit"],
    ["Export Development Canada declined to comment. \"We are obligated to respect confidentiality,\" EDC said.", "We are obligated to respect", "Export Development Canada", "alias"],
    ["Lisa Brandt, the deputy leader, was blunt. \"This is a failure,\" Brandt said. \"Nobody planned for it.\"", "Nobody planned for it", "Lisa Brandt", "continuation"],
    ["\"Revenue will fall this year,\" said Tom Anderson, the company's chief financial officer.", "Revenue will fall this year", "Tom Anderson", "explicit"],
    ["Maria Lopez fled the city in 2015. \"I had nothing left,\" the mother of three said.", "I had nothing left", "Maria Lopez", "nominal"],
    ["Chuck Schumer spoke after the vote. \"This is a sad day,\" said the senator.", "This is a sad day", "Chuck Schumer", "nominal"],
    ["Amnesty International said in a statement that the arrests were arbitrary.", "the arrests were arbitrary", "Amnesty International", "explicit"],
    ["The U.S. alleges that the company lied to three banks.", "the company lied to three banks", "The U.S.", "explicit"],
    ["Nearly 200 residents said the road was unsafe.", "the road was unsafe", "Nearly 200 residents", "explicit"],
    // a description owned by a person names someone else than that person
    ["Paul Roy has run the farm since 1990. \"We lost the barn in one night,\" his wife said.", "We lost the barn", "his wife", "explicit"],
    ["Finance Minister Paul Roy defended the agency. \"The insurance was bought by the firms,\" his office said.", "The insurance was bought", "his office", "explicit"],
    // the name that closes the mention, not the owner before a possessive
    ["Ella Roy drew her first comic at twelve. \"She never stopped drawing,\" says Roy's dad, Dan.", "She never stopped drawing", "Dan", "explicit"],
    ["The show opened in May. \"Layers are back this fall,\" says wardrobe stylist Tamsin.", "Layers are back this fall", "Tamsin", "explicit"],
    // the noun that describes an organisation before its name is part of its name, and "the company" finds it
    ["Print ads will shrink again in 2026, according to media buying company Vexamedia. Magazine revenue dropped by 12 per cent this year, the company wrote in a report.", "Magazine revenue dropped", "media buying company Vexamedia", "nominal"],
    // a group source is its whole phrase, however the cue cut it, and one group with its short form
    ["Since then the club has looked for a buyer, and sources familiar with the negotiations have said it hoped to sign a deal by spring.", "it hoped to sign a deal", "sources familiar with the negotiations", "explicit"],
    ["The bid was rejected, according to officials close to the talks who were not allowed to speak publicly.", "The bid was rejected", "officials close to the talks", "explicit"],
    // "Atlas" is short for "Atlas Energy"; "Calgary-based" is no part of the name
    ["Calgary-based Atlas Energy posted a loss on Monday. Atlas said that the sale of its mine was still on track.", "the sale of its mine was still on track", "Atlas Energy", "alias"],
    // a name after a verb or after a preposition and its article is no subject: the pronoun skips it
    ["On Thursday, Tom Hale did not rule out meeting Sam Ortiz next month. He said the talks would go on.", "the talks would go on", "Tom Hale", "pronoun"],
    ["Acme Mining declined to answer questions about the Northwind Energy policy. \"We respect the privacy of our clients,\" it said.", "We respect the privacy", "Acme Mining", "pronoun"],
    // "I" said by a bare name anywhere in the article makes it a person, also for an earlier "she"
    ["Kayla greeted the others at the gym. \"Some of us start early,\" she said. Later that night: \"I hate losing,\" Kayla said.", "Some of us start early", "Kayla", "pronoun"],
    // a name of no known kind that has spoken may be the organisation "the company" or "it" points at, never a name inside the quote
    ["Zentrix said on Thursday that the outage was over. \"We're working with Apple on a fix,\" the company said.", "We're working with Apple on a fix", "Zentrix", "nominal"],
    ["Nimbus told employees that it was working closely with Apple. It also told workers to install the public apps.", "to install the public apps", "Nimbus", "pronoun"],
    ["Orbit Research published the survey on Monday. Orbit said that sales fell in every region.", "sales fell in every region", "Orbit Research", "alias"],
    // an organisation that owns a document speaks through it; "Canada" in a name makes an institution
    ["Unemployment rose in March, according to Statistics Canada's latest labour survey.", "Unemployment rose in March", "Statistics Canada", "explicit"],
    // a mention that names no one may stand after its subject: back over auxiliaries and adverbs
    ["The ministry may allow it soon, market sources said, but officials would only say the issue was under study.", "the issue was under study", "officials", "explicit"],
    // an acronym spelled out with its article; an organisation after words that name nothing
    ["The Parliamentary Budget Officer released its report on Thursday. But the PBO added that the estimate assumes the line will be built on time.", "the estimate assumes", "The Parliamentary Budget Officer", "explicit"],
    ["Each year Parliament urged the regulators to act sooner.", "to act sooner", "Parliament", "explicit"],
    // a group without a name is the last group of its head word
    ["The bill will pass next week, Congressional sources said. Key lawmakers support it, the sources said.", "Key lawmakers support it", "Congressional sources", "explicit"],
    // groups with different places are different groups
    ["The dollar fell in early trade, Frankfurt dealers said. It was flat in the afternoon, Zurich dealers said.", "It was flat in the afternoon", "Zurich dealers", "explicit"],
    // "the paper" is an organisation, and so is the name its description introduced
    ["Ford raised its output plans, the trade paper Motor Weekly said. The paper, which tracks production, said Ford plans to build more cars.", "Ford plans to build more cars", "the trade paper Motor Weekly", "nominal"],
    // "X, who …" keeps X in focus even after a preposition
    ["I am talking about Ana Ruiz, who like Ricardo Montalban was born in Mexico. \"We print anything by anyone,\" says the 39-year-old founder of the shop.", "We print anything by anyone", "Ana Ruiz", "nominal"],
    ["Dealers said that the dollar would fall further next week.", "the dollar would fall", "Dealers", "explicit"],
    // whoever says "I" is a person, and can be "he" afterwards
    ["\"I was scared the whole time,\" Colby said. He added that the crew had kept everyone calm.", "the crew had kept everyone calm", "Colby", "pronoun"],
    // continuation: a person named after a preposition in the narration does not take the floor
    ["Nora Blake opened her bakery in 2010. \u201CWe bake everything here,\u201D says Blake while touring the kitchen with her partner Omar Haddad. \u201CNothing comes out of a freezer.\u201D", "Nothing comes out of a freezer", "Nora Blake", "continuation"],
    ["\u201CWe will not change the law,\u201D Dana Whitfield said in May, rejecting a plea from Audrey Moss, a teacher from Halifax.\n\n\u201CWe are confident in the legislation as it stands.\u201D", "We are confident in the legislation", "Dana Whitfield", "continuation"],
    // continuation: inside one paragraph, longer narration may stand between the quotes
    ["\u201CWe started with two ovens,\u201D says Nora Blake, who opened the bakery in 2010. The shop now employs forty people and ships bread to three provinces, a pace that few independent bakeries in the region have managed to keep up with over a decade of rising flour prices and rents. \u201CWe never took a single loan.\u201D", "We never took a single loan", "Nora Blake", "continuation"],
  ];
  it.each(rows)("%s", (text, quote, name, resolution) => {
    const s = speakerOf(text, quote);
    expect(s?.name).toBe(name);
    expect(s?.resolution).toBe(resolution);
  });
});

/** A doc segmented and tagged with a language, ready for the speaker helpers. */
function prepared(text: string, code: string): Doc {
  let doc = createDoc({ id: "t", text });
  doc = normalize(doc);
  doc = segment(doc);
  return { ...doc, language: { code, confidence: 1 } };
}

function namesIn(text: string, code: string): string[] {
  const doc = prepared(text, code);
  const w = speakerWords(lexiconFor(code));
  const tokens = tokenize(doc);
  return findNames(doc.norm, tokens, w, (i) => roleAt(tokens, i, w)?.words.length ?? 0).map((n) => `${n.text}:${n.kind}`);
}

describe("name candidates", () => {
  const rows: Array<[string, string, string[]]> = [
    ["fr", "Hier, Jean-Marc Ayrault a reçu Ursula von der Leyen.", ["Jean-Marc Ayrault:person", "Ursula von der Leyen:person"]],
    ["fr", "Dominique de Villepin et Bruno Le Maire étaient présents.", ["Dominique de Villepin:person", "Bruno Le Maire:person"]],
    ["fr", "Ce matin, M. Romney a rejoint J.-M. Ayrault à Paris.", ["Romney:person", "J.-M. Ayrault:person", "Paris:unknown"]],
    ["fr", "Il voulait déloger B. Obama de la Maison Blanche.", ["B. Obama:person", "Maison Blanche:organization"]],
    ["fr", "Selon la SNCF, le trafic reprendra.", ["SNCF:organization"]],
    ["fr", "Le directeur général de la Santé Paul Vernet a parlé.", ["Santé:unknown", "Paul Vernet:person"]],
    ["fr", "Mme de Montchalin a répondu.", ["Montchalin:person"]],
    ["en", "Yesterday Kevin O'Leary met Mr. Smith and Dr. Jane Goodall.", ["Kevin O'Leary:person", "Smith:person", "Jane Goodall:person"]],
    ["en", "However, Prime Minister Habib Essid spoke first.", ["Habib Essid:person"]],
    // a sentence-opening adverb or word before a first name is no part of the name
    ["en", "Finally Diana Whitfield arrived.", ["Diana Whitfield:person"]],
    ["en", "Nearly 200 residents left the town.", []],
    // ... but a firm's name is no opener: "Morgan Stanley", "McDonnell Douglas"
    ["en", "Morgan Stanley said it would buy. McDonnell Douglas said so.", ["Morgan Stanley:unknown", "McDonnell Douglas:unknown"]],
    ["en", "Asked Tom Hale about it, nobody answered.", ["Tom Hale:person"]],
    ["en", "Having Bill Hart on the panel helped.", ["Bill Hart:person"]],
    ["fr", "Finalement Claire Dubois a pris la parole.", ["Claire Dubois:person"]],
    // an -ly word the article capitalises inside a sentence is a name
    ["en", "Connolly spoke first, then Sean Connolly.", ["Connolly:unknown", "Sean Connolly:person"]],
    ["en", "Chancellor of the Exchequer Nigel Lawson spoke.", ["Exchequer:unknown", "Nigel Lawson:person"]],
    ["en", "Lawyer David Steel spoke for the government.", ["David Steel:person"]],
    ["en", "The United Nations met the Federal Reserve.", ["United Nations:organization", "Federal Reserve:organization"]],
    ["fr", "Selon Météo France, la tempête arrive.", ["Météo France:organization"]],
    ["fr", "Le député LR Éric Ciotti a parlé.", ["LR:organization", "Éric Ciotti:person"]],
    // after a role and its "of", a place then a person
    ["fr", "Selon la procureure d'Agen Manuella Garnier, le suspect a avoué.", ["Agen:unknown", "Manuella Garnier:unknown"]],
    ["en", "The mayor of Calgary Naheed Nenshi spoke. The head of Goldman Sachs Group spoke.", ["Calgary:unknown", "Naheed Nenshi:unknown", "Goldman Sachs Group:organization"]],
    ["en", "Snyder Oil and Permian Royalty Trust reported.", ["Snyder Oil:organization", "Permian Royalty Trust:organization"]],
    // a lower-case end after a hyphen makes an adjective at the start of a run, a given name inside one
    ["en", "Premier Lee Ta-hai met Calgary-based Suncor Energy.", ["Lee Ta-hai:person", "Suncor Energy:organization"]],
    // initials alone are an organisation and keep their last period
    ["en", "The U.S. alleges fraud.", ["U.S.:organization"]],
    // two full names glued together (a headline run into the text) are two names
    ["en", "The guests included Justin Moore Doug Hall and others.", ["Justin Moore:person", "Doug Hall:person"]],
  ];
  it.each(rows)("%s: %s", (code, text, want) => {
    expect(namesIn(text, code)).toEqual(want);
  });
});

describe("same full name", () => {
  const rows: Array<[string[], string[], boolean]> = [
    [["barack", "obama"], ["b", "obama"], true],
    [["jean-marc", "ayrault"], ["j", "m", "ayrault"], true],
    [["michael", "kovrig"], ["michael", "spavor"], false],
    [["edouard", "philippe"], ["edouard", "philippe"], true],
    [["tedros", "adhanom", "ghebreyesus"], ["tedros", "ghebreyesus"], true],
    [["marie", "dupont"], ["paul", "dupont"], false],
    // a short form of the first name: its start or its end
    [["alex", "morgan"], ["alexander", "morgan"], true],
    [["xander", "morgan"], ["alexander", "morgan"], true],
    [["beth", "morgan"], ["elizabeth", "morgan"], true],
    [["al", "morgan"], ["alexander", "morgan"], false],
    [["mark", "morgan"], ["martin", "morgan"], false],
  ];
  it.each(rows)("%j ~ %j is %s", (a, b, want) => {
    expect(sameFullName(a, b)).toBe(want);
  });
});

describe("role descriptions", () => {
  const rows: Array<[string, string, string, string]> = [
    ["fr", "Le PDG de CoreWeave, Michael Intrator, a parlé.", "PDG de CoreWeave", "definite"],
    ["fr", "Il a rencontré un dirigeant d'une société minière.", "dirigeant d'une société minière", "indefinite"],
    ["fr", "Le porte-parole de la police madrilène a confirmé.", "porte-parole de la police madrilène", "definite"],
    ["fr", "Le ministre de l'Intérieur, Laurent Nuñez, a parlé.", "ministre de l'Intérieur", "definite"],
    ["en", "The company's chief executive declined to comment.", "company's chief executive", "definite"],
    ["en", "A police spokesman confirmed the arrest.", "police spokesman", "indefinite"],
    // never ending on a bare number
    ["fr", "Le chef des 1 200 soldats a parlé.", "chef", "definite"],
  ];
  it.each(rows)("%s: %s", (code, text, role, determination) => {
    const doc = prepared(text, code);
    const w = speakerWords(lexiconFor(code));
    const tokens = tokenize(doc);
    const found = findRoles(doc.norm, tokens, w, () => false, () => false);
    expect(found.map((r) => [r.role, r.determination])).toContainEqual([role, determination]);
  });
});

describe("hand-made attributions", () => {
  function withQuotes(text: string, code: string, raw: Array<[string, string | null]>): Doc {
    const doc = prepared(text, code);
    const quotes: Quote[] = raw.map(([quote, mention]) => {
      const start = text.indexOf(quote);
      const at = mention ? text.indexOf(mention, start + quote.length) : -1;
      return {
        start,
        end: start + quote.length,
        type: "direct",
        language: code,
        cue: null,
        topics: [],
        confidence: 1,
        paragraph: 0,
        sentence: 0,
        speaker: mention
          ? { name: mention, mention, mentionStart: at, mentionEnd: at + mention.length, kind: "unknown", role: null, resolution: "explicit", entity: null }
          : null,
      };
    });
    return speakers({ ...doc, quotes }, ctx);
  }

  it("never names je/nous/I/we as a speaker", () => {
    const doc = withQuotes("« Nous partirons demain », dit nous. Rien d'autre.", "fr", [["Nous partirons demain", "nous"]]);
    expect(doc.quotes[0].speaker).toBeNull();
  });

  it("continues the previous speaker with null offsets", () => {
    const text = "« Le plan est prêt », a déclaré Claire Dubois. « Il sera voté lundi. »";
    const doc = withQuotes(text, "fr", [["Le plan est prêt", "Claire Dubois"], ["Il sera voté lundi.", null]]);
    expect(doc.quotes[1].speaker).toMatchObject({ name: "Claire Dubois", resolution: "continuation", mentionStart: null, mentionEnd: null });
    expect(doc.quotes[1].speaker?.entity).toBe(doc.quotes[0].speaker?.entity);
  });

  it("does not continue across another person's name", () => {
    const text = "« Le plan est prêt », a déclaré Claire Dubois. Paul Martin est arrivé ensuite. « Il sera voté lundi. »";
    const doc = withQuotes(text, "fr", [["Le plan est prêt", "Claire Dubois"], ["Il sera voté lundi.", null]]);
    expect(doc.quotes[1].speaker).toBeNull();
  });

  it("clusters first name, surname and pronoun into one entity with a role and a gender", () => {
    const text = "Le PDG de CoreWeave, Michael Intrator, a parlé. « Nous avançons », a dit Michael. « Le marché suit », a dit Intrator. « Tout va bien », a-t-il ajouté.";
    const doc = withQuotes(text, "fr", [["Nous avançons", "Michael"], ["Le marché suit", "Intrator"], ["Tout va bien", "il"]]);
    const ids = new Set(doc.quotes.map((q) => q.speaker?.entity));
    expect(ids.size).toBe(1);
    const e = doc.entities[doc.quotes[0].speaker!.entity!];
    expect(e).toMatchObject({ name: "Michael Intrator", kind: "person", gender: "m", roles: ["PDG de CoreWeave"] });
    expect(doc.quotes.map((q) => q.speaker?.resolution)).toEqual(["alias", "alias", "pronoun"]);
  });

  it("gives an unattributed direct quote to the person named right after it", () => {
    const text = "Prime Minister Habib Essid spoke on Wednesday. \u201COur nation is in danger,\u201D Essid declared in an address.";
    const doc = withQuotes(text, "en", [["Our nation is in danger,", null]]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: "Habib Essid", resolution: "alias", mention: "Essid" });
  });

  it("reaches a name after the quote through its title", () => {
    const text = "Ottawa spent little. \u201CYou had better know where the money goes,\u201D former Conservative transport critic Michael Ferris said in an interview.";
    const doc = withQuotes(text, "en", [["You had better know where the money goes,", null]]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: "Michael Ferris", resolution: "explicit" });
  });

  it("does not take a name after a preposition for the speaker of the quote before it", () => {
    const text = "\u201CI draw every night,\u201D says Andre Cole. \u201CI wanted to show that anyone can do it.\u201D In Mark Diaz, he found a publisher.";
    const doc = withQuotes(text, "en", [["I draw every night,", "Andre Cole"], ["I wanted to show that anyone can do it.", null]]);
    expect(doc.quotes[1].speaker).toMatchObject({ name: "Andre Cole", resolution: "continuation" });
  });

  it("reads a lower-case pronoun right after the closing mark as the speaker, not a new sentence's capital", () => {
    const text = "Mark Dunn runs the shop on Main Street. \u201CYou have to start somewhere,\u201D he says matter-of-factly. \u201CDo you ever rest?\u201D He was joking.";
    const doc = withQuotes(text, "en", [["You have to start somewhere,", null], ["Do you ever rest?", null]]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: "Mark Dunn", resolution: "pronoun", mention: "he" });
    expect(doc.quotes[1].speaker?.resolution).not.toBe("pronoun");
  });

  it("reads a description after the verb that follows the closing mark as the speaker", () => {
    const text = "Le gouvernement prépare les esprits. « Il faudra un moratoire sur les dépenses », a commencé le ministre des Comptes publics dès novembre. Gérald Darmanin en profite pour dénoncer le mouvement.";
    const doc = withQuotes(text, "fr", [["Il faudra un moratoire sur les dépenses", null]]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: "Gérald Darmanin", resolution: "nominal" });
  });

  it("takes no possessive for a pronoun after the closing mark", () => {
    const text = "Tom Hale was angry. \u201CWe lost everything,\u201D her husband said.";
    const doc = withQuotes(text, "en", [["We lost everything,", null]]);
    expect(doc.quotes[0].speaker?.name).not.toBe("Tom Hale");
  });

  it("does not reach past another quotation for a name", () => {
    const text = "\u201CWe will win,\u201D \u201Cno doubt\u201D Essid said.";
    const doc = withQuotes(text, "en", [["We will win,", null]]);
    expect(doc.quotes[0].speaker).toBeNull();
  });

  it("reads the organisation after an indefinite 'on'", () => {
    const text = "Des grèves sont prévues vendredi. « Le mouvement sera suivi », indique-t-on à la FGTB.";
    const doc = withQuotes(text, "fr", [["Le mouvement sera suivi", "on"]]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: "FGTB", resolution: "explicit" });
  });

  it("gives 'the company' to the organisation named last", () => {
    const text = "Shares of Northwind Energy fell on Monday. \"We expect a rebound,\" the company said.";
    const doc = withQuotes(text, "en", [["We expect a rebound", "the company"]]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: "Northwind Energy", resolution: "nominal" });
  });

  it("gives 'they' to a group, never to a person", () => {
    const text = "Critics of the plan met on Monday with Paul Martin. \"It will fail,\" they said.";
    const doc = withQuotes(text, "en", [["It will fail", "they"]]);
    expect(doc.quotes[0].speaker?.name).not.toBe("Paul Martin");
  });

  it("prefers the subject to a name after a preposition", () => {
    const text = "Gilles Moreau a déjeuné avec Antoine Leroy. « Nous étions amis », a-t-il confié.";
    const doc = withQuotes(text, "fr", [["Nous étions amis", "il"]]);
    expect(doc.quotes[0].speaker?.name).toBe("Gilles Moreau");
  });

  it("a feminine pronoun skips a masculine antecedent", () => {
    const text = "Claire Dubois a reçu Paul Martin. « Nous signerons », a-t-elle dit.";
    const doc = withQuotes(text, "fr", [["Nous signerons", "elle"]]);
    expect(doc.quotes[0].speaker?.name).toBe("Claire Dubois");
  });
});
