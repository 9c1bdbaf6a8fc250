import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Every value `import { … } from 'seedqa'` gives, with its TSDoc. */
function publicValues(): Array<{ name: string; doc: string; tags: string[] }> {
  const entry = `${ROOT}src/index.ts`;
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
  return exports
    .map((exported) => ({ exported, symbol: exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported }))
    .filter(({ symbol }) => symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))
    .map(({ exported, symbol }) => ({
      name: exported.name,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      tags: symbol.getJsDocTags(checker).map((t) => t.name),
    }));
}

describe('the library API', () => {
  const values = publicValues();

  it('exposes loading, indexing and asking', () => {
    expect(values.map((v) => v.name)).toEqual(expect.arrayContaining(['loadDocuments', 'openCorpus', 'answerQuestion', 'formatJson', 'formatText']));
  });

  it('documents every exported value with TSDoc and an example', () => {
    const undocumented = values.filter((v) => v.doc.trim() === '' || !v.tags.includes('example')).map((v) => v.name);
    expect(undocumented).toEqual([]);
  });
});
