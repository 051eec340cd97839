import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';

/** One project's execution against the year (ratios: 0.5 is 50%). `level` comes from the monitoring fill. */
export interface ExecutionChartProject {
  readonly name: string;
  readonly executionRate: number;
  readonly timeProgress: number;
  /** The warning level the policy gave; without it bars are drawn in the neutral brand colour. */
  readonly level?: 'ok' | 'yellow' | 'red';
}

export interface ExecutionChartProps {
  readonly projects: readonly ExecutionChartProject[];
  readonly locale: 'zh' | 'en';
}

const TEXTS = {
  zh: {
    title: '执行率与时间进度',
    rate: '执行率',
    time: '时间进度',
    empty: '没有可显示的项目执行数据',
    row: '{name}：执行率{rate}，时间进度{time}{level}',
    levels: { ok: '', yellow: '，黄色预警', red: '，红色预警' },
  },
  en: {
    title: 'Execution rate vs time progress',
    rate: 'Execution rate',
    time: 'Time progress',
    empty: 'No project execution to show',
    row: '{name}: execution {rate}, time progress {time}{level}',
    levels: { ok: '', yellow: ', yellow warning', red: ', red warning' },
  },
} as const;

// Geometry in SVG user units; the SVG scales to the pane's width through its viewBox.
const WIDTH = 320;
const LABEL_WIDTH = 92;
const VALUE_WIDTH = 44;
const BAR_LEFT = LABEL_WIDTH + 4;
const BAR_WIDTH = WIDTH - BAR_LEFT - VALUE_WIDTH;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 12;
const LABEL_CHARS = 7;

const BAR_COLOURS = {
  ok: tokens.colorPaletteGreenBackground3,
  yellow: tokens.colorPaletteMarigoldBackground3,
  red: tokens.colorPaletteRedBackground3,
  none: tokens.colorBrandBackground,
} as const;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  svg: { width: '100%', height: 'auto', display: 'block', fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusSmall, verticalAlign: 'middle' },
  marker: { display: 'inline-block', width: '0', height: '12px', marginRight: tokens.spacingHorizontalXS, borderLeft: `2px dashed ${tokens.colorNeutralForeground1}`, verticalAlign: 'middle' },
});

const percent = (x: number, digits: number) => `${(x * 100).toFixed(digits).replace(/\.?0+$/, '')}%`;
const shortName = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS)}…` : name);
const fill = (template: string, data: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => data[k] ?? m);

/**
 * Execution rate against time progress, one bar per project (monitoring, domain.md §7): the bar is the
 * execution rate, coloured by the warning level; the dashed line is time progress. Plain SVG with Fluent
 * tokens, so it follows Office's theme; the scale stretches past 100% when a project overspends.
 */
export function ExecutionChart({ projects, locale }: ExecutionChartProps) {
  const styles = useStyles();
  const t = TEXTS[locale];
  if (projects.length === 0) {
    return (
      <figure className={styles.card} data-testid="execution-chart">
        <Text weight="semibold" size={200}>
          {t.title}
        </Text>
        <Caption1>{t.empty}</Caption1>
      </figure>
    );
  }
  const max = Math.max(1, ...projects.map((p) => Math.max(p.executionRate, p.timeProgress)));
  const x = (ratio: number) => BAR_LEFT + (Math.max(0, ratio) / max) * BAR_WIDTH;
  const height = projects.length * ROW_HEIGHT + 4;
  const titleId = `execution-chart-title-${locale}`;
  return (
    <figure className={styles.card} data-testid="execution-chart">
      <Text weight="semibold" size={200} id={titleId}>
        {t.title}
      </Text>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
        {/* 100% line, when the scale goes past it */}
        {max > 1 && <line x1={x(1)} x2={x(1)} y1={0} y2={height} style={{ stroke: tokens.colorNeutralStroke2 }} data-role="full" />}
        {projects.map((p, i) => {
          const top = i * ROW_HEIGHT + 4;
          const barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2 - 2;
          const description = fill(t.row, { name: p.name, rate: percent(p.executionRate, 2), time: percent(p.timeProgress, 2), level: t.levels[p.level ?? 'ok'] });
          return (
            <g key={`${i}-${p.name}`} data-project={p.name} data-level={p.level ?? 'none'}>
              <title>{description}</title>
              <text x={LABEL_WIDTH} y={barTop + BAR_HEIGHT - 2} textAnchor="end" style={{ fill: tokens.colorNeutralForeground1, fontSize: '10px' }}>
                {shortName(p.name)}
              </text>
              <rect x={BAR_LEFT} y={barTop} width={BAR_WIDTH * (1 / max)} height={BAR_HEIGHT} rx={2} style={{ fill: tokens.colorNeutralBackground3 }} />
              <rect
                data-role="rate"
                x={BAR_LEFT}
                y={barTop}
                width={x(p.executionRate) - BAR_LEFT}
                height={BAR_HEIGHT}
                rx={2}
                style={{ fill: BAR_COLOURS[p.level ?? 'none'] }}
              />
              <line
                data-role="time"
                x1={x(p.timeProgress)}
                x2={x(p.timeProgress)}
                y1={barTop - 3}
                y2={barTop + BAR_HEIGHT + 3}
                strokeWidth={2}
                strokeDasharray="3 2"
                style={{ stroke: tokens.colorNeutralForeground1 }}
              />
              <text x={WIDTH - 2} y={barTop + BAR_HEIGHT - 2} textAnchor="end" style={{ fill: tokens.colorNeutralForeground2, fontSize: '10px' }}>
                {percent(p.executionRate, 1)}
              </text>
            </g>
          );
        })}
      </svg>
      <Caption1 className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: BAR_COLOURS.none }} aria-hidden="true" />
          {t.rate}
        </span>
        <span>
          <span className={styles.marker} aria-hidden="true" />
          {t.time}
        </span>
      </Caption1>
    </figure>
  );
}
