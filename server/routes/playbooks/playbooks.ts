import type { FastifyInstance } from 'fastify';

export async function playbookRoutes(app: FastifyInstance) {
  void app;
}
