// The client's ceiling: a bare Node.js HTTP server that answers every request with one fixed small JSON body.
// Run in its own process (scim-load.mjs forks it) so it never shares the client's event loop.
import http from 'node:http';

const body = Buffer.from('{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(req.method === 'POST' ? 201 : 200, {
      'content-type': 'application/scim+json',
      'content-length': body.length,
    });
    res.end(body);
  });
});

server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => process.exit(0));
