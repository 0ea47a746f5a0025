#!/usr/bin/env node
/** The `sms-policy` executable: the only place that exits the process. */
import { main } from './main.js';

// A closed pipe (`sms-policy check … | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
// Let stdout drain before exiting so piped output is never cut short.
process.stdout.write('', () => process.exit(code));
