import { webLightTheme, type Theme } from '@fluentui/react-components';

/** Office's light theme with the fonts Office uses for Chinese: Segoe UI for Latin, 微软雅黑 for Han. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: '"Segoe UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", sans-serif',
};

/** Flag colours, the same the adapters paint on cells (light red / yellow / blue). */
export const SEVERITY_COLOURS = {
  error: { fill: '#FFC7CE', bar: '#C50F1F' },
  warning: { fill: '#FFEB9C', bar: '#BC8A00' },
  info: { fill: '#DDEBF7', bar: '#0F6CBD' },
} as const;
