// Common first names in France, Belgium, Switzerland and Quebec, with their usual gender, written
// from memory of the most frequent given names of the last seventy years (INSEE name
// statistics give the same picture) plus names frequent in French news (public figures of
// the Maghreb and sub-Saharan Africa). Used for the gender of a pronoun's antecedent and to tell
// a person's name from other capitalised words. The speaker stage reads every language's list.
export const firstNames = {
  male: [
    "Adrien", "Alain", "Alexandre", "Alexis", "Antoine", "Arnaud", "Arthur", "Aurélien", "Axel", "Baptiste",
    "Benoît", "Benjamin", "Bernard", "Bertrand", "Bruno", "Cédric", "Charles", "Christian", "Christophe",
    "Claude", "Clément", "Cyril", "Damien", "Daniel", "David", "Denis", "Didier", "Dominique", "Édouard",
    "Edouard", "Emmanuel", "Éric", "Eric", "Étienne", "Fabien", "Fabrice", "Florent", "Florian", "Francis",
    "François", "Franck", "Frédéric", "Gabriel", "Gaël", "Gaëtan", "Georges", "Gérald", "Gérard", "Gilbert",
    "Gilles", "Grégoire", "Grégory", "Guillaume", "Guy", "Henri", "Hervé", "Hugo", "Hugues", "Jacques",
    "Jean", "Jean-Baptiste", "Jean-Christophe", "Jean-Claude", "Jean-François", "Jean-Luc",
    "Jean-Marc", "Jean-Marie", "Jean-Michel", "Jean-Paul", "Jean-Pierre", "Jean-Louis", "Jean-Yves", "Jérôme",
    "Joël", "Jordan", "Julien", "Laurent", "Léo", "Lionel", "Loïc", "Louis", "Luc", "Lucas", "Ludovic", "Manuel",
    "Marc", "Marcel", "Mathieu", "Matthieu", "Maxime", "Michel", "Nicolas", "Noël", "Olivier", "Pascal",
    "Patrice", "Patrick", "Paul", "Philippe", "Pierre", "Raphaël", "Raymond", "Régis", "Rémi", "Rémy", "Renaud",
    "René", "Richard", "Robert", "Roger", "Romain", "Samuel", "Sébastien", "Serge", "Simon", "Stéphane",
    "Sylvain", "Théo", "Thibault", "Thierry", "Thomas", "Tristan", "Valentin", "Valéry", "Vincent", "Xavier",
    "Yannick", "Yann", "Yves", "Geoffroy", "Arnaud", "Benoit", "Jérémy", "Jérémie", "Kévin",
    "Anthony", "Quentin", "Mickaël", "Gaspard", "Édouard", "Marius", "Jules", "Lucien", "Émile", "Fernand",
    "Mohamed", "Mohammed", "Ahmed", "Ali", "Karim", "Rachid", "Mehdi", "Youssef", "Nabil", "Samir", "Farid",
    "Habib", "Hassan", "Hichem", "Kamel", "Mourad", "Omar", "Slimane", "Tarik", "Abdelaziz", "Abdel", "Moussa",
    "Mamadou", "Ibrahim", "Luca", "Marco", "Paolo", "Giovanni", "Antonio", "Francesco", "Stefano", "Alessandro", "Lorenzo", "Carlo", "Enrico", "Fabio", "Roberto", "Sergio", "Diego", "Javier", "Pablo", "Rafael", "Alfonso", "Andrés", "Amadou", "Cheikh", "Lotfi", "Ajmi", "Béji", "Kaïs", "Moncef",
  ],
  female: [
    "Agnès", "Alice", "Aline", "Amandine", "Amélie", "Anne", "Anne-Marie", "Anne-Sophie", "Annick", "Audrey",
    "Aurélie", "Béatrice", "Bernadette", "Brigitte", "Camille", "Carole", "Caroline", "Catherine", "Cécile",
    "Céline", "Chantal", "Charlotte", "Chloé", "Christelle", "Christiane", "Christine", "Claire", "Clara",
    "Claudine", "Colette", "Corinne", "Danielle", "Delphine", "Denise", "Élisabeth", "Elisabeth",
    "Élise", "Emma", "Émilie", "Emilie", "Estelle", "Éliane", "Fabienne", "Florence", "Françoise", "Geneviève",
    "Hélène", "Inès", "Isabelle", "Jacqueline", "Jeanne", "Jeanine", "Josiane", "Josette", "Julie", "Juliette",
    "Karine", "Laetitia", "Laure", "Laurence", "Léa", "Lucie", "Manon", "Margaux", "Marguerite", "Marie",
    "Marie-Christine", "Marie-France", "Marie-Noëlle", "Marine", "Marion", "Marlène", "Martine", "Mathilde",
    "Michèle", "Micheline", "Monique", "Muriel", "Mylène", "Myriam", "Nadine", "Nathalie", "Nicole", "Noémie",
    "Océane", "Odile", "Pascale", "Patricia", "Pauline", "Rachida", "Sabine", "Sandrine", "Sarah", "Ségolène",
    "Séverine", "Simone", "Solène", "Sophie", "Stéphanie", "Suzanne", "Sylvie", "Valérie", "Véronique",
    "Virginie", "Yvette", "Yvonne", "Élodie", "Agathe", "Anaïs", "Clémence", "Éléonore", "Gabrielle", "Léonie",
    "Louise", "Maëlle", "Marianne", "Najat", "Fatima", "Leïla", "Nadia", "Samia", "Yasmina", "Aïcha", "Amina",
    "Khadija", "Fatou", "Aminata", "Pia", "Roselyne", "Marisol", "Barbara", "Aurore", "Élisabeth",
  ],
} as const;
