// The most frequent English function words (articles, pronouns, prepositions, conjunctions,
// auxiliaries), from frequency lists of English newswire. Lower case.
export const stopwords = [
  "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "so", "nor", "if", "than", "as",
  "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "over", "after", "before", "between",
  "he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "us", "me", "his", "its", "their", "our", "your", "my",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
  "can", "could", "should", "may", "might", "must", "not", "no", "which", "who", "whom", "whose", "what", "when",
  "where", "there", "here", "also", "very", "all", "more", "most", "just", "only", "such", "up", "out",
] as const;
