import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface LevelSeries {
  readonly name: string;
  readonly values: readonly number[];
}

/** Colours by position: best level green … worst red, 弃权 grey (the way offices colour these). */
const palette = ['#389e0d', '#1d5fbf', '#d48806', '#cf1322', '#722ed1', '#13a8a8', '#eb2f96', '#597ef7', '#a0d911'];
const abstainColour = '#bfbfbf';

/** Stacked bars: one bar per 测评对象, one stack part per level (and 弃权). */
export function LevelChart(props: { names: readonly string[]; series: readonly LevelSeries[]; abstain: readonly number[] }) {
  const { names, series, abstain } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    chart.current = echarts.init(el, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: ChartOption = {
      animation: false,
      textStyle: { fontFamily: "'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: names.length > 12 ? 64 : 32 },
      xAxis: { type: 'category', data: [...names], axisLabel: { interval: 0, rotate: names.length > 12 ? 40 : 0 } },
      yAxis: { type: 'value', name: '票数', minInterval: 1 },
      series: [
        ...series.map((s, i): BarSeriesOption => ({ type: 'bar', name: s.name, stack: 'votes', data: [...s.values], itemStyle: { color: palette[i % palette.length] }, barMaxWidth: 36 })),
        { type: 'bar', name: '弃权', stack: 'votes', data: [...abstain], itemStyle: { color: abstainColour }, barMaxWidth: 36 },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [names, series, abstain]);

  return <div ref={box} className="level-chart" role="img" aria-label="等次分布图" />;
}
