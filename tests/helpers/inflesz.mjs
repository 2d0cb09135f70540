/**
 * Spanish readability: the Szigriszt-Pazos perspicuity index read on the
 * INFLESZ scale (Barrio-Cantalejo and others, 2008), the Spanish counterpart
 * of the English Flesch-Kincaid check:
 *
 *   index = 206.835 - 62.3 * (syllables / words) - (words / sentences)
 *
 *   INFLESZ: below 40 muy difícil, 40-55 algo difícil, 55-65 normal,
 *            65-80 bastante fácil, above 80 muy fácil.
 *
 * Syllables come from `hyphen` with its Spanish (TeX) patterns, which break
 * a word between its syllables. Those patterns never leave one letter alone
 * at either end of a word ("agua", not "a-gua") nor split two vowels in
 * hiatus ("leer", "día"), so each piece is counted by its vowel nuclei:
 * a run of vowels is one nucleus (a diphthong), plus one for each pair of
 * strong vowels (a, e, o) side by side, and for an accented í or ú beside
 * another vowel. The silent u of que, qui, gue and gui is not a vowel.
 */
import hyphenEs from 'hyphen/es/index.js';

const { hyphenateSync } = hyphenEs;
const STRONG = 'aeoáéó';
const VOWELS = 'aeiouáéíóúü';

/** Vowel nuclei in a piece of a word. */
function nuclei(piece) {
  const w = piece
    .toLowerCase()
    .replace(/([qg])u([eiéí])/g, '$1$2')
    .replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const ch of w) {
    if (!VOWELS.includes(ch)) {
      previous = '';
      continue;
    }
    if (!previous) count += 1;
    else if ((STRONG.includes(ch) && STRONG.includes(previous)) || 'íú'.includes(ch) || 'íú'.includes(previous)) count += 1;
    previous = ch;
  }
  return count;
}

/** Syllables of one Spanish word (at least one). Digits read as a word of two syllables ("diez", "treinta"). */
export function syllablesEs(word) {
  const letters = word.replace(/[^a-záéíóúüñ]/gi, '');
  if (!letters) return /\d/.test(word) ? 2 : 0;
  const pieces = hyphenateSync(letters, { hyphenChar: '-', minWordLength: 1 }).split('-');
  return Math.max(
    1,
    pieces.reduce((sum, piece) => sum + Math.max(1, nuclei(piece)), 0),
  );
}

export const wordsEs = (text) => text.split(/\s+/).filter((w) => /[a-záéíóúüñ0-9]/i.test(w));

/** Sentences end at . ! ? or : before a capital; a list item without one is one sentence. */
export const sentencesEs = (text) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsEs(s).length > 0);

/** The Szigriszt-Pazos index of some passages, with the counts it came from. */
export function inflesz(passages) {
  let sentenceCount = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const passage of passages) {
    for (const sentence of sentencesEs(passage)) {
      sentenceCount += 1;
      for (const word of wordsEs(sentence)) {
        wordCount += 1;
        syllableCount += syllablesEs(word);
      }
    }
  }
  const index = 206.835 - 62.3 * (syllableCount / wordCount) - wordCount / sentenceCount;
  return { index, words: wordCount, sentences: sentenceCount, syllables: syllableCount };
}

/** The INFLESZ band of an index. */
export function band(index) {
  if (index > 80) return 'muy fácil';
  if (index >= 65) return 'bastante fácil';
  if (index >= 55) return 'normal';
  if (index >= 40) return 'algo difícil';
  return 'muy difícil';
}
