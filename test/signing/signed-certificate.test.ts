import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { certificateQrText } from '../../src/certificate/certificate-qr.js';
import { EXAMPLE_FIRM, NOW, SELF_CHECK, INSPECTION, certify, run, tempDir, testIssuerFiles, tool, type IssuerFiles } from './signing-fixtures.js';

describe('a signed light certificate', () => {
  let issuer: IssuerFiles;
  let pdf: string;
  let dir: string;

  beforeAll(async () => {
    issuer = testIssuerFiles();
    dir = tempDir();
    pdf = await certify(issuer, join(dir, 'certificaat.pdf'));
  });

  it('is reported valid by pdfsig as a CAdES detached signature over the whole document', () => {
    const { out } = tool('pdfsig', [pdf]);
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain(`Signer Certificate Common Name: ${EXAMPLE_FIRM} (TEST)`);
  });

  it('is trusted by pdfsig once the TEST CA is in an NSS database', () => {
    const nss = join(dir, 'nss');
    mkdirSync(nss);
    expect(tool('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']).code).toBe(0);
    expect(tool('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'pkvw-test-ca', '-t', 'CT,C,C', '-i', join(issuer.trust, 'test-ca.pem')]).code).toBe(0);
    const { out } = tool('pdfsig', ['-nssdir', `sql:${nss}`, pdf]);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Certificate is Trusted.');
  });

  it('passes qpdf --check', () => {
    const { code, out } = tool('qpdf', ['--check', pdf]);
    expect(code).toBe(0);
    expect(out).toContain('No syntax or stream encoding errors found');
  });

  it('shows the outcome, the certificate number, the validity end and the dwelling', async () => {
    const { out: text } = tool('pdftotext', ['-layout', pdf, '-']);
    const verified = await run(['verify', pdf, '--trust', issuer.trust, '--json']);
    const number: string = JSON.parse(verified.out).certificate.number;
    expect(number).toMatch(/^PKVWL-20261128-[0-9A-F]{10}$/);
    expect(text).toContain('Basis op orde');
    expect(text).toContain(number);
    expect(text).toContain('27 november 2030');
    expect(text).toContain('3511 AB 12');
    expect(text).toContain('pagina 1 van');
  });

  it('states the inspection date from the inspection, not the issue date', () => {
    const { out: text } = tool('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain('Datum van inspectie');
    expect(text).toContain('18 november 2026');
    expect(text).toMatch(/op 18 november\s+2026 is\s+geïnspecteerd/);
    expect(text).toContain('28 november 2026');
  });

  it('says TEST on every page when a TEST issuer signed it', () => {
    const { out: text } = tool('pdftotext', [pdf, '-']);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page).toContain('TEST — geen echt certificaat');
  });

  it('names no weak point: no gaps, no open or unmet basics', () => {
    const { out: text } = tool('pdftotext', [pdf, '-']);
    for (const word of ['niet voldaan', 'uitgezonderd via', 'Verbeterplan', 'Wat te doen']) expect(text).not.toContain(word);
    expect(text).not.toMatch(/\bopen\b/);
  });

  it('embeds certificate data without any answer value', () => {
    const out = join(dir, 'detached');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, pdf]).code).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'certificate.json'), 'utf8'));
    expect(Object.keys(data).sort()).toEqual(
      ['answersHash', 'basicsMet', 'catalogue', 'coverage', 'dwelling', 'format', 'fullCoverage', 'inspectedOn', 'issuedAt', 'issuedOn', 'issuer', 'number', 'validUntil', 'verdictHash'].sort(),
    );
    expect(data.dwelling).toEqual({ postcode: '3511 AB', houseNumber: '12' });
    expect(data.inspectedOn).toBe('2026-11-18');
    expect(data.issuer).toEqual({ firm: EXAMPLE_FIRM, inspector: 'J. de Vries', test: true });
    expect(JSON.stringify(data)).not.toMatch(/"answers"|"value"|justification|intake\./);
  });

  it('verifies with exit 0 and says which checks passed', async () => {
    const { code, out } = await run(['verify', pdf, '--trust', issuer.trust]);
    expect(code).toBe(0);
    expect(out).toContain('GELDIG');
    expect(out).toMatch(/OK\s+signer-trusted/);
    expect(out).toMatch(/OK\s+verdict-consistent/);
  });

  it('is byte-identical when made twice with the same clock and issuer', async () => {
    const again = await certify(issuer, join(dir, 'opnieuw.pdf'));
    expect(readFileSync(again).equals(readFileSync(pdf))).toBe(true);
  });

  it('is readable by others, while the firm key and passphrase are private', () => {
    expect(statSync(pdf).mode & 0o777).toBe(0o644);
    expect(statSync(issuer.p12).mode & 0o777).toBe(0o600);
    expect(statSync(issuer.passphrase).mode & 0o777).toBe(0o600);
  });

  it('is refused for a self-check, saying why, with exit 1', async () => {
    const { code, err } = await run(['certify', SELF_CHECK, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', join(dir, 'x.pdf')]);
    expect(code).toBe(1);
    expect(err).toContain('certificate-needs-inspection');
  });

  it('refuses an uncertifiable file before it asks for the key: no passphrase is needed to hear why', async () => {
    const noAddress = join(dir, 'zonder-adres.yaml');
    writeFileSync(noAddress, readFileSync(INSPECTION, 'utf8').replace(/^\s+dwelling:.*(\n\s{4,}\S.*)*$/m, ''));
    expect(readFileSync(noAddress, 'utf8')).not.toMatch(/dwelling/);
    for (const [file, code] of [[SELF_CHECK, 'certificate-needs-inspection'], [noAddress, 'certificate-no-dwelling']] as const) {
      // No --passphrase-file and no PKVW_P12_PASSPHRASE: had the key been opened first, this would be exit 2 about the passphrase.
      const refused = await run(['certify', file, '--issuer', issuer.p12, '--out', join(dir, 'nooit.pdf')]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(code);
      expect(refused.err).not.toContain('PKVW_P12_PASSPHRASE');
    }
  });

  it('needs a passphrase from a file or the environment, and never echoes a wrong one', async () => {
    const missing = await run(['certify', INSPECTION, '--issuer', issuer.p12, '--out', join(dir, 'y.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('PKVW_P12_PASSPHRASE');
    const wrongFile = join(dir, 'wrong.txt');
    writeFileSync(wrongFile, 'geheim-fout-123');
    const wrong = await run(['certify', INSPECTION, '--issuer', issuer.p12, '--passphrase-file', wrongFile, '--out', join(dir, 'z.pdf')]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('signing-p12-unreadable');
    expect(wrong.err).not.toContain('geheim-fout-123');
  });

  it('refuses an inspection dated after the issue date, or older than the catalogue allows', async () => {
    const source = readFileSync(INSPECTION, 'utf8');
    for (const [date, code] of [
      ['2099-01-01', 'certificate-inspection-in-future'],
      ['1990-01-01', 'certificate-inspection-too-old'],
      ['2026-08-27', 'certificate-inspection-too-old'],
    ] as const) {
      const file = join(dir, `inspectie-${date}.yaml`);
      writeFileSync(file, source.replace('date: "2026-11-18"', `date: "${date}"`));
      const out = join(dir, `nooit-${date}.pdf`);
      const { code: exit, err } = await run(['certify', file, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', out]);
      expect(exit, date).toBe(1);
      expect(err).toContain(code);
      expect(() => statSync(out)).toThrow();
    }
    // 92 days is the catalogue's maximum: the last day still allowed.
    const edge = join(dir, 'inspectie-rand.yaml');
    writeFileSync(edge, source.replace('date: "2026-11-18"', 'date: "2026-08-28"'));
    expect((await run(['certify', edge, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', join(dir, 'rand.pdf')])).code).toBe(0);
  });

  it('refuses when the firm in the inspection is not the organisation in the signing certificate', async () => {
    const other = testIssuerFiles({ firm: 'Politie Nederland' });
    const out = join(dir, 'andere-firma.pdf');
    const { code, err } = await run(['certify', INSPECTION, '--issuer', other.p12, '--passphrase-file', other.passphrase, '--out', out]);
    expect(code).toBe(1);
    expect(err).toContain('certificate-firm-mismatch');
    expect(() => statSync(out)).toThrow();
  });

  it('never names an exempted basic, on the page or in the embedded data', async () => {
    const monument = join(dir, 'inspectie-monument.yaml');
    writeFileSync(
      monument,
      readFileSync(INSPECTION, 'utf8')
        .replace('format: pkvw-light/answers@1', 'format: pkvw-light/answers@2')
        .replace('wonen.monument: geen', 'wonen.monument: rijksmonument')
        .replace('wonen.voordeurzijde.gecertificeerd: { value: true, evidence: inspected }', 'wonen.voordeurzijde.gecertificeerd: { value: false, evidence: inspected }')
        .replace('wonen.voordeur.cilindertrekbeveiliging: { value: true, evidence: inspected }', 'wonen.voordeur.cilindertrekbeveiliging: { value: false, evidence: inspected }') +
        [
          'exceptions:',
          '  - exception: EX-MONUMENT',
          '    requirements: [WON-01, WON-04]',
          '    justification: Historische voordeur en voorraam mogen niet worden vervangen.',
          '    evidence: { level: document, reference: Rijksmonumentenregister 512345 }',
          '    monument: { register: rijksmonumentenregister, number: "512345", elements: [historische voordeur, voorraam] }',
          '',
        ].join('\n'),
    );
    const file = await certify(issuer, join(dir, 'monument.pdf'), [], monument);
    const { out: text } = tool('pdftotext', [file, '-']);
    for (const hidden of ['WON-01', 'WON-04', 'uitgezonderd', 'Uitgezonderd', 'monument', 'Cilindertrekbeveiliging op de voordeur']) expect(text).not.toContain(hidden);
    const out = join(dir, 'monument-bijlagen');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, file]).code).toBe(0);
    const json = readFileSync(join(out, 'certificate.json'), 'utf8');
    expect(json).not.toMatch(/WON-01"|WON-04"|exempt|EX-MONUMENT/);
    expect(JSON.parse(json).basicsMet).not.toContain('WON-01');
    const verified = await run(['verify', file, '--trust', issuer.trust]);
    expect(verified.code).toBe(0);
  });

  it('states the scenarios it covers, all of them when the whole verdict is certifiable', async () => {
    const out = join(dir, 'bijlagen-dekking');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, pdf]).code).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'certificate.json'), 'utf8'));
    expect(data.fullCoverage).toBe(true);
    expect(data.coverage.map((c: { scenario: string }) => c.scenario)).toContain('SC-13');
    const { out: text } = tool('pdftotext', [pdf, '-']);
    expect(text).toContain("Gedekte dreigingsscenario's");
    expect(text).toContain('Inbraak en vermogenscriminaliteit bij de woning');
  });

  it('covers only the scenarios of the advised measures when other basics are not in order, and never names the others', async () => {
    const advised = join(dir, 'inspectie-advies.yaml');
    writeFileSync(
      advised,
      readFileSync(INSPECTION, 'utf8')
        .replace('format: pkvw-light/answers@1', 'format: pkvw-light/answers@2')
        .replace('informatie.tweestaps-email: true', 'informatie.tweestaps-email: false') +
        'advice:\n  reference: CCV-2026-0412\n  date: "2026-10-01"\n  measures: [WON-16]\n',
    );
    const file = await certify(issuer, join(dir, 'advies.pdf'), [], advised);
    const out = join(dir, 'bijlagen-advies');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, file]).code).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'certificate.json'), 'utf8'));
    expect(data.fullCoverage).toBe(false);
    expect(data.coverage.map((c: { scenario: string }) => c.scenario)).toEqual(['SC-02', 'SC-07']);
    expect(data.basicsMet).not.toContain('INF-01');
    const { out: text } = tool('pdftotext', [file, '-']);
    expect(text).toContain("Op orde voor de genoemde scenario's");
    expect(text).toContain('Explosief of vuurwerk bij de deur of door de brievenbus');
    for (const hidden of ['Overname van accounts', 'Online bedreiging', 'INF-01', 'Tweestapsverificatie op e-mail']) expect(text).not.toContain(hidden);
    const verified = await run(['verify', file, '--trust', issuer.trust]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain("Dekt               2 scenario's");
  });

  it('refuses when the basics of a scenario it would have to cover are not in order', async () => {
    const gap = join(dir, 'inspectie-gat.yaml');
    writeFileSync(gap, readFileSync(INSPECTION, 'utf8').replace('informatie.tweestaps-email: true', 'informatie.tweestaps-email: false'));
    const { code, err } = await run(['certify', gap, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', join(dir, 'gat.pdf')]);
    expect(code).toBe(1);
    expect(err).toMatch(/certificate-not-covered|certificate-evidence/);
  });

  it('carries a QR code with its number and the SHA-256 of its embedded data, which verify shows too', async () => {
    const out = join(dir, 'bijlagen-qr');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, pdf]).code).toBe(0);
    const json = readFileSync(join(out, 'certificate.json'), 'utf8');
    const hash = createHash('sha256').update(json).digest('hex');
    const number = JSON.parse(json).number;
    expect(certificateQrText(number, json)).toBe(`PKVWL-CERT:1:${number}:sha256:${hash}`);
    const { out: text } = tool('pdftotext', [pdf, '-']);
    expect(text).toContain(hash);
    const verified = JSON.parse((await run(['verify', pdf, '--trust', issuer.trust, '--json'])).out);
    expect(verified.dataHash).toBe(hash);
    // Vector, not an image: the page has no raster image at all.
    expect(readFileSync(pdf, 'latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('takes an explicit issue date for examples and tests, and prints number, validity and path with --json', async () => {
    const out = join(dir, 'vast.pdf');
    const { code, out: json } = await run(
      ['certify', INSPECTION, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', out, '--issued-at', '2026-12-01', '--json'],
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(code).toBe(0);
    const printed = JSON.parse(json);
    expect(printed).toMatchObject({ format: 'pkvw-light/certify@1', issuedOn: '2026-12-01', validUntil: '2030-11-30', inspectedOn: '2026-11-18', path: out });
    expect(printed.number).toMatch(/^PKVWL-20261201-/);
  });

  it('uses the clock for the issue date', async () => {
    const later = await run(['verify', pdf, '--trust', issuer.trust, '--json'], new Date('2027-01-01T00:00:00Z'));
    expect(JSON.parse(later.out).certificate.issuedOn).toBe(NOW.toISOString().slice(0, 10));
  });
});
