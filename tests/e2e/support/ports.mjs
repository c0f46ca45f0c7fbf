// Free loopback ports, so a developer's own bot on 3978 or playground on 56150 never collides with a test run.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls `url` until it answers 2xx, the `exited` promise settles, or `timeoutMs` passes. */
export async function waitForHttpOk(url, { timeoutMs, exited, what }) {
  const deadline = Date.now() + timeoutMs;
  let stop = false;
  exited?.then(() => { stop = true; });
  while (!stop && Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer 200 at ${url} ${stop ? '(it exited)' : `within ${timeoutMs} ms`}`);
}
