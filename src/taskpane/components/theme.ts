import { tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { FLAG_FILL } from '../../adapters/workbook-port';

/** Office's light theme with the fonts Office uses for Chinese: Segoe UI for Latin, 微软雅黑 for Han. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: '"Segoe UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", sans-serif',
};

/**
 * Flag fills (the same the adapters paint on cells) and Fluent's status colours for text, borders and bars.
 * The `text` tokens hold at least 4.5:1 against the pane's light backgrounds (danger 6.8:1, warning 4.9:1,
 * brand 5.2:1 on #FAFAFA), so a severity word in its colour stays readable; they follow Office's theme.
 */
export const SEVERITY_COLOURS = {
  error: { fill: FLAG_FILL.error, text: tokens.colorStatusDangerForeground1, bar: tokens.colorStatusDangerForeground1 },
  warning: { fill: FLAG_FILL.warning, text: tokens.colorStatusWarningForeground1, bar: tokens.colorStatusWarningForeground1 },
  info: { fill: FLAG_FILL.info, text: tokens.colorBrandForeground1, bar: tokens.colorBrandForeground1 },
} as const;
