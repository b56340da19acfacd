import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { paperDayText } from '../../../../shared/date-text';
import { Alert, App, Button, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SummaryReport } from '../../../../shared/reports/views';
import { exportPdf } from '../../../api';
import { QueryError } from '../../../components/QueryError';
import { errorText } from '../../../hooks/api-hooks';
import { navigate, useHashLocation } from '../../../router/hash-router';
import { useSummaryReport } from './reports-hooks';
import { openingSentence, summaryFileName, summaryTitle } from './summary-text';
import { chartsOf, ExcellentSection, LowerSection, OverviewSection, RedLineSection, StarsSection, UnitsSection } from './SummarySections';
import './summary-print.css';

/**
 * 年终考核汇总报告 print view (`#/annual/summary-print?year=2026`): A4 portrait in the GB/T 9704
 * look (小标宋 title, 仿宋 body, 黑体 headings, page numbers 「— N —」 from the @page rule), charts
 * in SVG. The toolbar does not print. `data-ready` turns true once the data, the fonts and every
 * chart are drawn, for whoever renders it to PDF.
 */
export function SummaryPrintView() {
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const report = useSummaryReport(valid ? year : undefined);

  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);

  if (!valid) return <Alert type="error" showIcon title="缺少考核年度，请从「年终考核材料」打开报告" style={{ margin: 16 }} />;
  if (report.isError) return <QueryError error={report.error} title="汇总报告未能生成" />;
  if (!report.data) return <Spin size="large" className="shell-loading" />;
  return <SummaryDocument report={report.data} />;
}

function SummaryDocument({ report }: { report: SummaryReport }) {
  const title = summaryTitle(report);
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(new Set());
  const [fontsReady, setFontsReady] = useState(false);
  const onDrawn = useCallback((name: string) => setDrawn((prev) => (prev.has(name) ? prev : new Set([...prev, name]))), []);
  const ready = fontsReady && chartsOf(report).every((c) => drawn.has(c));
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const onExportPdf = async () => {
    setExporting(true);
    try {
      const { saved } = await exportPdf(summaryFileName(report));
      if (saved) void message.success('已导出PDF');
    } catch (error) {
      void message.error(errorText(error), 6);
    } finally {
      setExporting(false);
    }
  };

  useEffect(() => {
    document.title = title;
    let live = true;
    void document.fonts.ready.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, [title]);

  return (
    <div className="summary-print-root" data-ready={ready ? 'true' : 'false'} data-testid="summary-print">
      <div className="summary-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/annual/reports')}>
          返回
        </Button>
        <span className="summary-toolbar-info">年终考核汇总报告（A4 纵向）{report.final ? '' : '，年度未锁定，结果未确定'}</span>
        <Button icon={<PrinterOutlined />} disabled={!ready} onClick={() => window.print()}>
          打印
        </Button>
        <Button type="primary" icon={<FilePdfOutlined />} loading={exporting} disabled={!ready} onClick={() => void onExportPdf()}>
          导出PDF
        </Button>
      </div>
      <article className="summary-sheet">
        <h1 className="summary-title">
          {/* two lines at most, broken after the unit, as 公文 titles are */}
          <span>{report.unitTitle}</span>
          <span>{title.slice(report.unitTitle.length)}</span>
        </h1>
        <p>{openingSentence(report)}</p>
        <OverviewSection report={report} onDrawn={onDrawn} />
        <UnitsSection report={report} onDrawn={onDrawn} />
        <ExcellentSection report={report} />
        <LowerSection report={report} />
        <RedLineSection report={report} />
        <StarsSection report={report} onDrawn={onDrawn} />
        <div className="summary-signature">
          <div>{report.unitTitle}</div>
          <div>{paperDayText(report.generatedAt)}</div>
        </div>
        <div className="summary-sources">
          <div className="summary-sources-title">附：数据来源说明</div>
          {report.sources.map((s) => (
            <div key={s}>{s}</div>
          ))}
        </div>
      </article>
    </div>
  );
}
