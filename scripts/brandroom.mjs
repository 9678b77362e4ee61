#!/usr/bin/env node
// The `brandroom` command (package.json "bin"): runs server/cli.ts through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
