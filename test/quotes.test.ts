// Quote finding: tables of news-style sentences written for these tests (invented or paraphrased,
// none copied from an evaluation set). Each row gives the sentence, the quote's exact text, its
// type, the raw speaker mention the quote stage must point at, and the cue lemma.
import { describe, expect, it } from "vitest";
import { found } from "./quotes-helpers.ts";

type Row = [sentence: string, quote: string, type: "direct" | "indirect" | "mixed", mention: string | null, lemma: string | null];

function expectQuote(lang: string, [sentence, quote, type, mention, lemma]: Row) {
  const qs = found(sentence, lang);
  const q = qs.find((x) => x.text === quote);
  expect(q, `no quote «${quote}» in ${JSON.stringify(qs)}`).toBeDefined();
  expect(q!.type).toBe(type);
  expect(q!.mention).toBe(mention);
  expect(q!.lemma).toBe(lemma);
}

const french: Row[] = [
  // preposed subject, cue, que
  ["Le maire de Lyon a déclaré mardi que le tramway serait prolongé jusqu'à l'aéroport.", "le tramway serait prolongé jusqu'à l'aéroport", "indirect", "Le maire de Lyon", "déclarer"],
  ["La directrice de l'usine, Claire Dumas, a affirmé que les salaires seraient maintenus.", "les salaires seraient maintenus", "indirect", "La directrice de l'usine, Claire Dumas", "affirmer"],
  ["Paul Martin, président de la fédération, a indiqué que la saison reprendrait en mars.", "la saison reprendrait en mars", "indirect", "Paul Martin, président de la fédération", "indiquer"],
  ["Il a précisé qu'aucune décision n'avait encore été prise.", "aucune décision n'avait encore été prise", "indirect", "Il", "préciser"],
  ["Elle estime que la réforme arrive trop tard.", "la réforme arrive trop tard", "indirect", "Elle", "estimer"],
  ["Les syndicats affirment que la grève sera suivie dans toutes les gares.", "la grève sera suivie dans toutes les gares", "indirect", "Les syndicats", "affirmer"],
  ["Le ministre de l'Intérieur a assuré lundi sur France Inter que les effectifs seraient renforcés.", "les effectifs seraient renforcés", "indirect", "Le ministre de l'Intérieur", "assurer"],
  ["La préfecture a fait savoir que la route resterait fermée jusqu'à nouvel ordre.", "la route resterait fermée jusqu'à nouvel ordre", "indirect", "La préfecture", "faire savoir"],
  ["Le porte-parole du gouvernement a fait valoir que la dette avait baissé.", "la dette avait baissé", "indirect", "Le porte-parole du gouvernement", "faire valoir"],
  ["L'avocat a fait remarquer que son client n'avait jamais été condamné.", "son client n'avait jamais été condamné", "indirect", "L'avocat", "faire remarquer"],
  ["Mme Lefèvre a également souligné que les délais seraient tenus.", "les délais seraient tenus", "indirect", "Mme Lefèvre", "souligner"],
  ["Le ministre a sobrement déclaré que le dossier était clos.", "le dossier était clos", "indirect", "Le ministre", "déclarer"],
  ["Le club a démenti que l'entraîneur soit sur le départ.", "l'entraîneur soit sur le départ", "indirect", "Le club", "démentir"],
  ["Le suspect nie qu'il se trouvait sur les lieux ce soir-là.", "il se trouvait sur les lieux ce soir-là", "indirect", "Le suspect", "nier"],
  ["La ministre s'est félicitée que le texte ait été adopté à l'unanimité.", "le texte ait été adopté à l'unanimité", "indirect", "La ministre", "se féliciter"],
  ["Le sénateur s'étonne que personne n'ait été prévenu.", "personne n'ait été prévenu", "indirect", "Le sénateur", "s'étonner"],
  ["Le député s'insurge que le budget de la culture soit encore réduit.", "le budget de la culture soit encore réduit", "indirect", "Le député", "s'insurger"],
  ["L'opposition a martelé que la hausse des prix frappait d'abord les ménages modestes.", "la hausse des prix frappait d'abord les ménages modestes", "indirect", "L'opposition", "marteler"],
  ["Le président de la région a reconnu que les travaux avaient pris du retard.", "les travaux avaient pris du retard", "indirect", "Le président de la région", "reconnaître"],
  ["Un porte-parole de la police a expliqué que deux personnes avaient été interpellées.", "deux personnes avaient été interpellées", "indirect", "Un porte-parole de la police", "expliquer"],
  ["La SNCF prévient que le trafic restera perturbé toute la semaine.", "le trafic restera perturbé toute la semaine", "indirect", "La SNCF", "prévenir"],
  ["Le constructeur vient d'annoncer que deux usines seraient fermées.", "deux usines seraient fermées", "indirect", "Le constructeur", "annoncer"],
  ["Le juge a rappelé que la loi s'appliquait à tous.", "la loi s'appliquait à tous", "indirect", "Le juge", "rappeler"],
  ["Le ministre a dit que la loi passerait et a ajouté : « Nous sommes prêts. »", "la loi passerait", "indirect", "Le ministre", "dire"],
  ["Le maire, qui a promis que les impôts n'augmenteraient pas, a été réélu.", "les impôts n'augmenteraient pas, a été réélu", "indirect", "Le maire", "promettre"],
  ["Certains craignent que la mesure arrive trop tard, mais la direction a répondu que tout était prêt.", "tout était prêt", "indirect", "la direction", "répondre"],
  // participle and coordinated cues take the sentence subject
  ["Le patron du groupe a défendu son bilan, affirmant que les ventes avaient doublé en un an.", "les ventes avaient doublé en un an", "indirect", "Le patron du groupe", "affirmer"],
  ["La ministre a visité le chantier et a ajouté que les délais seraient tenus.", "les délais seraient tenus", "indirect", "La ministre", "ajouter"],
  // postposed cue with inversion or a subject after the verb
  ["« Nous ne céderons pas », a déclaré le Premier ministre.", "Nous ne céderons pas", "direct", "le Premier ministre", "déclarer"],
  ["« La situation est sous contrôle », a-t-il assuré.", "La situation est sous contrôle", "direct", "il", "assurer"],
  ["« Les négociations reprendront demain », déclare-t-elle.", "Les négociations reprendront demain", "direct", "elle", "déclarer"],
  ["« C'est une victoire pour tous les salariés », a lancé mercredi la secrétaire générale du syndicat.", "C'est une victoire pour tous les salariés", "direct", "la secrétaire générale du syndicat", "lancer"],
  ["« Il faudra du temps », ajoute-t-il.", "Il faudra du temps", "direct", "il", "ajouter"],
  ["« Nous allons porter plainte », lui a dit le directeur.", "Nous allons porter plainte", "direct", "le directeur", "dire"],
  ["« Personne ne nous a consultés », a regretté hier le maire de la commune, Jean Roux.", "Personne ne nous a consultés", "direct", "le maire de la commune, Jean Roux", "regretter"],
  ["« Ce projet est une erreur », a fustigé Marie Durand devant les élus.", "Ce projet est une erreur", "direct", "Marie Durand", "fustiger"],
  ["« Ce n'est qu'un début », a glissé un conseiller du ministre.", "Ce n'est qu'un début", "direct", "un conseiller du ministre", "glisser"],
  ["« On verra bien », a lâché l'entraîneur à la sortie du vestiaire.", "On verra bien", "direct", "l'entraîneur", "lâcher"],
  ["« Et pourquoi pas sur la Lune ? » a ironisé le candidat écologiste.", "Et pourquoi pas sur la Lune ?", "direct", "le candidat écologiste", "ironiser"],
  ["« C'est inacceptable », a tonné le président du conseil départemental.", "C'est inacceptable", "direct", "le président du conseil départemental", "tonner"],
  ["« La décision est prise », a tranché la présidente.", "La décision est prise", "direct", "la présidente", "trancher"],
  ["« Il faut aller plus loin », a renchéri son adjoint.", "Il faut aller plus loin", "direct", "son adjoint", "renchérir"],
  ["« Où est passé l'argent ? » s'est interrogé le rapporteur.", "Où est passé l'argent ?", "direct", "le rapporteur", "s'interroger"],
  ["Le chantier sera achevé en juin, a indiqué la mairie.", "Le chantier sera achevé en juin", "indirect", "la mairie", "indiquer"],
  ["Le suspect aurait agi seul, a estimé auprès de l'AFP l'expert Paul Girard.", "Le suspect aurait agi seul", "indirect", "l'expert Paul Girard", "estimer"],
  ["Deux blessés ont été transportés à l'hôpital, précise-t-on à la préfecture.", "Deux blessés ont été transportés à l'hôpital", "indirect", "la préfecture", "préciser"],
  ["L'usine produira des batteries « dès l'an prochain », explique le directeur du site.", "L'usine produira des batteries « dès l'an prochain »", "mixed", "le directeur du site", "expliquer"],
  ["Et, a-t-il déploré, la crise frappe d'abord les plus pauvres.", "la crise frappe d'abord les plus pauvres", "indirect", "il", "déplorer"],
  ["S'il assure que le projet est abandonné, le maire reste prudent.", "le projet est abandonné", "indirect", "il", "assurer"],
  ["Le directeur de l'établissement a visité les salles, en expliquant que les travaux étaient finis.", "les travaux étaient finis", "indirect", "Le directeur de l'établissement", "expliquer"],
  ["Dans la famille, Claire Martin, elle, explique que tout s'est bien passé.", "tout s'est bien passé", "indirect", "Claire Martin", "expliquer"],
  ["Le maire, s'exprimant devant la presse, a déclaré que les impôts baisseraient.", "les impôts baisseraient", "indirect", "Le maire", "déclarer"],
  ["Le ministre, dans un communiqué, a déclaré que la loi passerait.", "la loi passerait", "indirect", "Le ministre", "déclarer"],
  // a leading preposition phrase is no subject; an elided "s'" before a cue is "se", no "si" ending the content
  ["Sans dévoiler son choix, la ministre a visité l'usine, ajoutant que « la décision viendra vite ».", "la décision viendra vite", "direct", "la ministre", "ajouter"],
  ["La mairie a signalé au parquet qu'un agent s'était plaint d'insultes répétées.", "un agent s'était plaint d'insultes répétées", "indirect", "La mairie", "signaler"],
  // colon and quote marks after the cue
  ["Le ministre a déclaré : « Nous tiendrons nos engagements. »", "Nous tiendrons nos engagements.", "direct", "Le ministre", "déclarer"],
  ["Très émue, elle confie au Parisien que « cette victoire est celle de toute l'équipe ».", "cette victoire est celle de toute l'équipe", "direct", "elle", "confier"],
  ["La présidente a dénoncé « une campagne de dénigrement organisée ».", "une campagne de dénigrement organisée", "direct", "La présidente", "dénoncer"],
  // mixed: a content clause with quoted words
  ["Il a estimé que ces chiffres constituaient un « signal d'alarme » pour le gouvernement.", "ces chiffres constituaient un « signal d'alarme » pour le gouvernement", "mixed", "Il", "estimer"],
  ["Le syndicat a affirmé que la direction menait une politique « brutale et injuste ».", "la direction menait une politique « brutale et injuste »", "mixed", "Le syndicat", "affirmer"],
  ["Le maire a promis un « nouveau départ » pour le quartier.", "un « nouveau départ »", "mixed", "Le maire", "promettre"],
  ["Le préfet a qualifié la situation de « très préoccupante » lors de sa visite.", "la situation de « très préoccupante »", "mixed", "Le préfet", "qualifier"],
  // source markers
  ["Selon la police, trois personnes ont été interpellées.", "trois personnes ont été interpellées", "indirect", "la police", "selon"],
  ["Trois personnes ont été interpellées, selon le parquet de Lille.", "Trois personnes ont été interpellées", "indirect", "le parquet de Lille", "selon"],
  ["D'après l'Insee, le chômage a reculé au premier trimestre.", "le chômage a reculé au premier trimestre", "indirect", "l'Insee", "d'après"],
  ["Pour le ministre de l'Économie, la croissance sera au rendez-vous.", "la croissance sera au rendez-vous", "indirect", "le ministre de l'Économie", "pour"],
  ["Selon lui, le projet n'est pas viable.", "le projet n'est pas viable", "indirect", "lui", "selon"],
  ["Selon Claire Dumas, « l'usine tournera à plein régime dès lundi ».", "l'usine tournera à plein régime dès lundi", "direct", "Claire Dumas", "selon"],
  ["« Le dossier est clos », à en croire le porte-parole du club.", "Le dossier est clos", "direct", "le porte-parole du club", "à en croire"],
  // direct quotes: marks and layout
  ["« Nous sommes prêts », a déclaré la ministre, « mais il faudra du temps ».", "Nous sommes prêts", "direct", "la ministre", "déclarer"],
  ["« Nous sommes prêts », a déclaré la ministre, « mais il faudra encore du temps ».", "mais il faudra encore du temps", "direct", "la ministre", null],
  ["«Le texte sera voté avant l'été», a assuré le rapporteur.", "Le texte sera voté avant l'été", "direct", "le rapporteur", "assurer"],
  ["\u00AB\u202FLe texte sera voté avant l'été\u202F\u00BB, a assuré le rapporteur.", "Le texte sera voté avant l'été", "direct", "le rapporteur", "assurer"],
  ["\"Nous avons fait notre part du travail\", a déclaré Michel Bernard.", "Nous avons fait notre part du travail", "direct", "Michel Bernard", "déclarer"],
  ["« La réforme est nécessaire. Elle est juste. Elle sera menée à son terme », a martelé le Premier ministre.", "La réforme est nécessaire. Elle est juste. Elle sera menée à son terme", "direct", "le Premier ministre", "marteler"],
  ["« Il m'a dit “jamais”, et je l'ai cru », a raconté la victime.", "Il m'a dit “jamais”, et je l'ai cru", "direct", "la victime", "raconter"],
  ["« Le bilan est bon, a expliqué le maire. Nous ferons encore mieux l'an prochain. »", "Le bilan est bon", "direct", "le maire", "expliquer"],
  ["« Le bilan est bon, a expliqué le maire. Nous ferons encore mieux l'an prochain. »", "Nous ferons encore mieux l'an prochain.", "direct", "le maire", "expliquer"],
  ["„Wir schaffen das“, a rappelé la chancelière.", "Wir schaffen das", "direct", "la chancelière", "rappeler"],
];

