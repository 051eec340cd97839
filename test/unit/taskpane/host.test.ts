import { detectHost } from '../../../src/taskpane/host';
import { detectLocale } from '../../../src/taskpane/i18n/language';

type Global = { Office?: unknown };

function fakeOffice(host: string | null, displayLanguage = 'zh-CN') {
  return {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host, platform: host ? 'PC' : null }),
    context: { displayLanguage },
  };
}

afterEach(() => {
  delete (globalThis as Global).Office;
});

describe('where the pane runs and in which language', () => {
  test('Excel: the office.js adapter, with Office\'s display language', async () => {
    (globalThis as Global).Office = fakeOffice('Excel', 'en-US');
    await expect(detectHost()).resolves.toEqual({ excel: true, displayLanguage: 'en-US' });
  });

  test('a plain browser with office.js (host null) or without it: preview mode', async () => {
    (globalThis as Global).Office = fakeOffice(null);
    await expect(detectHost()).resolves.toEqual({ excel: false, displayLanguage: null });
    delete (globalThis as Global).Office;
    await expect(detectHost()).resolves.toEqual({ excel: false, displayLanguage: null });
  });

  test('another Office host is not Excel', async () => {
    (globalThis as Global).Office = fakeOffice('Word');
    await expect(detectHost()).resolves.toMatchObject({ excel: false });
  });

  test('once Office answers, the 10 s give-up timer is cleared (it would hold the pane, and jest, open)', async () => {
    jest.useFakeTimers();
    try {
      (globalThis as Global).Office = fakeOffice('Excel');
      await expect(detectHost()).resolves.toMatchObject({ excel: true });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  test('Chinese by default, English when Office speaks English or ?lang=en asks', () => {
    expect(detectLocale('zh-CN')).toBe('zh');
    expect(detectLocale('en-US')).toBe('en');
    expect(detectLocale('EN-gb')).toBe('en');
    expect(detectLocale('fr-FR')).toBe('zh');
    expect(detectLocale(null)).toBe('zh');
    expect(detectLocale(null, '?lang=en')).toBe('en');
    expect(detectLocale('en-US', '?lang=zh')).toBe('zh');
    expect(detectLocale(null, '?sample=x.xlsx')).toBe('zh');
  });
});
