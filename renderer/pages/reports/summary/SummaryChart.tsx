import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { chartWidth, type SummaryChartOption } from './summary-charts';

echarts.use([BarChart, PieChart, GridComponent, SVGRenderer]);

/**
 * One chart of the 汇总报告: SVG, fixed size, no animation, so the printout is sharp and the same
 * as the screen. `onDrawn(name)` is called once ECharts has finished drawing the option.
 */
export function SummaryChart(props: { name: string; option: SummaryChartOption; height: number; label: string; onDrawn: (name: string) => void }) {
  const { name, option, height, label, onDrawn } = props;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const chart = echarts.init(el, undefined, { renderer: 'svg', width: chartWidth, height });
    chart.on('finished', () => onDrawn(name));
    chart.setOption(option, { notMerge: true });
    return () => chart.dispose();
  }, [name, option, height, onDrawn]);

  return <div ref={box} className="summary-chart" style={{ width: chartWidth, height }} role="img" aria-label={label} />;
}
