// Gives a shipped wasm its function names back, for scripts/wasm-report.sh. wasm-opt drops the
// names section from the wasm we ship (it is large), so twiggy could only say `code[1234]`.
// wasm-opt's `--symbolmap` writes `index:name` for every function of the wasm it writes; this
// appends a "name" custom section built from that map to a copy, leaving every other byte as
// shipped, so twiggy's sizes are the shipped wasm's own.
//   node scripts/wasm-names.mjs <wasm> <symbol map> <output wasm>
import { readFileSync, writeFileSync } from "node:fs";

/** Unsigned LEB128, the wasm binary format's integer encoding. */
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** A wasm `name`: its length in bytes, then UTF-8. */
function name(text) {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([leb(bytes.length), bytes]);
}

const [wasmPath, mapPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node scripts/wasm-names.mjs <wasm> <symbol map> <output wasm>");
  process.exit(2);
}
const functions = readFileSync(mapPath, "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => {
    const colon = line.indexOf(":");
    return Buffer.concat([leb(Number(line.slice(0, colon))), name(line.slice(colon + 1))]);
  });
const functionNames = Buffer.concat([leb(functions.length), ...functions]);
// The name section's subsection 1 is the function names.
const subsection = Buffer.concat([Buffer.from([1]), leb(functionNames.length), functionNames]);
const section = Buffer.concat([name("name"), subsection]);
writeFileSync(outPath, Buffer.concat([readFileSync(wasmPath), Buffer.from([0]), leb(section.length), section]));
