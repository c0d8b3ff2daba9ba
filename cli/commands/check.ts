import type { CliIo } from '../cli-io.js';
import { userError } from '../../src/problems/errors.js';

// Scaffolding: replaced by the issue that owns this command.
export async function runCheck(_options: unknown, _io: CliIo): Promise<number> {
  throw userError('usage', { message: 'check: nog niet beschikbaar / not yet available' }, {}, 2);
}
