import type { CliIo } from '../cli-io.js';
import { userError } from '../../src/problems/errors.js';

// Scaffolding: replaced by the issue that owns this command.
export async function runIssuerCreateTest(_options: unknown, _io: CliIo): Promise<number> {
  throw userError('usage', { message: 'issuer-create-test: nog niet beschikbaar / not yet available' }, {}, 2);
}
