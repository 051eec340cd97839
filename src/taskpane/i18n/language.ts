import type { Locale } from '../../core/findings';

/**
 * Chinese unless Office (or, in preview, `?lang=en`) says English. Other languages get Chinese: the
 * users are Chinese finance bureaus, and an English UI is for colleagues and reviewers.
 */
export function detectLocale(displayLanguage: string | null | undefined, search = ''): Locale {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (fromQuery) return fromQuery.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
