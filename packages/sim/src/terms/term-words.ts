// The simulator's "popular searches": a small fixed list, so related and suggested terms are the
// same on every run. Terms with no phrase of their own get the generic completions below.

export const POPULAR_PHRASES: readonly string[] = [
  'workout',
  'workout motivation',
  'workout plan',
  'home workout',
  'yoga workout',
  'one song workout',
  'sports bar',
  'sportswear',
  'sports nutrition',
  'summer recipes',
  'summer outfits',
  'summer nails',
  'easy recipes',
  'dinner recipes',
  'healthy recipes',
  'garden ideas',
  'garden design',
  'garden party',
  'vegetable garden',
  'small garden',
  'travel wishlist',
  'travel tips',
  'travel outfits',
  'road trip',
  'clothes',
  'cute clothes',
  'clothes organization',
  'shoes',
  'home decor',
  'home office',
  'living room ideas',
  'wedding dress',
  'wedding ideas',
  'birthday cake',
  'christmas decor',
];

/** Completions for a term: `<term> ideas`, `<term> aesthetic`, ... */
export const SUFFIXES: readonly string[] = ['ideas', 'aesthetic', 'inspiration', 'diy', 'tips', 'for beginners', 'quotes', 'trends'];

/** Phrases around a term: `easy <term>`, ... */
export const PREFIXES: readonly string[] = ['easy', 'cute', 'simple', 'modern'];
