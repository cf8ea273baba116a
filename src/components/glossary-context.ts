/**
 * The defined terms of the dataset on screen (domain/glossary.ts), provided by the shell so a
 * <Term> anywhere shows its definition. Without a provider terms are plain text.
 */
import { createContext, useContext } from 'react';
import type { GlossaryEntry } from '../domain/glossary';

export const GlossaryContext = createContext<readonly GlossaryEntry[]>([]);

/** The current dataset's glossary (empty outside a dataset or when it prints none). */
export function useGlossary(): readonly GlossaryEntry[] {
  return useContext(GlossaryContext);
}
