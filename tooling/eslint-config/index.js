// Shared lint rules for every pinkit package. Type-aware rules stay off so that `pnpm lint`
// runs in seconds without a build; `pnpm typecheck` covers what the compiler knows.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/build/**', '**/node_modules/**', '**/.turbo/**', '**/generated/**', '**/coverage/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // Only the CLI, the examples and the tooling scripts talk to a terminal.
    files: ['apps/**', 'tooling/scripts/**', '**/scripts/**', '**/*.test.ts', '**/bin/**'],
    rules: { 'no-console': 'off' },
  },
);
