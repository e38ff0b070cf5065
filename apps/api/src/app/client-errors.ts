import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_TEXT } from '../common/errors/status-text.js';

const MESSAGES: Record<number, string> = {
  400: 'Begäran kunde inte tolkas.',
  408: 'Begäran tog för lång tid att skicka.',
  431: 'Adressen eller huvudena i begäran är för stora.',
};

/**
 * Requests Node's HTTP parser refuses before Express sees them (a 30 kB address, a malformed request line) got a bare
 * status line; they now get the API's error shape like every other 4xx.
 */
export function answerClientErrorsInErrorShape(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify({ statusCode: status, error: STATUS_TEXT[status], message: MESSAGES[status] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
