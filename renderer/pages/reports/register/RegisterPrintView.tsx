import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Spin, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { exportPdf } from '../../../api';
import { QueryError } from '../../../components/QueryError';
import { errorText, useChannelQuery } from '../../../hooks/api-hooks';
import { useAnnualYear } from '../../../hooks/annual-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { navigate, useHashLocation } from '../../../router/hash-router';
import { RegisterSheet } from './RegisterSheet';
import { parseScopeQuery, type RegisterQuery } from './register-query';
import './register-print.css';

const invalidAddress: RegisterQuery = { year: 0, scope: { kind: 'all' } };

/**
 * 年度考核登记表 print view: one A4 portrait page per participant in the scope of the address
 * (register-query.ts), for 「打印」 and 「导出PDF」. The toolbar does not print. The root carries
 * `data-ready="true"` once the pages are on screen (tests and the PDF bench wait for it).
 */
export function RegisterPrintView() {
  const { query } = useHashLocation();
  const parsed = parseScopeQuery(query);
  const request = parsed ?? invalidAddress;
  const data = useChannelQuery('reports.registerForms', { year: request.year, scope: request.scope }, { enabled: parsed != null });
  const units = useUnits();
  const annualYear = useAnnualYear(parsed?.scope.kind === 'group' ? parsed.year : undefined);
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  // Electron saves the PDF itself; browser mode goes through the print dialog
  const savesPdf = window.kaoping?.printToPdf != null;

  useEffect(() => {
    document.body.classList.add('print-view', 'register-print-view');
    return () => document.body.classList.remove('print-view', 'register-print-view');
  }, []);

  const forms = data.data;
  const scope = request.scope;
  // the same name as the .xlsx: the unit, the group, the one person, else how many
  const count = `${forms?.forms.length ?? 0}人`;
  const label =
    forms == null ? '' :
    scope.kind === 'unit' ? (units.data?.find((u) => u.id === scope.unitId)?.name ?? count) :
    scope.kind === 'group' ? (annualYear.data?.groups.find((g) => g.id === scope.groupId)?.name ?? count) :
    scope.kind === 'all' ? forms.unitTitle || count :
    forms.forms.length === 1 ? forms.forms[0]!.name : count;
  const fileName = forms ? `${forms.year}年度考核登记表（${label}）${forms.final ? '' : '（未确定）'}` : '';

  // The browser offers the page title as the PDF's name.
  useEffect(() => {
    if (fileName) document.title = fileName;
  }, [fileName]);

  const onExportPdf = async () => {
    setExporting(true);
    try {
      const { saved } = await exportPdf(`${fileName}.pdf`);
      if (saved) void message.success('PDF已保存');
    } catch (error) {
      void message.error(errorText(error), 6);
    } finally {
      setExporting(false);
    }
  };

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/annual/reports')}>
      返回
    </Button>
  );
  if (parsed == null || data.isError) {
    return (
      <div className="register-problem">
        {parsed == null ? <Alert type="error" showIcon title="打印地址不完整：缺少考核年度或人员范围，请从「年终考核材料」页面打开登记表打印预览" /> : <QueryError error={data.error} />}
        {back}
      </div>
    );
  }

  return (
    <div className="register-print-root" data-ready={forms ? 'true' : undefined}>
      <div className="register-toolbar">
        {back}
        <span className="register-toolbar-info" data-testid="register-count">
          {forms ? `${forms.year}年度考核登记表：共 ${forms.forms.length} 份（每人一页，A4 纵向）${forms.final ? '' : '，年度尚未锁定，标题注明“未确定”'}` : '正在生成登记表…'}
        </span>
        <Button icon={<PrinterOutlined />} disabled={!forms || forms.forms.length === 0} onClick={() => window.print()}>
          打印
        </Button>
        <Tooltip title={savesPdf ? '保存为PDF文件（每人一页）' : '浏览器中将打开打印对话框，请在“目标打印机”中选择“另存为PDF”'}>
          <Button type="primary" icon={<FilePdfOutlined />} loading={exporting} disabled={!forms || forms.forms.length === 0} onClick={() => void onExportPdf()}>
            导出PDF
          </Button>
        </Tooltip>
      </div>
      {!forms && <Spin size="large" className="shell-loading" />}
      {forms && forms.forms.length === 0 && <Alert type="warning" showIcon title={`所选范围内没有参加${forms.year}年度考核的人员`} className="register-empty" />}
      {forms?.forms.map((form) => <RegisterSheet key={form.personId} form={form} final={forms.final} />)}
    </div>
  );
}
