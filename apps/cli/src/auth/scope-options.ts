import { Option } from 'clipanion';

export const cleartextOption = () =>
  Option.Boolean('-ct,--cleartext', false, { description: 'Print tokens in clear text instead of their SHA-256 hashes' });
