import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/report, by code. */
export const reportMessages: Messages = {
  nl: {
    'certificate-needs-inspection': () => 'een certificaat vraagt een inspectie door een PKVW-bedrijf (kind: inspection); een zelfcheck geeft alleen een rapport',
    'certificate-outcome': (p) => `geen certificaat: de uitkomst is ${p.outcome}, niet basis-op-orde (maak een rapport met: pkvw-light report)`,
    'certificate-evidence': () => 'geen certificaat: niet elke genomen basismaatregel is met het bewijs vastgesteld dat de catalogus vraagt',
    'certificate-no-dwelling': () => 'geen certificaat: het antwoordbestand noemt geen postcode en huisnummer (subject.dwelling)',
    'certificate-no-inspection': () => 'geen certificaat: het antwoordbestand noemt geen inspectiebedrijf en inspecteur (inspection)',
    'report-sign-needs-issuer': () => '--sign vraagt --issuer BEDRIJF.p12',
    'report-issuer-without-sign': () => '--issuer zonder --sign: voeg --sign toe om het rapport te ondertekenen, of laat --issuer weg',
  },
  en: {
    'certificate-needs-inspection': () => 'a certificate needs an inspection by a PKVW firm (kind: inspection); a self-check gives a report only',
    'certificate-outcome': (p) => `no certificate: the outcome is ${p.outcome}, not basis-op-orde (make a report with: pkvw-light report)`,
    'certificate-evidence': () => 'no certificate: not every basic measure in place was established with the evidence the catalogue demands',
    'certificate-no-dwelling': () => 'no certificate: the answers file names no postcode and house number (subject.dwelling)',
    'certificate-no-inspection': () => 'no certificate: the answers file names no inspection firm and inspector (inspection)',
    'report-sign-needs-issuer': () => '--sign needs --issuer FIRM.p12',
    'report-issuer-without-sign': () => '--issuer without --sign: add --sign to sign the report, or leave out --issuer',
  },
};
