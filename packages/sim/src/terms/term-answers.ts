import { POPULAR_PHRASES, PREFIXES, SUFFIXES } from './term-words.js';

const normalise = (term: string) => term.trim().toLowerCase().replace(/\s+/g, ' ');

/** The popular searches that begin with `term` ('sport' gives 'sports bar', not 'motor sports'), then completions. */
export function suggestedTerms(term: string, limit: number): string[] {
  const start = normalise(term);
  const known = POPULAR_PHRASES.filter((phrase) => phrase.startsWith(start) && phrase !== start);
  return unique([...known, ...SUFFIXES.map((suffix) => `${start} ${suffix}`)]).slice(0, limit);
}

/** Searches that contain `term` as whole words, then phrases built around it; always five. */
export function relatedTerms(term: string): string[] {
  const word = normalise(term);
  const known = POPULAR_PHRASES.filter((phrase) => phrase !== word && ` ${phrase} `.includes(` ${word} `));
  const built = [...PREFIXES.map((prefix) => `${prefix} ${word}`), ...SUFFIXES.map((suffix) => `${word} ${suffix}`)];
  return unique([...known, ...built]).slice(0, 5);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
