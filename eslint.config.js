export { default } from '@pinkit/eslint-config';
