import type { Question, QuestionSection } from './catalogue-types.js';

/** The order the self-check walks through: intake first (it sets the risk), then the four domains. */
export const QUESTION_SECTION_ORDER: readonly QuestionSection[] = ['intake', 'wonen', 'werk', 'verplaatsen', 'informatie'];

/**
 * Each question's position in flow order: by section, then as written (file name order, then
 * document order).
 * @example flowPositions(catalogue.questions).get('intake.rol') // 0
 */
export function flowPositions(questions: readonly Question[]): Map<string, number> {
  const ordered = questions
    .map((question, written) => ({ question, written }))
    .sort((a, b) => QUESTION_SECTION_ORDER.indexOf(a.question.section) - QUESTION_SECTION_ORDER.indexOf(b.question.section) || a.written - b.written);
  const positions = new Map<string, number>();
  ordered.forEach(({ question }, i) => {
    if (!positions.has(question.id)) positions.set(question.id, i);
  });
  return positions;
}
