import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The CLI reaches Pinterest through @pinkit/account alone: which API version answers, and how, is
// that package's business. Type imports are fine (they leave nothing at run time); tests and their
// support may seed the simulator with a client. `@pinkit/api-v5/operations` is the one exception:
// data only (the operations table `pinkit api` looks names up in), no client, no transport.
const FORBIDDEN = /^@pinkit\/(api-v5(?!\/operations$)|api-v3|http)(\/|$)/;
const SRC = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The modules a file loads at run time: value imports and re-exports, and `import()` calls. */
export function runtimeImports(text: string): string[] {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteralLike(specifier)) found.push(specifier.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the CLI and the API packages', () => {
  it('tells a value import from a type import', () => {
    const text = [
      "import type { Pin } from '@pinkit/api-v5';",
      "import { type Logger } from '@pinkit/http';",
      "import { createV5Client } from '@pinkit/api-v5';",
      "export { fromPages } from '@pinkit/http';",
      "const v3 = await import('@pinkit/api-v3');",
    ].join('\n');
    expect(runtimeImports(text)).toEqual(['@pinkit/api-v5', '@pinkit/http', '@pinkit/api-v3']);
  });

  it('loads no API client nor @pinkit/http from apps/cli/src at run time: only @pinkit/account does', () => {
    const offenders = sources(SRC).flatMap((path) =>
      runtimeImports(readFileSync(path, 'utf8'))
        .filter((specifier) => FORBIDDEN.test(specifier))
        .map((specifier) => `${relative(SRC, path)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
