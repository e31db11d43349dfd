// How much of a dossier statement's evidence its page lists.

/**
 * Sources listed under one dossier statement; the rest are counted. A figure that 80 of 3,000 articles report would
 * otherwise list 80 quotations, and the page ran to megabytes; the JSON API keeps every source.
 */
export const SOURCES_SHOWN = 6;
