import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/contract/roster-import';
import { useElementHeight } from '../../hooks/use-element-height';
import type { PreviewFilter } from './import-labels';
import { PreviewTable } from './PreviewTable';

/** Step 3 预览: what the import will do, row by row, before anything is written. */
export function PreviewStep(props: { preview: ImportPreview; onDownloadErrors: () => void; downloading: boolean }) {
  const { preview, onDownloadErrors, downloading } = props;
  const { counts } = preview;
  const [filter, setFilter] = useState<PreviewFilter>(counts.error > 0 ? 'error' : 'all');
  const rows = useMemo(
    () =>
      filter === 'all' ? preview.rows
      : filter === 'warning' ? preview.rows.filter((r) => r.warnings.length > 0)
      : preview.rows.filter((r) => r.status === filter),
    [preview.rows, filter],
  );
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 360);

  return (
    <div className="import-preview">
      {/* counts and the filter on one line: on a 720 px screen the rows get the height */}
      <div className="import-preview-bar">
        <Space wrap size={[8, 8]} className="import-counts" data-testid="import-counts">
          <Tag color="green">新增 {counts.new}</Tag>
          <Tag color="blue">更新 {counts.update}</Tag>
          <Tag>无变化 {counts.same}</Tag>
          <Tag color="red">错误 {counts.error}</Tag>
          <Tag color="orange">警告 {counts.warning}</Tag>
          {preview.skipped.length > 0 && <Typography.Text type="secondary">另跳过 {preview.skipped.length} 行（空行、合计行等）</Typography.Text>}
        </Space>
        <Segmented<PreviewFilter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `全部 ${preview.rows.length}` },
            { value: 'new', label: `新增 ${counts.new}` },
            { value: 'update', label: `更新 ${counts.update}` },
            { value: 'same', label: `无变化 ${counts.same}` },
            { value: 'error', label: `错误 ${counts.error}` },
            { value: 'warning', label: `警告 ${counts.warning}` },
          ]}
        />
      </div>
      {counts.error > 0 && (
        <Alert
          type="error"
          showIcon
          title={`有 ${counts.error} 行存在错误，这些行不会导入；其余行可以正常导入。`}
          action={
            <Button icon={<DownloadOutlined />} onClick={onDownloadErrors} loading={downloading} title="原样保留各列并附“错误原因”一列，在 Excel 中改正后再次导入">
              下载错误行
            </Button>
          }
        />
      )}
      {preview.newUnits.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="import-new-units"
          title={`将新建 ${preview.newUnits.length} 个单位`}
          description={<Space wrap size={[4, 4]}>{preview.newUnits.map((u) => <Tag key={u}>{u}</Tag>)}</Space>}
        />
      )}
      <div ref={box} className="import-preview-table">
        <PreviewTable rows={rows} height={height - 40} />
      </div>
      {preview.skipped.length > 0 && (
        <Collapse
          size="small"
          items={[{
            key: 'skipped',
            label: `跳过的行（${preview.skipped.length}）`,
            children: preview.skipped.map((s) => <div key={s.sheetRow}>第{s.sheetRow}行：{s.reason}</div>),
          }]}
        />
      )}
    </div>
  );
}
