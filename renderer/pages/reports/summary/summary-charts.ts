import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { OutcomeCode } from '../../../../shared/annual';
import type { SummaryReport } from '../../../../shared/reports/views';
import { percentText } from './summary-text';

/**
 * The three charts of the 汇总报告 as ECharts options (pure, unit-tested). They are drawn with the
 * SVG renderer at a fixed size (the width of the A4 版心), without animation, so what is on screen
 * is exactly what prints, as vectors.
 */
export type SummaryChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption>;

/** 156 mm, the GB/T 9704 版心 width, in CSS pixels */
export const chartWidth = 588;

const bodyFont = "'FangSong', 'STFangsong', '仿宋', 'Noto Serif CJK SC', serif";
const textStyle = { fontFamily: bodyFont, fontSize: 13, color: '#000' };

/** Colours by 等次, best first: they read apart in colour and, by lightness, in black and white. */
export const outcomeColours: Record<OutcomeCode, string> = {
  excellent: '#b22222',
  competent: '#1d5fbf',
  basic: '#d48806',
  fail: '#3a3a3a',
  undetermined: '#9e9e9e',
};

/** 等次分布: one ring, each slice labelled with its count and share (zero slices left out). */
export function outcomePieOption(totals: SummaryReport['totals']): SummaryChartOption {
  const counted = totals.byOutcome.filter((o) => o.count > 0);
  const whole = counted.reduce((n, o) => n + o.count, 0);
  return {
    animation: false,
    textStyle,
    series: [
      {
        type: 'pie',
        radius: ['36%', '66%'],
        center: ['50%', '50%'],
        startAngle: 90,
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{c}人（{d}%）', fontSize: 13, lineHeight: 18, fontFamily: bodyFont, color: '#000' },
        labelLine: { length: 14, length2: 18 },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: counted.map((o) => ({
          name: o.label,
          value: o.count,
          itemStyle: { color: outcomeColours[o.outcome] },
          label: { formatter: `{b}\n${o.count}人（${percentText(o.count, whole)}）` },
        })),
      },
    ],
  };
}

/** Height of the unit chart: a row per unit. */
export const unitChartHeight = (units: number): number => Math.max(160, units * 24 + 48);

/**
 * 各单位平均综合得分: a bar per unit, top to bottom in tree order, each with its figure. The axis
 * starts a little below the lowest average so the differences show; its labels say where.
 */
export function unitCompositeOption(byUnit: SummaryReport['byUnit']): SummaryChartOption {
  const units = byUnit.filter((u) => u.averageComposite != null);
  const values = units.map((u) => u.averageComposite!);
  const low = values.length > 0 ? Math.min(...values) : 0;
  const min = Math.max(0, Math.floor((low - 5) / 10) * 10);
  return {
    animation: false,
    textStyle,
    grid: { left: 8, right: 56, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min, axisLabel: { fontSize: 12, fontFamily: bodyFont, color: '#000' }, splitLine: { lineStyle: { color: '#d9d9d9' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: units.map((u) => u.unitName),
      axisLabel: { fontSize: 12, fontFamily: bodyFont, color: '#000', interval: 0 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: values,
        barMaxWidth: 16,
        itemStyle: { color: '#1d5fbf' },
        label: { show: true, position: 'right', formatter: (p) => Number(p.value).toFixed(2), fontSize: 12, fontFamily: bodyFont, color: '#000' },
      },
    ],
  };
}

/** 星数分布: people per number of stars held at year end, 0 on the left. */
export function starCountOption(counts: SummaryReport['starCounts']): SummaryChartOption {
  const ascending = [...counts].sort((a, b) => a.stars - b.stars);
  return {
    animation: false,
    textStyle,
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: ascending.map((c) => `${c.stars}星`), axisLabel: { fontSize: 12, fontFamily: bodyFont, color: '#000', interval: 0 }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1, name: '人数', nameTextStyle: { fontSize: 12, fontFamily: bodyFont, color: '#000' }, axisLabel: { fontSize: 12, fontFamily: bodyFont, color: '#000' }, splitLine: { lineStyle: { color: '#d9d9d9' } } },
    series: [
      {
        type: 'bar',
        data: ascending.map((c) => ({ value: c.people, itemStyle: { color: c.stars === ascending.at(-1)?.stars ? '#b22222' : '#d48806' } })),
        barMaxWidth: 28,
        label: { show: true, position: 'top', fontSize: 12, fontFamily: bodyFont, color: '#000' },
      },
    ],
  };
}
