import { preview } from "vite";

/**
 * Serves the built app (dist/) on loopback only: Weaver's data never needs to leave the
 * machine, so the server is not reachable from the network.
 */
export async function serve(port: number): Promise<void> {
  const server = await preview({ preview: { port, host: "127.0.0.1", strictPort: false, open: false } });
  const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`\nWeaver is running at ${base}?sample=1`);
  console.log("Open it in your browser. Press Ctrl+C to stop.\n");
}
