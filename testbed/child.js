'use strict';
/**
 * A Node script in a child process of its own, for the tests and the
 * benchmarks: `node [nodeArgs] script [args]` with its stdout and stderr
 * collected as text.
 *
 *   startNode(script, args = [], { nodeArgs = [], env, cwd, timeoutMs, onLine })
 *     -> the ChildProcess, with .out and .err (the text so far) and
 *        .done: Promise<{ code, signal, killed, stdout, stderr }>
 *   runNode(script, args, opts) -> startNode(...).done
 *
 *   env        the child's whole environment (default: this process's)
 *   timeoutMs  a child that outlives it is killed with SIGKILL (killed: true)
 *   onLine     called with each whole line of stdout as it arrives
 *
 * .done rejects only when the process cannot be started.
 */

const { spawn } = require('child_process');

function startNode(script, args = [], { nodeArgs = [], env = process.env, cwd, timeoutMs, onLine } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.out = '';
  child.err = '';
  let partial = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (s) => {
    child.out += s;
    if (!onLine) return;
    partial += s;
    let nl;
    while ((nl = partial.indexOf('\n')) >= 0) {
      const line = partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      onLine(line);
    }
  });
  child.stderr.on('data', (s) => (child.err += s));
  let killed = false;
  const timer = timeoutMs && setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  child.done = new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, killed, stdout: child.out, stderr: child.err });
    });
  });
  return child;
}

const runNode = (script, args, opts) => startNode(script, args, opts).done;

module.exports = { startNode, runNode };
