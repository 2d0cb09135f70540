import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // tests/types holds type fixtures for the built declarations, checked by tsc after the build.
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'custom-elements.json', 'tests/types/', 'scratch/', 'site/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'CrampElement'] } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': ['error', { allow: ['warn'] }],
      // Lit binds listeners in templates (@click=${this.onClick}) to the element.
      '@typescript-eslint/unbound-method': 'off',
      'wc/guard-super-call': 'off', // Lit's lifecycle methods always exist on the base class.
      // A dependency's private fields (Lit's minified `_$Ep`, its development `__instanceProperties`) change in any patch release.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(_\\$|__)/], Literal[value=/^(_\\$|__)[A-Za-z]/]',
          message: "Read only a dependency's public API: names starting _$ or __ are private fields.",
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests stub platform methods (Storage.prototype.setItem) and put them back.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai's expect(x).to.be.true style
      // chai-a11y-axe makes every Assertion thenable, so this rule flags every
      // expect(); the one assertion that must be awaited is checked below.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: ":not(AwaitExpression) > CallExpression[callee.property.name='accessible']",
          message: 'Await the axe check: `await expect(el).to.be.accessible()`.',
        },
        {
          selector: 'CallExpression[callee.object.name=/^(it|describe)$/][callee.property.name=/^(only|skip)$/]',
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '.size-limit.js', 'bin/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        structuredClone: 'readonly',
        Buffer: 'readonly',
        module: 'writable',
      },
    },
  },
  {
    // The site's build-time files (Eleventy data and templates), run by Node.
    files: ['docs/**/*.js'],
    ignores: ['docs/assets/**', 'docs/demo/demo.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { URL: 'readonly' },
    },
  },
  {
    files: ['docs/demo/demo.js', 'docs/assets/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: Object.fromEntries(
        ['document', 'navigator', 'getSelection', 'FormData', 'JSON', 'HTMLElement'].map((name) => [name, 'readonly']),
      ),
    },
  },
);
