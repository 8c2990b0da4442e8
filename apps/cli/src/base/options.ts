import { Option } from 'clipanion';
import * as t from 'typanion';
import { apiOptions, commonOptions } from './shared-options.js';

// Options shared by several commands, as clipanion fields. The base classes' options take their
// flags and descriptions from shared-options.ts, which `pinkit --help` lists too, so a command's
// own help and the overview cannot drift apart.

export const logLevelOption = () =>
  Option.String(commonOptions.logLevel.flags, '2', {
    description: commonOptions.logLevel.description,
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(0, 3)]),
  });

export const jsonOption = () => Option.Boolean(commonOptions.json.flags, false, { description: commonOptions.json.description });

export const apiVersionOption = () => Option.String(apiOptions.apiVersion.flags, { description: apiOptions.apiVersion.description });

export const accessTokenOption = () =>
  Option.String(apiOptions.accessToken.flags, 'access_token', { description: apiOptions.accessToken.description });

// No default: absent means "as PINTEREST_SANDBOX says".
export const sandboxOption = () => Option.Boolean(apiOptions.sandbox.flags, { description: apiOptions.sandbox.description });

export const tokenStoreOption = () =>
  Option.String(apiOptions.tokenStore.flags, 'auto', {
    description: apiOptions.tokenStore.description,
    validator: t.isEnum(['auto', 'keychain', 'file']),
  });

/** Page size for the listing commands. */
export const pageSizeOption = () =>
  Option.String('-ps,--page-size', {
    description: 'Items per page, 1 to 250 (default 25)',
    validator: t.cascade(t.isNumber(), [t.isInteger(), t.isInInclusiveRange(1, 250)]),
  });

/** For the commands that show tokens. */
export const cleartextOption = () =>
  Option.Boolean('-ct,--cleartext', false, { description: 'Print tokens in clear text instead of their SHA-256 hashes' });
