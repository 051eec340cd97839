/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { ExecutionChart } from '../../../src/taskpane/components/ExecutionChart';

const projects = [
  { name: '城区中小学校舍维修改造项目', executionRate: 0.7444, timeProgress: 0.6667, level: 'ok' as const },
  { name: '体育馆前期', executionRate: 0.5, timeProgress: 0.6667, level: 'yellow' as const },
  { name: '幼儿园奖补', executionRate: 0.26, timeProgress: 0.6667, level: 'red' as const },
];

const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

describe('ExecutionChart', () => {
  it('draws one bar per project, proportional to the execution rate, with the time-progress marker', () => {
    const { container } = render(<ExecutionChart projects={projects} locale="zh" />);
    const rows = container.querySelectorAll('g[data-project]');
    expect([...rows].map((g) => g.getAttribute('data-project'))).toEqual(projects.map((p) => p.name));
    const widths = [...rows].map((g) => num(g.querySelector('[data-role="rate"]')!, 'width'));
    // Widths in proportion to the rates (scale 0–100%).
    expect(widths[0] / widths[2]).toBeCloseTo(0.7444 / 0.26, 5);
    expect(widths[1] / widths[2]).toBeCloseTo(0.5 / 0.26, 5);
    // The marker stands at the same x for every project (same month), right of a lagging bar's end.
    const markers = [...rows].map((g) => num(g.querySelector('[data-role="time"]')!, 'x1'));
    expect(new Set(markers).size).toBe(1);
    const barStart = num(rows[1].querySelector('[data-role="rate"]')!, 'x');
    expect(markers[1]).toBeGreaterThan(barStart + widths[1]);
    expect(markers[0]).toBeLessThan(barStart + widths[0]);
  });

  it('colours bars by warning level with Fluent tokens', () => {
    const { container } = render(<ExecutionChart projects={projects} locale="zh" />);
    const fills = [...container.querySelectorAll('[data-role="rate"]')].map((r) => (r as SVGElement).style.fill);
    expect(fills).toEqual(['var(--colorPaletteGreenBackground3)', 'var(--colorPaletteMarigoldBackground3)', 'var(--colorPaletteRedBackground3)']);
    expect(container.querySelectorAll('g[data-level]')[2].getAttribute('data-level')).toBe('red');
  });

  it('labels and describes each project in Chinese, long names shortened but kept in the description', () => {
    const { container } = render(<ExecutionChart projects={projects} locale="zh" />);
    expect(screen.getByRole('img', { name: '执行率与时间进度' })).toBeTruthy();
    const first = container.querySelector('g[data-project]')!;
    expect(first.querySelector('title')!.textContent).toBe('城区中小学校舍维修改造项目：执行率74.44%，时间进度66.67%');
    expect([...first.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['城区中小学校舍…', '74.4%']);
    expect(container.querySelectorAll('g[data-project]')[2].querySelector('title')!.textContent).toContain('红色预警');
    expect(screen.getByText('执行率')).toBeTruthy();
    expect(screen.getByText('时间进度')).toBeTruthy();
  });

  it('speaks English when Office does', () => {
    const { container } = render(<ExecutionChart projects={projects.slice(1, 2)} locale="en" />);
    expect(screen.getByRole('img', { name: 'Execution rate vs time progress' })).toBeTruthy();
    expect(container.querySelector('title')!.textContent).toBe('体育馆前期: execution 50%, time progress 66.67%, yellow warning');
  });

  it('stretches the scale past 100% for an overspent project and marks 100%', () => {
    const { container } = render(
      <ExecutionChart
        projects={[
          { name: '甲', executionRate: 1.2, timeProgress: 0.5 },
          { name: '乙', executionRate: 0.6, timeProgress: 0.5 },
        ]}
        locale="zh"
      />,
    );
    const [a, b] = [...container.querySelectorAll('[data-role="rate"]')].map((r) => num(r, 'width'));
    expect(a / b).toBeCloseTo(2, 5);
    const full = container.querySelector('[data-role="full"]')!;
    const start = num(container.querySelector('[data-role="rate"]')!, 'x');
    expect(num(full, 'x1') - start).toBeCloseTo(a / 1.2, 5);
    // Without a level, the neutral brand colour.
    expect((container.querySelector('[data-role="rate"]') as SVGElement).style.fill).toBe('var(--colorBrandBackground)');
  });

  it('says so when there is nothing to show', () => {
    render(<ExecutionChart projects={[]} locale="zh" />);
    const figure = screen.getByTestId('execution-chart');
    expect(within(figure).getByText('没有可显示的项目执行数据')).toBeTruthy();
    expect(figure.querySelector('svg')).toBeNull();
  });

  it('draws nothing below zero for a negative rate (bad input never breaks the pane)', () => {
    const { container } = render(<ExecutionChart projects={[{ name: '甲', executionRate: -0.1, timeProgress: 0.5 }]} locale="zh" />);
    expect(num(container.querySelector('[data-role="rate"]')!, 'width')).toBe(0);
  });
});
