/** A problem with the configuration or the environment, reported as one line saying what to fix. */
export class StartupError extends Error {
  override name = 'StartupError';
}
