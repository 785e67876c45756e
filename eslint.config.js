// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Modules the headless core must never reach: the view layer and its runtimes. */
const forbiddenInCore = [
  { name: 'phaser', message: 'src/core est headless : pas de Phaser.' },
  { name: 'howler', message: 'src/core est headless : seul src/audio importe howler.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-bare/', 'dist-packages/', 'artifacts/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInCore,
          patterns: [
            { group: ['phaser/*', 'howler/*'], message: 'src/core est headless.' },
            {
              group: ['**/game/**', '**/ui/**', '**/audio/**', '**/cli/**'],
              message: 'src/core ne dépend d’aucune couche de présentation.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core est headless : pas de DOM.' },
        { name: 'document', message: 'src/core est headless : pas de DOM.' },
        { name: 'localStorage', message: 'src/core est headless : stockage injecté.' },
        { name: 'indexedDB', message: 'src/core est headless : stockage injecté.' },
        { name: 'navigator', message: 'src/core est headless : pas de DOM.' },
        { name: 'setTimeout', message: 'src/core ne gère pas le temps réel : horloge injectée.' },
        { name: 'setInterval', message: 'src/core ne gère pas le temps réel : horloge injectée.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'RNG injecté : utiliser le RNG seedé du contexte.' },
        { object: 'Date', property: 'now', message: 'Horloge injectée : pas de Date.now dans src/core.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Horloge injectée : pas de new Date() sans argument dans src/core.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/audio/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'howler', message: 'Seul src/audio importe howler.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
      },
    },
  },
);
