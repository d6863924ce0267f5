// ESLint flat config: typescript-eslint with type information for .ts files (it catches floating
// promises and wrong `await`s that a type check alone accepts), and eslint-plugin-astro for .astro
// components (without type information: see their block below).
// No stylistic rules here and no formatter in the project: code follows the surrounding style (.editorconfig).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // tests/fixtures/ holds hostile inputs (a .js payload under public/images/ among them): data, not project code.
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'bench/tmp/', 'src/schemas/generated/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Unused names are errors, except ones deliberately ignored with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Code that runs in the browser (bundled by Astro): browser globals, not Node's.
    files: ['src/scripts/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // .astro files without type information: astro-eslint-parser cannot use the project service,
    // and with `project` typescript-eslint rebuilt the type checker for every component (20 of
    // lint's 28 s for 40 files, on the critical path of npm test). `astro check` types the
    // components; ESLint still runs its other rules on them. The pages are thin: logic with
    // promises lives in src/lib/ and src/scripts/, which keep the typed rules.
    files: ['**/*.astro'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false, project: false } },
  },
  {
    // Plain JavaScript config files have no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
