// The `brandroom` command: serve (with a role), migrate, or help.
import { parseArgs } from 'node:util';
import { loadConfig, ROLES_OF_PROCESS, type ProcessRole } from './config.ts';
import { openConfiguredDatabase } from './db/connect.ts';
import { describeDemoLogins } from './demo/seed.ts';
import { startRuntime } from './runtime.ts';
import { CHECK_HELP, runCheck, UsageError } from './check-command.ts';
import { StartupError } from './startup-error.ts';

const HELP = `Usage: brandroom <command> [options]

Commands:
  serve [--role all|api|worker]   Run Brandroom (default role: all = web, API and background jobs)
  migrate                         Apply database migrations and exit
  check [options] < draft.txt     Check a draft against a brand's policy (brandroom check --help)
  help                            Show this help

Configuration comes from environment variables; see the README.`;

async function serve(role: ProcessRole) {
  const config = loadConfig();
  const runtime = await startRuntime({ config, role });
  const db = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nBrandroom (${role}) is running${runtime.url ? ` at ${runtime.url}` : ''} on ${db}.`);
  if (runtime.demo !== 'off') console.log(`${runtime.demo === 'created' ? 'Created the demo workspace. ' : ''}${describeDemoLogins()}\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error('Forced exit.');
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: finishing running work and closing the database…`);
    try {
      await runtime.close();
      console.log('Stopped cleanly.');
      process.exit(0);
    } catch (err) {
      console.error('Shutdown failed:', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function migrate() {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await database.migrate();
    console.log('Migrations applied.');
  } finally {
    await database.close();
  }
}

async function main(argv: string[]) {
  // `check` has its own options and exit codes (1: something blocks), so it is parsed on its own.
  if (argv[0] === 'check') {
    if (argv.includes('--help') || argv.includes('-h')) return console.log(CHECK_HELP);
    process.exitCode = await runCheck(argv.slice(1));
    return;
  }
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string', default: 'all' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || command === 'help') return console.log(HELP);
  if (command === 'serve') {
    if (!ROLES_OF_PROCESS.includes(values.role as ProcessRole)) {
      throw new StartupError(`--role must be one of ${ROLES_OF_PROCESS.join(', ')} (got "${values.role}").`);
    }
    return serve(values.role as ProcessRole);
  }
  if (command === 'migrate') return migrate();
  throw new StartupError(`Unknown command "${command}". Run "brandroom help".`);
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof UsageError) {
    console.error(`brandroom check: ${err.message}`);
    process.exit(2);
  }
  if (err instanceof StartupError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`brandroom: ${(err as Error).message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