const frenchNegatives: Array<[sentence: string, notQuote: string]> = [
  ["Les « gilets jaunes » ont de nouveau manifesté samedi.", "gilets jaunes"],
  ["Le film « La Grande Vadrouille » repasse ce soir à la télévision.", "La Grande Vadrouille"],
  ["Le ministre n'a pas dit que la réforme serait retirée.", "la réforme serait retirée"],
  ["Il faut dire que la saison a été difficile.", "la saison a été difficile"],
  ["Je pense que la réforme est nécessaire.", "la réforme est nécessaire"],
  ["Nous avons déclaré que nous serions candidats.", "nous serions candidats"],
  ["Il a rejeté les affirmations selon lesquelles la société serait en faillite.", "la société serait en faillite"],
  ["Pour de nombreux habitants, la route est devenue dangereuse.", "la route est devenue dangereuse"],
  ["Le ministre est revenu sur l'impôt sur la fortune, dont les « gilets jaunes » réclament le retour.", "Le ministre est revenu sur l'impôt sur la fortune, dont les « gilets jaunes »"],
  ["Le décret a été annoncé que mardi par voie de presse.", "mardi par voie de presse"],
];

const english: Row[] = [
  ["The mayor said that the bridge would reopen next month.", "the bridge would reopen next month", "indirect", "The mayor", "say"],
  ["Health Minister Anna Clarke said the hospital would hire 200 nurses.", "the hospital would hire 200 nurses", "indirect", "Health Minister Anna Clarke", "say"],
  ["She said she had not seen the report.", "she had not seen the report", "indirect", "She", "say"],
  ["The company's chief executive, Mark Olsen, told analysts that sales had doubled.", "sales had doubled", "indirect", "The company's chief executive, Mark Olsen", "tell"],
  ["Mark Olsen, the company's chief executive, said demand remained strong.", "demand remained strong", "indirect", "Mark Olsen, the company's chief executive", "say"],
  ["Police confirmed on Monday that two men had been arrested.", "two men had been arrested", "indirect", "Police", "confirm"],
  ["The union has warned that strikes could spread to other plants.", "strikes could spread to other plants", "indirect", "The union", "warn"],
  ["He insisted that the deal was fair.", "the deal was fair", "indirect", "He", "insist"],
  ["The minister denied that any money had changed hands.", "any money had changed hands", "indirect", "The minister", "deny"],
  ["Critics argue that the plan favours large landlords.", "the plan favours large landlords", "indirect", "Critics", "argue"],
  ["The senator also pointed out that the bill had bipartisan support.", "the bill had bipartisan support", "indirect", "The senator", "point out"],
  ["Officials acknowledged that the system had failed.", "the system had failed", "indirect", "Officials", "acknowledge"],
  ["The lawyer, who argued that the evidence was weak, plans to appeal.", "the evidence was weak, plans to appeal", "indirect", "The lawyer", "argue"],
  ["The governor visited the site and said the repairs would take weeks.", "the repairs would take weeks", "indirect", "The governor", "say"],
  ["The police chief was quoted as saying that officers had received several threats.", "officers had received several threats", "indirect", "The police chief", "say"],
  ["Revenues fell by 16 per cent this year, the company wrote in a report.", "Revenues fell by 16 per cent this year", "indirect", "the company", "write"],
  ["The coach defended his record, saying the team had improved every year.", "the team had improved every year", "indirect", "The coach", "say"],
  ["The firm said in a statement that it would cooperate with investigators.", "it would cooperate with investigators", "indirect", "The firm", "say"],
  ["Two people were injured, police said.", "Two people were injured", "indirect", "police", "say"],
  ["The plant will close in June, the company announced.", "The plant will close in June", "indirect", "the company", "announce"],
  ["“We are not going anywhere,” the mayor said.", "We are not going anywhere,", "direct", "the mayor", "say"],
  ["“The numbers speak for themselves,” said Laura Kim, a spokeswoman for the agency.", "The numbers speak for themselves,", "direct", "Laura Kim, a spokeswoman for the agency", "say"],
  ["“It is a sad day for the town,” he said.", "It is a sad day for the town,", "direct", "he", "say"],
  ["\"We will rebuild,\" she told reporters.", "We will rebuild,", "direct", "she", "tell"],
  ["“This is only the beginning,” she added.", "This is only the beginning,", "direct", "she", "add"],
  ["“Nobody saw it coming,” Smith admitted.", "Nobody saw it coming,", "direct", "Smith", "admit"],
  ["“Prices will keep rising,” warned Dr. Alan Reyes.", "Prices will keep rising,", "direct", "Dr. Alan Reyes", "warn"],
  ["“We have done everything we could. The rest is up to the courts,” the lawyer said.", "We have done everything we could. The rest is up to the courts,", "direct", "the lawyer", "say"],
  ["The governor said: “We will not back down.”", "We will not back down.", "direct", "The governor", "say"],
  ["‘The system works,’ the official said.", "The system works,", "direct", "the official", "say"],
  ["“It was the right call,” he said, “and I would make it again.”", "It was the right call,", "direct", "he", "say"],
  ["“It was the right call,” he said, “and I would make it again tomorrow.”", "and I would make it again tomorrow.", "direct", "he", null],
  ["The agency expressed “deep concern” over the detentions.", "deep concern", "direct", "The agency", "express"],
  ["She said the government was “deeply concerned” about the detentions.", "the government was “deeply concerned” about the detentions", "mixed", "She", "say"],
  ["He vowed that the city would be “merciless” with the gangs.", "the city would be “merciless” with the gangs", "mixed", "He", "vow"],
  ["According to the weather service, the storm will reach the coast tonight.", "the storm will reach the coast tonight", "indirect", "the weather service", "according to"],
  ["About 30 homes were damaged, according to local officials.", "About 30 homes were damaged", "indirect", "local officials", "according to"],
  ["For the union, the offer is an insult.", "the offer is an insult", "indirect", "the union", "for"],
  // unnamed sources and documents; the comma of "…,” according to X" inside the closing mark
  ["The bank plans to cut 300 jobs, according to people familiar with the matter.", "The bank plans to cut 300 jobs", "indirect", "people familiar", "according to"],
  ["Staff were told to expect “deep cuts to every desk,” according to the memo.", "Staff were told to expect “deep cuts to every desk,”", "mixed", "the memo", "according to"],
  ["The firm made two offers: one for the plant; and one for the brand, according to people close to the talks.", "The firm made two offers: one for the plant; and one for the brand", "indirect", "people close", "according to"],
  ["The report found that 40 per cent of schools needed repairs, the ministry said.", "The report found that 40 per cent of schools needed repairs", "indirect", "the ministry", "say"],
  ["The CEO explained that the delay came from a supplier.", "the delay came from a supplier", "indirect", "The CEO", "explain"],
  ["Although she said the plan was dead, the mayor kept it alive.", "the plan was dead", "indirect", "she", "say"],
  ["She told the Globe that she would run again.", "she would run again", "indirect", "She", "tell"],
  ["The researchers stressed that the results were preliminary.", "the results were preliminary", "indirect", "The researchers", "stress"],
  ["Investigators revealed that the fire started in the kitchen.", "the fire started in the kitchen", "indirect", "Investigators", "reveal"],
  ["Senator Cruz gingerly said the decision was an assessment for the voters.", "the decision was an assessment for the voters", "indirect", "Senator Cruz", "say"],
  ["The family said the boy had been found safe.", "the boy had been found safe", "indirect", "The family", "say"],
  ["He replied that he had no regrets.", "he had no regrets", "indirect", "He", "reply"],
  ["The agency later clarified that no data had been lost.", "no data had been lost", "indirect", "The agency", "clarify"],
  // an inverted subject with lower-case title words before the name
  ["Households spent an average of £420 on pets last year, said consumer research firm Mintor.", "Households spent an average of £420 on pets last year", "indirect", "consumer research firm Mintor", "say"],
  ["Sales rose 4% in the quarter, said chief executive Ann Lee.", "Sales rose 4% in the quarter", "indirect", "chief executive Ann Lee", "say"],
  ["There is real pride in the work, insists 16-year-old Maya Chen, in seeing a book through to print.", "in seeing a book through to print", "indirect", "16-year-old Maya Chen", "insist"],
  // a source phrase interposed after "that," belongs to neither the cue nor the quote
  ["The ministry said that, according to figures sent by the regions, unemployment fell.", "unemployment fell", "indirect", "The ministry", "say"],
  ["The bank said that, despite the cuts, lending would grow.", "despite the cuts, lending would grow", "indirect", "The bank", "say"],
  // "told" + hearer + a clause with no "that"
  ["The minister told reporters the talks would resume on Monday.", "the talks would resume on Monday", "indirect", "The minister", "tell"],
  ["The coach told him he would start on Saturday.", "he would start on Saturday", "indirect", "The coach", "tell"],
  // a coordinated cue with its own quoted words ends the first content clause
  ["The actor said he was retiring and then joked to the host, “Maybe I will come back next year.”", "he was retiring", "indirect", "The actor", "say"],
  ["The actor said he was retiring and then joked to the host, “Maybe I will come back next year.”", "Maybe I will come back next year.", "direct", "The actor", "joke"],
  // a sentence-opening phrase before ", said <name>" is the content, not the subject
  ["Cloud tools matter to every team, said Ana Ruiz, CEO and founder of hosting firm Datacove.", "Cloud tools matter to every team", "indirect", "Ana Ruiz", "say"],
  // a gerund cue right after an incise shares its speaker
  ["“We never planned this,” says the soft-spoken baker, noting that his shop began as a hobby.", "his shop began as a hobby", "indirect", "the soft-spoken baker", "note"],
  ["“We never planned this,” he said, noting that his shop began as a hobby.", "his shop began as a hobby", "indirect", "he", "note"],
  // content on both sides of a mid-sentence incise
  ["It is common, he explains, for a client to arrive with a list of demands.", "It is common", "indirect", "he", "explain"],
  ["It is common, he explains, for a client to arrive with a list of demands.", "for a client to arrive with a list of demands", "indirect", "he", "explain"],
  ["Too often, Mr. Hale said, the debate over mining turns tribal.", "the debate over mining turns tribal", "indirect", "Mr. Hale", "say"],
  // a subordinate clause before "X said, “…”" is the narrator's scene, the marks are the quote
  ["As the bell rang, the host said, “Welcome back to the show, everyone.”", "Welcome back to the show, everyone.", "direct", "the host", "say"],
  // an incise inside a parenthesis: the content starts after the "("
  ["The shop is busy (and yes, winter sales are a real thing, says Moore).", "and yes, winter sales are a real thing", "indirect", "Moore", "say"],
  ["The mayor left the room, saying in a statement that the vote was rigged.", "the vote was rigged", "indirect", "The mayor", "say"],
  // a hearer, then an infinitive: what the speaker urged or warned
  ["The police chief warned residents on Tuesday not to guess at the cause of the fire.", "not to guess at the cause of the fire", "indirect", "The police chief", "warn"],
  ["The coach told his players to stay calm.", "to stay calm", "indirect", "The coach", "tell"],
  ["The minister said prices would fall by the end of the year.", "prices would fall by the end of the year", "indirect", "The minister", "say"],
  ["The senator now says she opposes the deal.", "she opposes the deal", "indirect", "The senator", "say"],
  ["Even now at 86 she still says the town has never been kinder.", "the town has never been kinder", "indirect", "she", "say"],
  ["Advocates often say the formula hurts rural schools.", "the formula hurts rural schools", "indirect", "Advocates", "say"],
  // a quantity opens the content clause
  ["Police said more than 100 people were hurt in the clashes.", "more than 100 people were hurt in the clashes", "indirect", "Police", "say"],
  ["The company said fewer passengers had flown this winter.", "fewer passengers had flown this winter", "indirect", "The company", "say"],
  ["The official told reporters more than 80 per cent of requests are approved.", "more than 80 per cent of requests are approved", "indirect", "The official", "tell"],
  // a ", which" comment that runs to the end of the sentence is the narrator's; one closed by a comma is content
  ["Officials said approximately 900 people attended the rally, which was the largest in years.", "approximately 900 people attended the rally", "indirect", "Officials", "say"],
  ["The mayor said the bridge, which opened in 1990, would be repaired.", "the bridge, which opened in 1990, would be repaired", "indirect", "The mayor", "say"],
  ["He said the post would go to his deputy, who has run the unit since May.", "the post would go to his deputy, who has run the unit since May", "indirect", "He", "say"],
  ["Rents have doubled in a decade, a report suggests.", "Rents have doubled in a decade", "indirect", "a report", "suggest"],
  // manner-of-speaking cues, with a doubled final consonant where the spelling wants one
  ["“We will win this,” the coach crowed.", "We will win this,", "direct", "the coach", "crow"],
  ["“That is simply false,” the minister scoffed.", "That is simply false,", "direct", "the minister", "scoff"],
  ["“It was never about the money,” she confided to a friend.", "It was never about the money,", "direct", "she", "confide"],
  ["The treasurer confessed that the accounts had not been audited.", "the accounts had not been audited", "indirect", "The treasurer", "confess"],
  ["The senator quipped that the budget was “a work of fiction.”", "the budget was “a work of fiction.”", "mixed", "The senator", "quip"],
  ["The actor said he was retiring and then quipped to the host, “Maybe I will come back next year.”", "Maybe I will come back next year.", "direct", "The actor", "quip"],
  ["“Not again,” the goalkeeper snapped at the referee.", "Not again,", "direct", "the goalkeeper", "snap"],
  // a verb of being ends the subject phrase before a relative clause
  ["That would be Lena Ortiz, who later admitted that she had trained for years.", "she had trained for years", "indirect", "Lena Ortiz", "admit"],
  // the cue inside a relative clause: its noun is the content's subject, a finite verb follows the cue
  ["The firm closed two plants, a step the board said was overdue.", "was overdue", "indirect", "the board", "say"],
  ["The deficit, which the minister says is too high, keeps growing.", "is too high", "indirect", "the minister", "say"],
  ["He gave a speech that he said had taken weeks to write.", "had taken weeks to write", "indirect", "he", "say"],
  ["Rents rose again, in what the council says is a housing emergency.", "is a housing emergency", "indirect", "the council", "say"],
  // a clause with no "that" after adjuncts, and after verbs that mostly take objects (a subject pronoun or a finite verb soon)
  ["Smith said in a statement the company would appeal.", "the company would appeal", "indirect", "Smith", "say"],
  ["The company said Tuesday it would appeal the ruling.", "it would appeal the ruling", "indirect", "The company", "say"],
  ["She also noted the school had received a grant.", "the school had received a grant", "indirect", "She", "note"],
  ["The firm concluded it could no longer operate there.", "it could no longer operate there", "indirect", "The firm", "conclude"],
  ["The clerk told reporters more than half of all claims go unpaid.", "more than half of all claims go unpaid", "indirect", "The clerk", "tell"],
  ["The premier urged voters to reject the cuts.", "to reject the cuts", "indirect", "The premier", "urge"],
  ["The union called on the government to release the report.", "to release the report", "indirect", "The union", "call on"],
  // a participle aside between the subject and its cue
  ["The mayor, speaking to reporters on Monday, said the city would not raise taxes.", "the city would not raise taxes", "indirect", "The mayor", "say"],
  ["The minister, citing budget pressures, said the program would end.", "the program would end", "indirect", "The minister", "say"],
  // the content ends before the narrator's aside after a dash, and before the circumstance of the saying
  ["The minister said the plan had failed — the third setback this year.", "the plan had failed", "indirect", "The minister", "say"],
  ["The mayor said the bridge — which opened in 1990 — would be repaired.", "the bridge — which opened in 1990 — would be repaired", "indirect", "The mayor", "say"],
  ["The agency said most of the gaps had been filled — with the exception of one region.", "most of the gaps had been filled — with the exception of one region", "indirect", "The agency", "say"],
  ["He shook his head and said no when reporters asked if the deal was done.", "no", "indirect", "He", "say"],
  ["She said prices would fall when the new plant opens.", "prices would fall when the new plant opens", "indirect", "She", "say"],
  // a compound noun after the incise's adjunct
  ["“This is a great day for the city,” Mayor Ann Cole said in a news release.", "This is a great day for the city,", "direct", "Mayor Ann Cole", "say"],
  // ", and" with a past verb and no subject goes back to the speaker
  ["The coach said the team had not been ready, and walked out of the room.", "the team had not been ready", "indirect", "The coach", "say"],
  // a reflexive object leaves the quoted words to the cue
  ["She described herself as “short of breath” after the race.", "“short of breath” after the race", "mixed", "She", "describe"],
  ["He spoke of “a betrayal by the party.”", "a betrayal by the party.", "direct", "He", "speak"],
  // asides between the subject and its cue: a preposition phrase, a sentence adverb; a hearer before a colon
  ["The ministry, in a statement, said the outbreak was under control.", "the outbreak was under control", "indirect", "The ministry", "say"],
  ["Jones, however, said the deal was fair.", "the deal was fair", "indirect", "Jones", "say"],
  ["The report, released on Tuesday, said the river was polluted.", "the river was polluted", "indirect", "The report", "say"],
  ["The union has long argued that wages are too low.", "wages are too low", "indirect", "The union", "argue"],
  ["Nonetheless, she waved from the stage and, without missing a beat, told the crowd she was “thrilled to be home.”", "she was “thrilled to be home.”", "mixed", "she", "tell"],
  ["The minister told reporters: “We will not retreat.”", "We will not retreat.", "direct", "The minister", "tell"],
  // a cue-form noun after a determiner, or a cue without its particle, does not stop the search for "that"
  ["The watchdog, which concluded in a 2002 report that retailers needed to be more transparent, was praised.", "retailers needed to be more transparent, was praised", "indirect", "The watchdog", "conclude"],
  ["Her lawyer, Ann Moss, said in an email to the agency that her client never meant any harm.", "her client never meant any harm", "indirect", "Her lawyer, Ann Moss", "say"],
  ["The investor blasted the payout on an investor conference call as “morally wrong.”", "the payout on an investor conference call as “morally wrong.”", "mixed", "The investor", "blast"],
  // "claims" here is a noun of the hearer's clause, no cue of a relative clause
  ["Sources told the agency the Russian and Syrian claims are false.", "the Russian and Syrian claims are false", "indirect", "Sources", "tell"],
  // a bare number followed by a word opens a clause as before; "counsel" is a noun
  ["The mill owner said 344 members of the union went on strike at the plant.", "344 members of the union went on strike at the plant", "indirect", "The mill owner", "say"],
  ["According to the filing, the committee's counsel said it needed two months to weigh the offer.", "it needed two months to weigh the offer", "indirect", "the committee's counsel", "say"],
  // a hearer of three capitalised words, then the clause's own subject
  ["He told Reuters IBC President Jorio Dauster has confirmed the deal.", "Jorio Dauster has confirmed the deal", "indirect", "He", "tell"],
  // a passive cue after a subordinator does not end the content
  ["The sprinter insisted he will be happy if he is charged, so he can clear his name.", "he will be happy if he is charged, so he can clear his name", "indirect", "The sprinter", "insist"],
  // a noun of saying after the cue, then its clause
  ["The budget office added the weighty caveat that the figures assume the line opens on time.", "the figures assume the line opens on time", "indirect", "The budget office", "add"],
  // a number after "that" opens a clause
  ["The retailer said that 2,223,996 shares had been tendered.", "2,223,996 shares had been tendered", "indirect", "The retailer", "say"],
  // a two-word clause after "that" is a clause, and so is a name set off by commas
  ["Experts warned that Canada, long seen as safe, was suddenly at risk.", "Canada, long seen as safe, was suddenly at risk", "indirect", "Experts", "warn"],
  ["The minister said that nobody knows.", "nobody knows", "indirect", "The minister", "say"],
  // a number with separators opens the content
  ["The correspondent said 2,000 people had turned out to welcome the hunt.", "2,000 people had turned out to welcome the hunt", "indirect", "The correspondent", "say"],
  // names set off by commas, then a plain predicate, before ", said X": an incise after all
  ["Two former directors, Ann Lee and Bo Park, remain defendants in the case, said the newspaper.", "Two former directors, Ann Lee and Bo Park, remain defendants in the case", "indirect", "the newspaper", "say"],
  // a modal cue is narrated past only with a narrative adverb
  ["The governor would later say that the order was a mistake.", "the order was a mistake", "indirect", "The governor", "say"],
  // a phrase and a name set off by commas before a cue is its subject, not an incise's content
  ["The head of the union, Maria Lopez, condemned the closure, saying that workers had been betrayed.", "workers had been betrayed", "indirect", "The head of the union, Maria Lopez", "say"],
];

