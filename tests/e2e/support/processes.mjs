// Child processes that are always ended: by stop(), and, if a test crashes first, when this process exits.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const running = new Set();
const temporaryDirs = new Set();

function killAll() {
  for (const service of running) service.child.kill('SIGKILL');
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
}
process.on('exit', killAll);

/** A fresh directory under the system temp dir, removed by the returned function or at process exit. */
export function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirs.add(dir);
  return { path: dir, remove: () => { temporaryDirs.delete(dir); rmSync(dir, { recursive: true, force: true }); } };
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/** Output kept for failure messages: the last lines only, so a chatty service cannot fill memory. */
class OutputTail {
  #lines = [];
  #listeners = new Set();
  push(chunk) {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      this.#lines.push(line);
      if (this.#lines.length > 400) this.#lines.shift();
      for (const listener of this.#listeners) listener(line);
    }
  }
  onLine(listener) { this.#listeners.add(listener); }
  toString() { return this.#lines.join('\n'); }
}

export class Service {
  constructor(name, child) {
    this.name = name;
    this.child = child;
    this.output = new OutputTail();
    this.exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
    child.stdout.on('data', (chunk) => this.output.push(chunk));
    child.stderr.on('data', (chunk) => this.output.push(chunk));
    running.add(this);
    this.exited.then(() => running.delete(this));
  }

  /** Resolves with the first output line that matches, or rejects on exit or timeout. */
  waitForLine(pattern, timeoutMs) {
    return new Promise((resolveLine, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no line matching ${pattern} within ${timeoutMs} ms\n${this.output}`)), timeoutMs);
      this.output.onLine((line) => {
        const match = pattern.exec(line);
        if (match) { clearTimeout(timer); resolveLine(match); }
      });
      this.exited.then(({ code }) => { clearTimeout(timer); reject(new Error(`${this.name} exited (${code})\n${this.output}`)); });
    });
  }

  /** SIGTERM for a graceful shutdown, SIGKILL if it takes longer than graceMs. */
  async stop(graceMs = 10000) {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export function startService(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Service(name, child);
}
