/**
 * What the server may believe about the client behind a request. Behind `TECHVP_TRUST_PROXY`
 * reverse proxies, the client address is the one the outermost trusted proxy saw (each proxy
 * appends the address it received the request from to X-Forwarded-For), and the scheme is the
 * proxy's X-Forwarded-Proto; with no trusted proxy both headers are ignored, because anyone can
 * send them.
 */
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config';

type ProxyConfig = Pick<Config, 'TECHVP_TRUST_PROXY'>;

function header(req: IncomingMessage, name: string): string {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : (v ?? '');
}

/** The client's address: the socket's peer, or the address the trusted proxies were given. */
export function clientAddress(req: IncomingMessage, config: ProxyConfig): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!config.TECHVP_TRUST_PROXY) return peer;
  const hops = header(req, 'x-forwarded-for')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // [client, proxy1, …, proxyN-1] + peer (proxy N): the entry TRUST_PROXY places from the end.
  const chain = [...hops, peer];
  return chain[Math.max(0, chain.length - 1 - config.TECHVP_TRUST_PROXY)] ?? peer;
}

/** Whether the client reached us over HTTPS (directly, or at a trusted proxy). */
export function viaHttps(req: IncomingMessage, config: ProxyConfig): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!config.TECHVP_TRUST_PROXY) return false;
  const proto = header(req, 'x-forwarded-proto').split(',')[0]?.trim().toLowerCase();
  return proto === 'https';
}
