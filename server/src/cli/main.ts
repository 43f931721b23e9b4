import { runCli } from './run';

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() })
  .then((code) => { process.exitCode = code; });
