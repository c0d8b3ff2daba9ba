import type { Language } from '../catalogue/catalogue-types.js';
import { defineMessages, type CodeOf, type Params, type ParamsOf, type ParamsTable } from '../i18n/message-map.js';
import type { Reason, SigningReason } from '../signing/verification-result.js';
import type { SigningCode } from '../signing/signing-messages.js';
import type { ProblemParams } from '../problems/problem.js';
import { claimGapFromToken } from '../verdict/claim-proof.js';
import { describeGap } from '../verdict/explanation.js';
import { verdictWords } from '../verdict/verdict-words.js';

/** Problem messages of src/certificate: refusals to certify, the content checks of verify, statuses and issuer commands. */
export const certificateMessages = defineMessages({
  nl: {
    'certificate-needs-inspection': () => 'een certificaat vraagt een inspectie door een PKVW-bedrijf (kind: inspection); een zelfcheck geeft alleen een rapport',
    'certificate-outcome': (p: Params<'outcome'>) => `geen certificaat: de uitkomst is ${p.outcome}, niet basis-op-orde (maak een rapport met: pkvw-light report)`,
    'certificate-evidence': () => 'geen certificaat: niet elke genomen basismaatregel is met het bewijs vastgesteld dat de catalogus vraagt',
    'certificate-not-covered': (p: Params<'scenario'>) => `geen certificaat: de basismaatregelen van scenario ${p.scenario} zijn niet op orde, en het certificaat zou dat scenario moeten dekken`,
    'certificate-no-dwelling': () => 'geen certificaat: het antwoordbestand noemt geen postcode en huisnummer (subject.dwelling)',
    'certificate-no-inspection': () => 'geen certificaat: het antwoordbestand noemt geen inspectiebedrijf en inspecteur (inspection)',
    'certificate-inspection-in-future': (p: Params<'inspected' | 'issued'>) => `geen certificaat: de inspectie is gedateerd ${p.inspected}, na de datum van afgifte ${p.issued}`,
    'certificate-inspection-too-old': (p: Params<'days' | 'inspected' | 'issued' | 'max'>) =>
      `geen certificaat: de inspectie van ${p.inspected} is op ${p.issued} ${p.days} dagen oud; de catalogus staat er hoogstens ${p.max} toe (een keuze van PKVW-light)`,
    'certificate-firm-mismatch': (p: Params<'firm' | 'organization'>) =>
      `geen certificaat: de inspectie noemt bedrijf "${p.firm}", maar het certificaat van de sleutel is van "${p.organization}"; alleen het bedrijf dat ondertekent mag op het certificaat staan`,
    'certificate-signer-not-valid': (p: Params<'from' | 'issued' | 'to'>) => `geen certificaat: afgifte op ${p.issued}, maar het certificaat van de sleutel geldt van ${p.from} tot ${p.to}`,
    'certificate-number-invalid': () => '--number: hoofdletters, cijfers en streepjes, 4 tot 40 tekens',
    'certificate-issued-at-invalid': (p: Params<'value'>) => `--issued-at ${p.value} is geen datum (verwacht: JJJJ-MM-DD of een ISO-tijdstip)`,
    'issuer-not-issued': (p: Params<'number' | 'register'>) => `${p.number} staat niet in het register van uitgegeven certificaten (${p.register})`,
    'issuer-already-revoked': (p: Params<'number'>) => `${p.number} is al ingetrokken`,
    'issuer-register-damaged': (p: Params<'line' | 'path'>) => `${p.path} regel ${p.line} is geen registerregel; het register wordt alleen aangevuld, nooit herschreven`,
    'issuer-reason-missing': () => '--reason mag niet leeg zijn',
    'issuer-valid-from-invalid': (p: Params<'value'>) => `--valid-from ${p.value} is geen datum (verwacht: JJJJ-MM-DD)`,
    'verify-check-embedded-data': () => 'de ingesloten certificaatgegevens zijn heel en leesbaar',
    'verify-check-firm-matches-signer': () => 'het bedrijf op het certificaat is de organisatie in het certificaat van de ondertekenaar',
    'verify-check-catalogue-hash': () => 'de catalogus is precies de genoemde versie',
    'verify-check-verdict-consistent': () => 'wat het certificaat noemt volgt uit de catalogus (opnieuw beoordeeld met evaluate)',
    'verify-check-validity-period': () => 'het certificaat is geldig op de gevraagde datum',
    'verify-check-not-revoked': () => 'het certificaat staat niet op de intrekkingslijst van het bedrijf',
    'verify-embedded-missing': (p: Params<'count'>) => `verwacht precies één certificate.json, gevonden: ${p.count}`,
    'verify-embedded-not-canonical': (p: Params<'name'>) => `${p.name} is geen canonieke JSON (RFC 8785)`,
    'verify-embedded-shape': (p: Params<'name'>) => `${p.name} heeft niet de vorm van het certificaatformaat`,
    'verify-is-report': () => 'dit is een ondertekend rapport, geen certificaat: een rapport certificeert niets',
    'verify-firm-mismatch': (p: Params<'firm' | 'organization'>) => `het certificaat noemt "${p.firm}", maar het is ondertekend door "${p.organization}" (of het TEST-kenmerk klopt niet)`,
    'verify-firm-is': (p: Params<'firm'>) => `${p.firm}`,
    'verify-catalogue-is': (p: Params<'id' | 'version'>) => `${p.id} ${p.version}`,
    'verify-risk-incomplete': (p: Params<'scenario'>) => `de dekking van scenario ${p.scenario} volgt niet uit de catalogus bij dat niveau`,
    'verify-requirement-status': (p: Params<'requirement'>) => `${p.requirement} hoort niet bij de gedekte scenario's van dit certificaat of is geen basismaatregel van de bestuurder`,
    'verify-coverage-empty': () => 'het certificaat dekt geen enkel scenario',
    'verify-coverage-twice': (p: Params<'scenario'>) => `scenario ${p.scenario} staat twee keer in de dekking van het certificaat`,
    'verify-requirement-twice': (p: Params<'requirement'>) => `${p.requirement} staat twee keer in de voldane basismaatregelen`,
    'verify-outcome-mismatch': (p: Params<'expected'>) => `het certificaat noemt een dekking, maar evaluate geeft bij deze risiconiveaus ${p.expected}`,
    'verify-validity-mismatch': (p: Params<'embedded' | 'expected'>) => `geldig tot ${p.embedded}, maar de catalogus geeft ${p.expected}`,
    'verify-inspection-date': (p: Params<'inspected' | 'issued' | 'max'>) => `inspectie ${p.inspected} past niet bij afgifte ${p.issued} (hoogstens ${p.max} dagen ervoor)`,
    'verify-catalogue-unavailable': (p: Params<'id' | 'version'>) => `catalogus ${p.id} ${p.version} is hier niet beschikbaar (ook niet onder spec/releases/); geef --spec MAP met die versie`,
    'verify-catalogue-hash-mismatch': (p: Params<'id' | 'version'>) => `de catalogus ${p.id} ${p.version} hier verschilt van de versie waarmee is beoordeeld`,
    'verify-consistent-certificate': () =>
      'elk gedekt scenario en elke genoemde basismaatregel volgt uit de catalogus bij de genoemde niveaus, die binnen het keurmerk vallen, en de data ook (de antwoorden zelf staan niet in de PDF)',
    'verify-outside-validity': (p: Params<'at' | 'from' | 'to'>) => `op ${p.at} niet geldig: geldig van ${p.from} tot en met ${p.to}`,
    'verify-within-validity': (p: Params<'at' | 'from' | 'to'>) => `${p.at} valt binnen ${p.from} – ${p.to}`,
    'verify-revoked': (p: Params<'reason' | 'revokedOn'>) => `ingetrokken op ${p.revokedOn}: ${p.reason}`,
    'verify-not-on-list': (p: Params<'count'>) => `niet vermeld op ${p.count} intrekkingslijst(en) van het bedrijf`,
    'verify-revocation-required': (p: Params<'firm'>) => `geen intrekkingslijst van ${p.firm} opgegeven (--revocations BESTAND), en --require-revocation-check vraagt er een`,
    'verify-revocations-invalid': (p: Params<'what'>) => `een intrekkingslijst is ongeldig (${p.what})`,
    'verify-revocations-untrusted': () => 'een intrekkingslijst is niet ondertekend door een bedrijf van een vertrouwde uitgever',
    'certificate-advice-first': (p: Params<'rules'>) =>
      `geen certificaat: na wat de intake meldt (${p.rules}) stelt eerst een CCV/BVA-beveiligingsadvies het risico vast; zonder dat advies in het antwoordbestand (advice) is er niets te certificeren`,
    'certificate-claim-unproven': (p: Params<'exception' | 'missing' | 'requirement'>) =>
      `geen certificaat: het beroep op ${p.exception} voor ${p.requirement} is niet bewezen (ontbreekt: ${missingWords(p.missing, 'nl')}); een certificaat vraagt dat elk beroep bewezen is`,
    'issuer-register-missing': (p: Params<'register'>) =>
      `er is geen register van uitgegeven certificaten op ${p.register}; geef met --register het register waarin certify het certificaat heeft vastgelegd (standaard naast het .p12-bestand)`,
  },
  en: {
    'certificate-needs-inspection': () => 'a certificate needs an inspection by a PKVW firm (kind: inspection); a self-check gives a report only',
    'certificate-outcome': (p) => `no certificate: the outcome is ${p.outcome}, not basis-op-orde (make a report with: pkvw-light report)`,
    'certificate-evidence': () => 'no certificate: not every basic measure in place was established with the evidence the catalogue demands',
    'certificate-not-covered': (p) => `no certificate: the basics of scenario ${p.scenario} are not in order, and the certificate would have to cover that scenario`,
    'certificate-no-dwelling': () => 'no certificate: the answers file names no postcode and house number (subject.dwelling)',
    'certificate-no-inspection': () => 'no certificate: the answers file names no inspection firm and inspector (inspection)',
    'certificate-inspection-in-future': (p) => `no certificate: the inspection is dated ${p.inspected}, after the issue date ${p.issued}`,
    'certificate-inspection-too-old': (p) =>
      `no certificate: the inspection of ${p.inspected} is ${p.days} days old on ${p.issued}; the catalogue allows at most ${p.max} (a PKVW-light choice)`,
    'certificate-firm-mismatch': (p) =>
      `no certificate: the inspection names firm "${p.firm}", but the key's certificate belongs to "${p.organization}"; only the firm that signs may be on the certificate`,
    'certificate-signer-not-valid': (p) => `no certificate: issued at ${p.issued}, but the key's certificate is valid from ${p.from} to ${p.to}`,
    'certificate-number-invalid': () => '--number: capitals, digits and hyphens, 4 to 40 characters',
    'certificate-issued-at-invalid': (p) => `--issued-at ${p.value} is not a date (expected: YYYY-MM-DD or an ISO timestamp)`,
    'issuer-not-issued': (p) => `${p.number} is not in the register of issued certificates (${p.register})`,
    'issuer-already-revoked': (p) => `${p.number} is already revoked`,
    'issuer-register-damaged': (p) => `${p.path} line ${p.line} is not a register line; the register is only appended to, never rewritten`,
    'issuer-reason-missing': () => '--reason must not be empty',
    'issuer-valid-from-invalid': (p) => `--valid-from ${p.value} is not a date (expected: YYYY-MM-DD)`,
    'verify-check-embedded-data': () => 'the embedded certificate data is intact and readable',
    'verify-check-firm-matches-signer': () => "the firm on the certificate is the organisation in the signer's certificate",
    'verify-check-catalogue-hash': () => 'the catalogue is exactly the version named',
    'verify-check-verdict-consistent': () => 'what the certificate states follows from the catalogue (re-evaluated with evaluate)',
    'verify-check-validity-period': () => 'the certificate is valid on the date asked',
    'verify-check-not-revoked': () => "the certificate is not on the firm's revocation list",
    'verify-embedded-missing': (p) => `expected exactly one certificate.json, found: ${p.count}`,
    'verify-embedded-not-canonical': (p) => `${p.name} is not canonical JSON (RFC 8785)`,
    'verify-embedded-shape': (p) => `${p.name} does not have the shape of the certificate format`,
    'verify-is-report': () => 'this is a signed report, not a certificate: a report certifies nothing',
    'verify-firm-mismatch': (p) => `the certificate names "${p.firm}", but "${p.organization}" signed it (or the TEST mark is wrong)`,
    'verify-firm-is': (p) => `${p.firm}`,
    'verify-catalogue-is': (p) => `${p.id} ${p.version}`,
    'verify-risk-incomplete': (p) => `the coverage of scenario ${p.scenario} does not follow from the catalogue at that level`,
    'verify-requirement-status': (p) => `${p.requirement} does not go with the scenarios this certificate covers or is not an owner basic`,
    'verify-coverage-empty': () => 'the certificate covers no scenario at all',
    'verify-coverage-twice': (p) => `scenario ${p.scenario} appears twice in the certificate's coverage`,
    'verify-requirement-twice': (p) => `${p.requirement} appears twice among the basics met`,
    'verify-outcome-mismatch': (p) => `the certificate states a coverage, but evaluate gives ${p.expected} at these risk levels`,
    'verify-validity-mismatch': (p) => `valid until ${p.embedded}, but the catalogue gives ${p.expected}`,
    'verify-inspection-date': (p) => `inspection ${p.inspected} does not fit issue ${p.issued} (at most ${p.max} days before)`,
    'verify-catalogue-unavailable': (p) => `catalogue ${p.id} ${p.version} is not available here (nor under spec/releases/); give --spec DIR with that version`,
    'verify-catalogue-hash-mismatch': (p) => `the catalogue ${p.id} ${p.version} here differs from the version assessed with`,
    'verify-consistent-certificate': () =>
      'every scenario covered and every basic listed follows from the catalogue at the levels named, which are within the keurmerk, and so do the dates (the answers themselves are not in the PDF)',
    'verify-outside-validity': (p) => `not valid on ${p.at}: valid from ${p.from} to ${p.to} inclusive`,
    'verify-within-validity': (p) => `${p.at} falls within ${p.from} – ${p.to}`,
    'verify-revoked': (p) => `revoked on ${p.revokedOn}: ${p.reason}`,
    'verify-not-on-list': (p) => `not on ${p.count} revocation list(s) of the firm`,
    'verify-revocation-required': (p) => `no revocation list of ${p.firm} given (--revocations FILE), and --require-revocation-check asks for one`,
    'verify-revocations-invalid': (p) => `a revocation list is invalid (${p.what})`,
    'verify-revocations-untrusted': () => 'a revocation list is not signed by a firm of a trusted issuer',
    'certificate-advice-first': (p) =>
      `no certificate: after what the intake reports (${p.rules}) a CCV/BVA security advice must first establish the risk; without that advice in the answers file (advice) there is nothing to certify`,
    'certificate-claim-unproven': (p) =>
      `no certificate: the claim on ${p.exception} for ${p.requirement} is not proven (missing: ${missingWords(p.missing, 'en')}); a certificate needs every claim proven`,
    'issuer-register-missing': (p) =>
      `there is no register of issued certificates at ${p.register}; give with --register the register in which certify recorded the certificate (by default beside the .p12 file)`,
  },
});

export type CertificateCode = CodeOf<typeof certificateMessages>;

/** The codes a certificate verification speaks in: the signature's and the certificate's. */
export type VerifyCode = SigningCode | CertificateCode;

/** A reason a certificate check gives: a signing or a certificate code, with the parameters its message reads. */
export type VerifyReason = SigningReason | Reason<ParamsTable<typeof certificateMessages>>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type CertificateParams<Code extends CertificateCode> = ParamsOf<typeof certificateMessages, Code>;

/** The gaps of an unproven claim, from their tokens, in the reader's words. */
function missingWords(tokens: ProblemParams[string] | undefined, lang: Language): string {
  const words = verdictWords[lang];
  return String(tokens ?? '')
    .split(',')
    .flatMap((token) => {
      const gap = claimGapFromToken(token);
      return gap ? [describeGap(gap, words)] : [];
    })
    .join(words.and);
}
