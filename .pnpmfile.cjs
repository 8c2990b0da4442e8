// pnpm hooks for this workspace. beforePacking shapes the package.json that `pnpm pack` and
// `pnpm publish` put in a tarball: users get no build or test scripts (they only run here) and no
// devDependencies (one of them, @pinkit/test-support, is private and on no registry).
//
// The dependency maps are sorted by name because pnpm rewrites `workspace:^` ranges concurrently
// and keeps them in the order the lookups finished: the same release could otherwise ship a
// package.json whose bytes differ from the last one's.
const DEPENDENCY_MAPS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta'];

function sortedByName(map) {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.scripts;
      delete manifest.devDependencies;
      for (const field of DEPENDENCY_MAPS) {
        if (manifest[field] && typeof manifest[field] === 'object') manifest[field] = sortedByName(manifest[field]);
      }
      return manifest;
    },
  },
};
