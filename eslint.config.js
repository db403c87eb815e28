import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      'bench/results/**',
      'scratch*/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The launchers and the build script run in Node as plain JavaScript.
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['audiences/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'child_process', 'os'],
              message: 'audiences/ is the pure domain: no I/O.',
            },
            {
              group: ['express', 'handlebars', 'pino*', 'kysely', 'better-sqlite3', 'pg'],
              message: 'audiences/ is the pure domain.',
            },
            {
              group: ['google-ads-api', 'facebook-nodejs-business-sdk', 'linkedin-api-client'],
              message: 'SDKs belong in server/connectors.',
            },
            {
              group: ['../server/*', '../../server/*', '../../../server/*'],
              message: 'audiences/ must not import server/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'audiences/ reads no environment.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'audiences/ is deterministic: take time as an argument.' },
        { object: 'Math', property: 'random', message: 'audiences/ is deterministic.' },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
)
