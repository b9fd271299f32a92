/**
 * The layers of src/, checked by `npm run lint` (see the README's layout):
 * core ← i18n, data ← shared ← features ← app. Features never import each other; nothing
 * imports upwards; no module outside src/i18n/ reads a language's folder; no cycles, types included.
 */
const LANGUAGE = '^src/i18n/[a-z]{2}/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycle', severity: 'error', comment: 'Import cycles, types included.', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'core/ is the pure domain, geometry and year views: no React, no app, feature, shared or data module.',
      from: { path: '^src/core/' },
      to: { path: ['^src/(app|features|shared|data)/', '^node_modules/(react|react-dom)/'] },
    },
    {
      name: 'domain-has-no-d3',
      severity: 'error',
      comment: 'The domain is plain data and functions; geometry lives in core/geo.',
      from: { path: '^src/core/domain/' },
      to: { path: ['^src/core/(geo|view)/', '^node_modules/d3'] },
    },
    {
      name: 'features-stay-apart',
      severity: 'error',
      comment: 'A feature imports core, shared, data and i18n, never another feature: app composes them.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'only-app-composes',
      severity: 'error',
      comment: 'Nothing imports the app.',
      from: { pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'shared-is-below-features',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'i18n-and-data-are-below-the-ui',
      severity: 'error',
      from: { path: '^src/(i18n|data)/' },
      to: { path: ['^src/(app|features|shared)/', '^src/core/(geo|view)/'] },
    },
    {
      name: 'strings-through-i18n',
      severity: 'error',
      comment: "A language's strings are read through src/i18n/strings.ts, so a missing translation is a type error.",
      from: { pathNot: '^src/i18n/' },
      to: { path: LANGUAGE },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|svg)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
