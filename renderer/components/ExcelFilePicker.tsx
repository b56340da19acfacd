import { InboxOutlined } from '@ant-design/icons';
import { Alert, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';

/** The files every import reads: Excel workbooks (.xlsx, .xls) and CSV (ARCHITECTURE §3: the bytes cross, never a path). */
export const excelFileExtensions = '.xlsx,.xls,.csv';

export interface ExcelFilePickerProps {
  /** the dropping area's line, 「点击选择…，或将文件拖到此处」 */
  prompt: string;
  /** the formats and sizes read, under the prompt */
  formats: ReactNode;
  /** while a picked file is read: what shows it (a progress bar, a spinner), and no other file can be picked; null otherwise */
  reading: ReactNode | null;
  /** the file that could not be read and why; `testId` marks the reason for the tests */
  failure: { fileName: string; message: string; testId: string } | null;
  /** the notes under it all: how the file is read, that nothing is written before the preview */
  tips: ReactNode;
  onPick: (file: File) => void;
  className?: string;
}

/**
 * One file, dropped or picked, handed to `onPick` as it is (antd's own upload never runs), then its
 * reading, or why it could not be read, below: the first step of the roster import and of the
 * 平时考核 import alike.
 */
export function ExcelFilePicker(props: ExcelFilePickerProps) {
  const { prompt, formats, reading, failure, tips, onPick, className } = props;
  return (
    <div className={className}>
      <Upload.Dragger
        accept={excelFileExtensions}
        multiple={false}
        showUploadList={false}
        disabled={reading !== null}
        beforeUpload={(file) => {
          onPick(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{prompt}</p>
        <p className="ant-upload-hint">{formats}</p>
      </Upload.Dragger>
      {reading}
      {failure && (
        <Alert type="error" showIcon title={`无法导入“${failure.fileName}”`} description={<span data-testid={failure.testId}>{failure.message}</span>} style={{ marginTop: 16 }} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {tips}
      </Typography.Paragraph>
    </div>
  );
}
