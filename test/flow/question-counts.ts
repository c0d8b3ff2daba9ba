/**
 * How many questions a person is asked, per fixture case and for the wethouder of issue #16: the
 * questions (the advice step after the intake counts as one; under level D it is not asked), the
 * exception steps and the refusal steps (prompts: the refusal step comes back once per basic refused,
 * and once more for "no further" while a basic is still offered). A catalogue change that asks more shows up here in
 * review; README.md shows the same table (`question-count.test.ts` keeps the two equal).
 */
export const QUESTIONS_ASKED = {
  cases: {
    '01-brievenbus-raam-verdieping': { questions: 53, exceptionSteps: 0, refusalSteps: 0 },
    '01a-brievenbus-zonder-wachtwoordmanager': { questions: 53, exceptionSteps: 0, refusalSteps: 0 },
    '01b-brievenbus-achterramen-niet-gecertificeerd': { questions: 53, exceptionSteps: 1, refusalSteps: 0 },
    '01c-brievenbus-concrete-dreiging-raam-verdieping': { questions: 76, exceptionSteps: 0, refusalSteps: 0 },
    '01d-inbraak-raam-verdieping-blokkeert-alarm': { questions: 79, exceptionSteps: 1, refusalSteps: 0 },
    '01e-advies-harde-eis-en-eigen-keuze': { questions: 53, exceptionSteps: 0, refusalSteps: 1 },
    '02-rijksmonument-alternatief': { questions: 55, exceptionSteps: 1, refusalSteps: 0 },
    '03-nieuwbouw-bouwbesluit': { questions: 38, exceptionSteps: 1, refusalSteps: 0 },
    '04-collectief-besluit-basis': { questions: 38, exceptionSteps: 0, refusalSteps: 0 },
    '05-burgemeester-concrete-dreiging': { questions: 76, exceptionSteps: 1, refusalSteps: 1 },
    '06-alleen-tweestaps-email': { questions: 52, exceptionSteps: 0, refusalSteps: 0 },
    '07-doorverwijzen-stelsel': { questions: 10, exceptionSteps: 0, refusalSteps: 0 },
    '08-bva-advies-overschrijft': { questions: 59, exceptionSteps: 0, refusalSteps: 0 },
    '09-onvolledig-rookmelders': { questions: 38, exceptionSteps: 0, refusalSteps: 0 },
    '10-werkgever-niet-beslissend': { questions: 55, exceptionSteps: 0, refusalSteps: 0 },
    '11-bovenwoning-zonder-achterdeur': { questions: 32, exceptionSteps: 0, refusalSteps: 0 },
    '12-achterdeur-openbare-weg': { questions: 38, exceptionSteps: 1, refusalSteps: 0 },
    '13-doxing-gericht': { questions: 62, exceptionSteps: 0, refusalSteps: 0 },
    '14-heemraad-zonder-incidenten': { questions: 35, exceptionSteps: 0, refusalSteps: 0 },
    '15-galerijflat-ramen': { questions: 33, exceptionSteps: 1, refusalSteps: 0 },
    '16-huurder-verhuurder-weigert': { questions: 35, exceptionSteps: 1, refusalSteps: 0 },
    '17-stelsel-alleen-doorverwijzing': { questions: 10, exceptionSteps: 0, refusalSteps: 0 },
    '18-burgemeester-publiek-account': { questions: 64, exceptionSteps: 0, refusalSteps: 2 },
    '19-schade-thuis-eerst-advies': { questions: 56, exceptionSteps: 0, refusalSteps: 0 },
    '19b-schade-thuis-met-advies': { questions: 56, exceptionSteps: 0, refusalSteps: 0 },
  } as Record<string, { questions: number; exceptionSteps: number; refusalSteps: number }>,
  /** `check --demo`: fixtures/answers/zelfcheck-voorbeeld.yaml. */
  demo: { questions: 62, exceptionSteps: 1, refusalSteps: 0 },
  /** `wethouderTerracedHouse` in flow-test-kit.ts, played in a terminal by test/e2e/check.test.ts. */
  wethouder: { questions: 41, exceptionSteps: 1, refusalSteps: 0 },
};
