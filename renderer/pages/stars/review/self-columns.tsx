import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Upload, type TableColumnsType } from 'antd';
import { momentText } from '../../../../shared/date-text';
import type { EvidenceItem } from '../../../../shared/stars/views';
import { fileSizeText } from '../common/star-symbols';
import { claimedOf, noteOf, patchDraft, type ClaimDraft, type Drafts, type ReviewRow } from './review-drafts';
import { starColumn, type ReviewColumn } from './review-columns';
import type { useEvidence } from './use-evidence';

const evidenceTypes = '.jpg,.jpeg,.png,.gif,.bmp,.webp,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et';

/** 佐证材料: the star's files (open, delete) and the upload button. */
function evidenceColumn(files: readonly EvidenceItem[], evidence: ReturnType<typeof useEvidence>, locked: boolean): ReviewColumn {
  return {
    title: '佐证材料',
    key: 'evidence',
    width: 290,
    render: (_v, r) => (
      <div className="evidence-cell" data-code={r.item.code}>
        {files.filter((e) => e.code === r.item.code).map((e) => (
          <div key={e.id} className="evidence-file">
            <PaperClipOutlined />
            <Button type="link" size="small" className="evidence-open" onClick={() => void evidence.open(e)} title={`${fileSizeText(e.size)}，上传于 ${momentText(e.addedAt)}`}>
              {e.fileName}
            </Button>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除${e.fileName}`} onClick={() => evidence.remove(e)} />
          </div>
        ))}
        <Upload
          accept={evidenceTypes}
          showUploadList={false}
          multiple
          disabled={locked}
          beforeUpload={(file) => {
            void evidence.upload(r.item.code, file);
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={evidence.uploading === r.item.code} disabled={locked}>
            上传佐证
          </Button>
        </Upload>
      </div>
    ),
  };
}

/** 自评申报: claim a star with a note and attach its evidence. */
export function selfColumns(props: {
  stateColumn: ReviewColumn;
  claims: Drafts<ClaimDraft>;
  setClaims: (next: Record<string, ClaimDraft>) => void;
  files: readonly EvidenceItem[];
  evidence: ReturnType<typeof useEvidence>;
  locked: boolean;
}): TableColumnsType<ReviewRow> {
  const { claims, setClaims, locked } = props;
  return [
    starColumn,
    props.stateColumn,
    {
      title: '申报',
      key: 'claim',
      width: 64,
      align: 'center',
      render: (_v, r) => (
        <Checkbox
          aria-label={`申报${r.item.name}`}
          checked={claimedOf(claims, r)}
          disabled={locked || r.cell.state === 'held' || r.cell.state === 'removed'}
          onChange={(e) => setClaims(patchDraft(claims, r.cell.code, { claimed: e.target.checked }))}
        />
      ),
    },
    {
      title: '申报说明',
      key: 'note',
      render: (_v, r) => (
        <Input
          aria-label={`${r.item.name}申报说明`}
          size="small"
          value={noteOf(claims, r)}
          disabled={locked || !claimedOf(claims, r)}
          maxLength={500}
          onChange={(e) => setClaims(patchDraft(claims, r.cell.code, { note: e.target.value }))}
        />
      ),
    },
    evidenceColumn(props.files, props.evidence, locked),
  ];
}
