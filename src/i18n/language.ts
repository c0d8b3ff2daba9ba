/** The languages every text and message exists in: Dutch is the source, English is for reports and reviewers. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale of each language, for numbers, dates and a document's language tag. */
export const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