const englishNegatives: Array<[sentence: string, notQuote: string]> = [
  ["The film “Gone With the Wind” returns to theatres this week.", "Gone With the Wind"],
  ["Fans of the “Super Mario” series lined up overnight.", "Super Mario"],
  ["The minister did not say that the tax would rise.", "the tax would rise"],
  ["He never said that the plant would close.", "the plant would close"],
  ["I said that the meeting was over.", "the meeting was over"],
  ["We told them that the offer was final.", "the offer was final"],
  ["“It was a long day,” I said.", "It was a long day,"],
  ["The arrest was described as “basically a kidnapping” in state media.", "the arrest"],
  ["The reports said little about the costs.", "little about the costs"],
  ["The so-called “experts” were wrong again.", "experts"],
  ["He declined to say whether the talks had failed.", "whether the talks had failed"],
  ["The senator mocked his rival for claiming that he had never paid taxes.", "he had never paid taxes"],
  ["The budget office added a surcharge for the new wing, given the delays.", "a surcharge for the new wing"],
  ["Combined with rising rents, the budget cuts only add to the hardship.", "Combined with rising rents"],
  ["The firm wrote off holdings worth millions of euros.", "holdings worth millions of euros"],
  ["The ministry said that, according to figures sent by the regions, unemployment fell.", "The ministry said that"],
  ["Prices climbed 3%, said analysts at the bank.", "analysts at the bank"],
  ["Teenagers had an income of £775, said market research.", "market research"],
  ["The couple received a letter from the ministry informing them that the file had been reopened.", "the file had been reopened"],
  ["He said more about the plan on Tuesday.", "more about the plan"],
  ["As the bell rang, the host said, “Welcome back to the show, everyone.”", "As the bell rang"],
  ["Greene pursued recipe writing in a way that only could have worked in the past.", "only could have worked in the past"],
  ["Officials have reported little progress but are hopeful that a deal will be struck.", "a deal will be struck"],
  ["For Morales, who knows the trade, the shop is a labour of love.", "the shop is a labour of love"],
  ["Cloud tools matter to every team, said Ana Ruiz, CEO and founder of hosting firm Datacove.", "CEO and founder of hosting firm Datacove"],
  ["The bid will fail, sources said, and as staff worry about cuts the talks drag on.", "and as staff worry about cuts the talks drag on"],
  // a modal makes the cue a hypothesis or a plan; "you" is the reader
  ["If asked, the council would say that the budget was balanced.", "the budget was balanced"],
  ["The mayor will announce on Friday that the plan is dead.", "the plan is dead"],
  ["Should the board tell him that the deal is off, he will resign.", "the deal is off"],
  ["Did the minister say that taxes would rise?", "taxes would rise"],
  ["What he said was true.", "was true"],
  ["Later that year, what the book says is there was a deep mistrust.", "is there was a deep mistrust"],
  ["He expected that his company's total claims would be smaller this year.", "would be smaller this year"],
  ["Downing Street has denied the claims, made in a new book about the advice.", "the claims, made in a new book"],
  ["The embassy maintains its own air quality monitor and reported Wednesday that the air was bad.", "its own air quality monitor"],
  ["Growth was weak, suggesting a much more hesitant recovery than had previously been thought.", "a much more hesitant recovery"],
  ["Hill announces June retirement Former club captain Sam Hill has announced he will stop playing.", "June retirement Former"],
  ["On Wall Street, the Nasdaq added 20.72 points, or 0.24%, to 8,570.66.", "20.72 points"],
  ["The two siblings agreed to an interview, but only if they could do it together.", "could do it together"],
  ["She said if the senator can get his message out, he could win.", "can get his message out"],
  ["The lights give the city its starry night back, which reminds us of what we are missing.", "us of what we are missing"],
  ["The label has denied the singer’s claims, saying they were shocking.", "the singer’s claims"],
  ["Several studies have found that maintaining a regular eating pattern helps sleep.", "a regular eating pattern helps sleep"],
  ["Related posts: the ten best hikes in the region, ranked by readers.", "the ten best hikes"],
  ["The senator decried that math, saying the numbers were wrong.", "math"],
  ["The company said June 29 will be the record date for the meeting.", "29 will be the record date"],
  ["But he added night sessions would not change the plan.", "sessions would not change the plan"],
  ["The firm added a premium that buyers will pay over ten years.", "buyers will pay"],
  ["Network denies sitcom comeback The network has said there are no plans for a new series.", "sitcom comeback The network"],
  ["The stock added more than 2% to begin the week.", "more than 2%"],
  ["China called on the United States to remove curbs on its exports.", "States to remove"],
  ["It will exchange shares for each of its senior notes due May 15, 1990.", "due May 15"],
  ["In one briefing note she was warned that the exam was too easy.", "she was warned"],
  ["The scientist declined to answer further questions, citing the patent dispute.", "declined to answer"],
  ["The more he pushes these serial whines, the closer he gets to the vote.", "the closer he gets"],
  ["The rift is unclear, and he lost touch with his family, possibly for religious reasons.", "The rift is unclear"],
  ["The startup, said to be worth two billion dollars, is hiring.", "to be worth"],
  ["That said, the plan still has flaws.", "the plan still has flaws"],
  ["As I said, the deal is done.", "the deal is done"],
  ["An annual city report found that spending had slowed.", "spending had slowed"],
  ["The firm reported receiving 300 dollars in “risk mitigation” payments last year.", "risk mitigation"],
  ["And despite the warnings about the debt, he pledged to fund it, in part, by borrowing.", "And despite the warnings about the debt"],
  ["Democrats also denied Republicans the votes needed to pass the bill.", "Republicans the votes"],
  ["Officials have reported little progress on the talks.", "little progress"],
  ["She writes about style and culture and answers questions.", "and culture"],
  ["The group wrote a letter asking the minister to act.", "a letter asking"],
  ["The ministry announced it on Monday.", "it on Monday"],
  ["The firm confirmed the deal on Friday.", "the deal on Friday"],
  ["Among the aims was a new desk, as well as adding that it would hire locally.", "it would hire locally"],
  ["What the report says is alarming.", "is alarming"],
  ["You can also suggest that your partner take the lead.", "your partner take the lead"],
  ["When you say you want change, people listen.", "you want change"],
  ["The head of the union, Maria Lopez, condemned the closure, saying that workers had been betrayed.", "The head of the union"],
];

describe("French quotes", () => {
  it.each(french)("%s", (...row) => expectQuote("fr", row as Row));
  it.each(frenchNegatives)("no quote in: %s", (sentence, notQuote) => {
    expect(found(sentence, "fr").map((q) => q.text)).not.toContain(notQuote);
  });
});

describe("English quotes", () => {
  it.each(english)("%s", (...row) => expectQuote("en", row as Row));
  it.each(englishNegatives)("no quote in: %s", (sentence, notQuote) => {
    const texts = found(sentence, "en").map((q) => q.text.toLowerCase());
    expect(texts.some((t) => t.includes(notQuote.toLowerCase()))).toBe(false);
  });
});
