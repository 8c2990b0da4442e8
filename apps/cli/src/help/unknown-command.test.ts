import { describe, expect, it } from 'vitest';
import { leadingWords, matchedPath, suggestCommands, unknownCommandLine } from './unknown-command.js';

const paths = [
  ['get-pin'],
  ['get-board'],
  ['get-user-pins'],
  ['get-user-boards'],
  ['get-access-token'],
  ['sim'],
  ['demo'],
  ['auth', 'status'],
  ['auth', 'logout'],
];

describe('suggestCommands', () => {
  it('suggests the name one typo away', () => {
    expect(suggestCommands(['get-pinn'], paths)).toEqual(['get-pin']);
    expect(suggestCommands(['get-pni'], paths)).toEqual(['get-pin']);
    expect(suggestCommands(['dmeo'], paths)).toEqual(['demo']);
  });

  it('compares a two-word name with the first two words', () => {
    expect(suggestCommands(['auth', 'statu'], paths)).toEqual(['auth status']);
    expect(suggestCommands(['auth', 'logot', 'name'], paths)).toEqual(['auth logout']);
  });

  it('finds a grouped command by its last word', () => {
    expect(suggestCommands(['status'], paths)).toEqual(['auth status']);
  });

  it('offers at most three names, nearest first, for a typed beginning', () => {
    expect(suggestCommands(['get'], paths)).toEqual(['get-pin', 'get-board', 'get-user-pins']);
    expect(suggestCommands(['auth'], paths)).toEqual(['auth logout', 'auth status']);
  });

  it('suggests nothing when no name is close', () => {
    expect(suggestCommands(['get-everything'], paths)).toEqual([]);
    expect(suggestCommands(['upload'], paths)).toEqual([]);
  });
});

describe('unknownCommandLine', () => {
  it('names what was typed and the suggestions', () => {
    expect(unknownCommandLine(['get-pinn', '123'], paths)).toBe('Unknown command "get-pinn". Did you mean: get-pin?');
    expect(unknownCommandLine(['auth', 'statu'], paths)).toBe('Unknown command "auth statu". Did you mean: auth status?');
  });

  it('says when no command is close', () => {
    const line = 'Unknown command "frobnicate". No command is close; run "pinkit --help" for the list.';
    expect(unknownCommandLine(['frobnicate'], paths)).toBe(line);
  });
});

describe('leadingWords and matchedPath', () => {
  it('takes the words before the first option', () => {
    expect(leadingWords(['auth', 'logout', 'name', '-l', '0'])).toEqual(['auth', 'logout', 'name']);
    expect(leadingWords(['--json'])).toEqual([]);
  });

  it('finds the registered command a command line starts with', () => {
    expect(matchedPath(['auth', 'logout', 'a', 'b'], paths)).toEqual(['auth', 'logout']);
    expect(matchedPath(['auth', 'statu'], paths)).toBeUndefined();
  });
});
