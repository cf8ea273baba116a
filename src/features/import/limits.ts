/** The import's limits, shared by the worker's code and the page's messages (no other imports). */

/** More pages than this are not read (a department's disclosure has well under 80). */
export const MAX_PAGES = 150;
/** Larger files than this (MB) are not read. */
export const MAX_MEGABYTES = 50;
