// Helmet-style headers: no sniffing, no framing, a strict content policy for the app's pages.
import type { FastifyInstance } from 'fastify';

const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine writes component styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
    if (request.url.startsWith('/api/')) {
      reply.header('Cache-Control', 'no-store');
      // The API reference page (Swagger UI) needs its own inline bootstrapping.
      if (!request.url.startsWith('/api/docs')) reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    } else {
      reply.header('Content-Security-Policy', APP_CSP);
    }
  });
}
