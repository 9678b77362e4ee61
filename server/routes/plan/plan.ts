import type { FastifyInstance } from 'fastify';

export async function planRoutes(app: FastifyInstance) {
  void app;
}
