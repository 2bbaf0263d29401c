// dist/vendor/linkedom.js (scripts/build.mjs).
export * from 'linkedom';
