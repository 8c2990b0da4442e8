// Words the seeded demo data is made of. Link domains use example.* hosts so that nothing
// seeded ever points at a real site.

export interface BoardTheme {
  name: string;
  description: string;
  domain: string;
  nouns: readonly [string, ...string[]];
  sections: readonly [string, string];
}

export const THEMES: readonly [BoardTheme, ...BoardTheme[]] = [
  {
    name: 'Summer recipes',
    description: 'Light dishes for warm evenings',
    domain: 'recipes.example.com',
    nouns: ['lemon tart', 'grilled peaches', 'gazpacho', 'herb salad', 'iced tea', 'berry galette'],
    sections: ['Desserts', 'Mains'],
  },
  {
    name: 'Garden ideas',
    description: 'Small spaces, big harvests',
    domain: 'garden.example.org',
    nouns: ['raised bed', 'herb spiral', 'trellis', 'rain barrel', 'pollinator border', 'seed tray'],
    sections: ['Vegetables', 'Flowers'],
  },
  {
    name: 'Travel wishlist',
    description: 'Places to see next',
    domain: 'travel.example.net',
    nouns: ['harbour walk', 'mountain hut', 'night market', 'coastal trail', 'old town', 'island ferry'],
    sections: ['Europe', 'Asia'],
  },
  {
    name: 'Home office',
    description: 'Desks, light and calm',
    domain: 'interiors.example.com',
    nouns: ['standing desk', 'cable tray', 'reading lamp', 'shelf wall', 'plant corner', 'pinboard'],
    sections: ['Desks', 'Storage'],
  },
  {
    name: 'Woodworking',
    description: 'Weekend projects',
    domain: 'makers.example.org',
    nouns: ['dovetail box', 'cutting board', 'stool', 'wall shelf', 'workbench', 'spoon'],
    sections: ['Joinery', 'Finishes'],
  },
];

export const ADJECTIVES = ['Easy', 'Rustic', 'Minimal', 'Classic', 'Bright', 'Cozy', 'Quick', 'Simple'] as const;

export const PHRASES = [
  'Saved for later.',
  'Step by step, with photos.',
  'Works well on a budget.',
  'A favourite from last year.',
  'Try this on a slow Sunday.',
  'Notes and a printable list inside.',
] as const;
