import { describe, expect, it } from 'vitest';
import { newDeviceKey, openCheck, saveCheck } from '../../src/web/self-check/device-store.js';
import type { FlowAnswers } from '../../src/flow/flow-answers.js';

const PASSPHRASE = 'correct paard batterij nietje';
const flow: FlowAnswers = { meta: { kind: 'self-check', date: '2026-12-02', subject: { role: 'wethouder' } }, values: { 'intake.ambt': { value: 'wethouder', evidence: 'self-declared' } }, decisions: {}, skipped: [] };

function memoryStorage(): Storage {
  const kept = new Map<string, string>();
  return { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, value: string) => void kept.set(key, value) } as Storage;
}

describe('the device store', () => {
  it('opens what it kept, with what each answer meant', async () => {
    const storage = memoryStorage();
    const definitions = { 'question:intake.ambt': 'a'.repeat(64) };
    await saveCheck(storage, await newDeviceKey(PASSPHRASE), { catalogue: { id: 'pkvw-light', version: '0.2.0', hash: 'h' }, flow, definitions });
    const opened = await openCheck(storage, PASSPHRASE);
    expect(opened.kind === 'opened' ? opened.check : undefined).toEqual({ catalogue: { id: 'pkvw-light', version: '0.2.0', hash: 'h' }, flow, definitions });
  });

  // Encrypted with the right key, but not what a page writes (damaged, or written by hand): refused as unreadable, not half-used.
  it.each([
    ['definitions that are not an object of hashes', { 'question:intake.ambt': 7 }],
    ['definitions that are a list', ['x']],
    ['definitions that are null', null],
  ])('calls a kept check with %s unreadable', async (_name, definitions) => {
    const storage = memoryStorage();
    await saveCheck(storage, await newDeviceKey(PASSPHRASE), { catalogue: { id: 'pkvw-light', version: '0.2.0' }, flow, definitions: definitions as unknown as Record<string, string> });
    expect((await openCheck(storage, PASSPHRASE)).kind).toBe('unreadable');
  });
});
