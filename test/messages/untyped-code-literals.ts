/**
 * Finds the places where a problem code is written as a plain string: a code literal in src/ or cli/
 * whose contextual type is not a union of literal codes (or a type parameter over one) is one tsc does
 * not check, so neither its spelling nor its parameters are checked. Reads (`code === '…'`, `case`,
 * `startsWith`, `includes`, `has`) and literal types are not emits.
 */
import ts from 'typescript';

/** `file:line code` of every code literal in `files` that tsc does not check as a code. */
export function untypedCodeLiterals(program: ts.Program, codes: ReadonlySet<string>, keep: (file: string) => boolean): string[] {
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (!keep(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && codes.has(node.text) && !isRead(node) && !ts.isLiteralTypeNode(node.parent)) {
        const context = checker.getContextualType(node);
        if (context === undefined || !isCodeType(context)) found.push(`${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function isCodeType(type: ts.Type): boolean {
  const literal = (t: ts.Type) => t.isStringLiteral() || (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.TypeParameter)) !== 0;
  return type.isUnion() ? type.types.every(literal) : literal(type);
}

function isRead(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent)) return parent.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || parent.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && ['startsWith', 'includes', 'has'].includes(parent.expression.name.text);
}
