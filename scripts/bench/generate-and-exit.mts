// scripts/bench/generate.mts as a step of npm run bench: it is done when its module has run, but
// a library timer keeps its event loop alive for minutes afterwards (measured: done at 21 s,
// exit at 305 s); the benchmark should not wait for that. The path is built at run time: tsc
// refuses a literal ".mts" import without allowImportingTsExtensions, and tsx runs it as it is.
const generator = new URL("./generate.mts", import.meta.url).href;
await import(generator);
process.exit(0);
