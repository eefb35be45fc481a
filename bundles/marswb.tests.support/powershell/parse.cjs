// Parses one PowerShell script with the tree-sitter PowerShell grammar (its WebAssembly build, so no native
// compiler is needed) and prints {"errors": [...], "tree": {...}} as JSON on stdout, for the Java tests
// (marswb.tests.support.powershell.PowerShellSyntax).
//
// Usage: node parse.cjs <script.ps1>     (the file is read as UTF-8; a BOM stays in the text)
//
// Positions: "line" and "column" are 1-based; columns and the "from"/"to" offsets count UTF-16 code units,
// so they index a Java String of the same text directly. A node carries "text" only when it has no children:
// the Java side cuts inner nodes' text from the source, which keeps the output linear in the script's size.
'use strict';
const fs = require('fs');
const v8 = require('v8');
const { Parser, Language } = require('web-tree-sitter');

// Left alone, V8 also compiles the grammar's WebAssembly (about 1 MB) with its optimizing compiler, and the process
// waits for that before it exits: 12 CPU-seconds (30 s on a loaded machine) per parse, for a parse that takes
// milliseconds with the baseline compiler's code.
v8.setFlagsFromString('--liftoff-only');

function position(point) {
  return [point.row + 1, point.column + 1];
}

// Iterative walk with a cursor: scripts nest deep enough (about fifteen expression levels per operand) that
// node objects and recursion would cost far more than the parse itself.
function tree(root) {
  const cursor = root.walk();
  const top = { children: [] };
  const stack = [top];
  for (;;) {
    const node = cursor.currentNode;
    const out = {
      type: node.type,
      named: node.isNamed,
      from: node.startIndex,
      to: node.endIndex,
      start: position(node.startPosition),
      end: position(node.endPosition),
    };
    const field = cursor.currentFieldName;
    if (field) out.field = field;
    if (node.isMissing) out.missing = true;
    stack[stack.length - 1].children.push(out);
    if (cursor.gotoFirstChild()) {
      out.children = [];
      stack.push(out);
      continue;
    }
    out.text = node.text;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return top.children[0];
      stack.pop();
    }
  }
}

function errors(root) {
  const found = [];
  const visit = (node) => {
    if (node.isMissing || node.type === 'ERROR') {
      const [line, column] = position(node.startPosition);
      const text = node.isMissing ? 'missing ' + node.type : node.text;
      found.push({ kind: node.isMissing ? 'MISSING' : 'ERROR', line, column,
        text: text.length > 200 ? text.slice(0, 200) + '...' : text });
      if (node.type === 'ERROR') return; // what lies inside one error is not another
    }
    if (!node.hasError && !node.isMissing) return;
    for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

async function main() {
  if (process.argv.length !== 3) {
    process.stderr.write('usage: node parse.cjs <script.ps1>\n');
    process.exit(2);
  }
  const source = fs.readFileSync(process.argv[2], 'utf8');
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  const root = parser.parse(source).rootNode;
  process.stdout.write(JSON.stringify({ errors: errors(root), tree: tree(root) }));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(2);
});
