// ESLint flat config: typescript-eslint with type information (it catches floating promises and
// wrong `await`s that a type check alone accepts) and eslint-plugin-astro for .astro components.
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
    files: ['**/*.astro'],
    // astro-eslint-parser takes `project`, not the project service.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    // The parser gives template markup (<li>…</li> inside {items.map(…)}) no type, so every
    // callback that returns markup would be an "unsafe return"; astro check types the templates.
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    // Plain JavaScript config files have no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
