import { webLightTheme, type Theme } from '@fluentui/react-components';
import { FLAG_FILL } from '../../adapters/workbook-port';

/** Office's light theme with the fonts Office uses for Chinese: Segoe UI for Latin, 微软雅黑 for Han. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: '"Segoe UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", sans-serif',
};

/** Flag fills (the same the adapters paint on cells) and a stronger tone of each for bars and borders. */
export const SEVERITY_COLOURS = {
  error: { fill: FLAG_FILL.error, bar: '#C50F1F' },
  warning: { fill: FLAG_FILL.warning, bar: '#BC8A00' },
  info: { fill: FLAG_FILL.info, bar: '#0F6CBD' },
} as const;
