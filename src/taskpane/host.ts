/**
 * Finds out where the pane runs. In Excel, Office.onReady resolves with host "Excel". In a plain browser
 * office.js resolves with host null (and makes no network call); when office.js could not be loaded at
 * all (CDN build on a network without internet) `Office` is undefined. Both mean: preview mode.
 */
export interface HostInfo {
  readonly excel: boolean;
  readonly displayLanguage: string | null;
}

const READY_TIMEOUT_MS = 10_000;

export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { excel: false, displayLanguage: null };
  // A half-loaded office.js must not leave the pane blank forever; once Office answers, the give-up timer goes.
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    giveUp = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
  });
  let info: Awaited<ReturnType<typeof Office.onReady>> | null;
  try {
    info = await Promise.race([Office.onReady().catch(() => null), timedOut]);
  } finally {
    clearTimeout(giveUp);
  }
  const excel = info?.host === Office.HostType.Excel;
  let displayLanguage: string | null = null;
  try {
    displayLanguage = excel ? Office.context.displayLanguage : null;
  } catch {
    displayLanguage = null;
  }
  return { excel, displayLanguage };
}

/**
 * Preview mode talks to nothing but its own origin. office.js, finding no Office host, schedules a hidden
 * iframe to Microsoft's telemetry service a few seconds after loading; a Content-Security-Policy added
 * now (browsers apply a policy <meta> inserted at run time to later loads) keeps every request local.
 */
export function lockDownNetwork(doc: Document = document): void {
  if (doc.querySelector('meta[data-preview-csp]')) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "connect-src 'self'; frame-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'none'; object-src 'none'";
  meta.setAttribute('data-preview-csp', '');
  doc.head.appendChild(meta);
}
