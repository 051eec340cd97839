import { parsePolicy, PolicyError, type PolicyIssue } from '../../core/policy/policy';
import type { Locale } from '../../core/findings';
import { stringsFor } from '../i18n/strings';

/** One bad field as the pane shows it: the path (for the form to find its field) and the text in the pane's language. */
export interface ShownIssue {
  readonly path: string;
  readonly text: string;
}

const ROOT_PATH = '(根)';

export function shownIssues(issues: readonly PolicyIssue[], locale: Locale): ShownIssue[] {
  const s = stringsFor(locale);
  return issues.map((i) => {
    const path = i.path === ROOT_PATH ? '' : i.path;
    return { path, text: `${path || s.rootPath}: ${locale === 'en' ? i.en : i.message}` };
  });
}

/** The problems of a policy document in the pane's language; [] when it is valid. */
export function policyIssues(doc: unknown, locale: Locale): ShownIssue[] {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    if (e instanceof PolicyError) return shownIssues(e.issues, locale);
    return [{ path: '', text: String(e) }];
  }
}
