// Floor for health-throughput, run as its own process: node:http answering every request with a fixed
// JSON body shaped like the health response. Prints "listening <port>" when ready.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 0);
const body = JSON.stringify({
  status: 'ok',
  info: { database: { status: 'up' }, queue: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' }, queue: { status: 'up' } },
});
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
