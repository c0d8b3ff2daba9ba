/**
 * The machine-readable twin of a PDF: attached before signing (so the signature covers it) as a
 * PDF/A-3 associated file with relationship Data, with fixed dates so the file is reproducible.
 */
import type { Pdf } from './pdf-layout.js';

export const EMBEDDED_NAME = { verdict: 'verdict.json', certificate: 'certificate.json' } as const;
export type EmbeddedName = (typeof EMBEDDED_NAME)[keyof typeof EMBEDDED_NAME];

export function attachJson(doc: Pdf, name: EmbeddedName, json: string, date: Date, description: string): void {
  doc.file(Buffer.from(json, 'utf8'), {
    name,
    type: 'application/json',
    description,
    relationship: 'Data',
    creationDate: date,
    modifiedDate: date,
  });
}
