/**
 * How many questions a person is asked, per fixture case and for the wethouder of issue #16: the
 * questions and the exception steps (prompts). A catalogue change that asks more shows up here in
 * review; README.md shows the same table (`question-count.test.ts` keeps the two equal).
 */
export const QUESTIONS_ASKED = {
  cases: {
    '01-brievenbus-raam-verdieping': { questions: 62, exceptionSteps: 0 },
    '02-rijksmonument-alternatief': { questions: 63, exceptionSteps: 1 },
    '03-nieuwbouw-bouwbesluit': { questions: 59, exceptionSteps: 1 },
    '04-collectief-besluit-basis': { questions: 59, exceptionSteps: 0 },
    '05-burgemeester-concrete-dreiging': { questions: 70, exceptionSteps: 1 },
    '06-alleen-tweestaps-email': { questions: 61, exceptionSteps: 0 },
    '07-doorverwijzen-stelsel': { questions: 70, exceptionSteps: 0 },
    '08-bva-advies-overschrijft': { questions: 63, exceptionSteps: 0 },
    '09-onvolledig-rookmelders': { questions: 59, exceptionSteps: 0 },
    '10-werkgever-niet-beslissend': { questions: 63, exceptionSteps: 0 },
    '11-bovenwoning-zonder-achterdeur': { questions: 51, exceptionSteps: 0 },
    '12-achterdeur-openbare-weg': { questions: 59, exceptionSteps: 1 },
    '13-doxing-gericht': { questions: 65, exceptionSteps: 0 },
  } as Record<string, { questions: number; exceptionSteps: number }>,
  /** `check --demo`: fixtures/answers/zelfcheck-voorbeeld.yaml. */
  demo: { questions: 63, exceptionSteps: 1 },
  /** `wethouderTerracedHouse` in flow-test-kit.ts, played in a terminal by test/e2e/check.test.ts. */
  wethouder: { questions: 62, exceptionSteps: 1 },
};
