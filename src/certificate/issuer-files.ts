/** The files a firm keeps beside its key: what it issued (append-only) and its signed revocation list. */
export const ISSUER_FILES = { register: 'uitgegeven.jsonl', revocations: 'intrekkingen.p7m' } as const;
