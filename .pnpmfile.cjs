// pnpm hooks for this workspace. beforePacking shapes the package.json that `pnpm pack` and
// `pnpm publish` put in a tarball: users get no build or test scripts (they only run here) and no
// devDependencies (one of them, @pinkit/test-support, is private and on no registry).
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
