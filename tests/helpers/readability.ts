/**
 * Flesch-Kincaid grade level, computed here so the test needs no package:
 *
 *   grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
 *
 * Syllables are counted with the usual English heuristic: groups of vowels
 * (y counts as a vowel), less a silent final "e" and "es"/"ed" endings; at
 * least one per word. It is an estimate,
 * as every automatic syllable count is, and errs slightly high on long words.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
}

/** Splits prose into sentences at . ! ? (a list item without one is one sentence). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function fleschKincaidGrade(passages: string[]): number {
  let sentenceCount = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const passage of passages) {
    for (const sentence of sentences(passage)) {
      sentenceCount += 1;
      for (const word of words(sentence)) {
        wordCount += 1;
        syllableCount += syllables(word);
      }
    }
  }
  return 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
}
