/**
 * The one request-body reader of every route (`/graphql`, spreadsheet imports, material
 * uploads). A body over the route's limit is read on to its end and thrown away, up to four
 * times the limit, so that the 413 answer reaches the client: a client still sending when the
 * connection is cut sees a dropped connection instead of an answer. A body declared larger than
 * that is refused before a byte of it is read, and one that grows past it is cut off.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The body, or null when it is larger than `limit` bytes (answer 413 with `tooLarge`). */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const discardUpTo = 4 * limit;
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > discardUpTo) {
      resolve(null);
      return;
    }
    let size = 0;
    let over = declared > limit;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > discardUpTo) {
        resolve(null);
        req.destroy();
      } else if (over || size > limit) {
        over = true;
        chunks.length = 0;
      } else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Sends a 413 in the usual error shape. When the rest of the body was not read the connection
 * cannot carry another request, so it is closed after the answer.
 */
export function sendTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  body: { message: string; code: string; details?: Record<string, unknown> },
): void {
  if (!req.readableEnded) res.setHeader('Connection', 'close');
  res.statusCode = 413;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify({ errors: [{ message: body.message, extensions: { code: body.code, ...body.details } }] }));
}
