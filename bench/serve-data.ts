// A tiny web server for the benchmarks: serves each generated dataset at its path (any origin may read it), as a
// user's own web server would serve a file named in `?data=`.
import { createServer, type Server } from 'node:http';

export function serveData(files: Map<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}
