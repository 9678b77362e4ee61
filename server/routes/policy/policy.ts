import type { FastifyInstance } from 'fastify';

export async function policyRoutes(app: FastifyInstance) {
  void app;
}
