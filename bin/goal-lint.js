#!/usr/bin/env node
'use strict';
// The CLI is compiled from src/cli by `npm run build:cli` (run automatically by npm install / npm ci).
let cli;
try {
  cli = require('../dist/cli/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('goal-lint: 命令行尚未编译，请先运行 npm run build:cli (CLI not built: run npm run build:cli)\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
