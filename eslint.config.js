import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NO_HTML_FROM_STRINGS = [
  ['MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', 'innerHTML and outerHTML'],
  ["CallExpression[callee.property.name='insertAdjacentHTML']", 'insertAdjacentHTML'],
  ["CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", 'document.write'],
  ["JSXAttribute[name.name='dangerouslySetInnerHTML']", 'dangerouslySetInnerHTML'],
].map(([selector, what]) => ({ selector, message: `${what}: build DOM nodes, never HTML from strings.` }));

export default tseslint.config(
  { ignores: ['dist', '.dependency-cruiser.cjs', 'node_modules', 'test-results', 'playwright-report', 'scripts/*.tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The Content-Security-Policy forbids inline code; the source builds no HTML from strings either.
    files: ['src/**/*.{ts,tsx,js}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...NO_HTML_FROM_STRINGS],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'build/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
