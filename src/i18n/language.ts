/** The languages every text and message exists in: Dutch is the source, English is for reports and reviewers. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
