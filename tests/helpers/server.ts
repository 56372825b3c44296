/** Servers the tests start on localhost (Jupyter through `npm start` or directly): a free port, and waiting until one answers. */
import net from "net";

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers 2xx (up to a minute); `alive` may throw to stop early, for example when the server exited. */
export async function waitForServer(url: string, alive: () => void = () => undefined): Promise<void> {
  for (let i = 0; i < 120; i++) {
    alive();
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no answer at ${url} after a minute`);
}
