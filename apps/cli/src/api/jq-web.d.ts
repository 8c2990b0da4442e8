// jq-web ships no types; jq-filter.ts says what it uses of it.
declare module 'jq-web';
