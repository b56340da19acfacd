import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AnnualGroup, Participant } from '../../../../shared/annual';
import type { Unit } from '../../../../shared/domain';
import { ParticipantSelect } from '../../../components/ParticipantSelect';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { invoke } from '../../../api';
import { useExportJob } from '../common/use-export-job';
import { navigate } from '../../../router/hash-router';
import { registerPrintHref } from './register-query';
import { emptyScopeDraft, participantsInScope, scopeKindLabels, unitsWithParticipants, scopeOf, scopeSummary, type ScopeDraft, type ScopeKind } from '../common/reports-scope';
import { ReportsJobProgress } from '../common/ReportsJobProgress';

type Layout = 'sheets' | 'pages';
const layoutLabels: Record<Layout, string> = { sheets: '每人一个工作表', pages: '单个工作表分页' };

/**
 * 年度考核登记表 for a choice of people: everyone, a 考核分组, a unit (with its sub-units) or
 * named participants; as .xlsx (a job with progress and 「取消」) or as the print view, which prints
 * and saves as PDF.
 */
export function ReportsRegisterCard(props: { year: number; groups: readonly AnnualGroup[]; participants: readonly Participant[]; units: readonly Unit[] }) {
  const { year, groups, participants, units } = props;
  const [draft, setDraft] = useState<ScopeDraft>(emptyScopeDraft);
  const [layout, setLayout] = useState<Layout>('sheets');
  const job = useExportJob();
  const scope = scopeOf(draft);
  const covered = useMemo(() => participantsInScope(scope, participants, units).length, [scope, participants, units]);
  const ready = scope != null && covered > 0;
  const change = (patch: Partial<ScopeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // a unit with no participant, even below it, would give no 登记表: not offered
  const emptyUnits = useMemo(() => {
    const with_ = unitsWithParticipants(units, participants);
    return new Set(units.filter((u) => !with_.has(u.id)).map((u) => u.id));
  }, [participants, units]);

  return (
    <section className="panel rp-card" aria-label="年度考核登记表">
      <h3 className="rp-card-title">年度考核登记表</h3>
      <p className="rp-card-text">每人一页 A4，填入人员信息和确定的等次，个人总结、评语和意见栏留空待填。</p>
      <div className="rp-field">
        <span className="rp-label">范围</span>
        <Radio.Group
          aria-label="登记表范围"
          value={draft.kind}
          onChange={(e) => change({ kind: e.target.value as ScopeKind })}
          options={(Object.keys(scopeKindLabels) as ScopeKind[]).map((k) => ({ value: k, label: scopeKindLabels[k] }))}
        />
      </div>
      {draft.kind === 'group' && (
        <div className="rp-field">
          <span className="rp-label">考核分组</span>
          <Select<number>
            aria-label="考核分组"
            value={draft.groupId}
            onChange={(groupId) => change({ groupId })}
            placeholder="请选择考核分组"
            options={groups.map((g) => ({ value: g.id, label: `${g.name}（${g.size}人）` }))}
            className="rp-control"
          />
        </div>
      )}
      {draft.kind === 'unit' && (
        <div className="rp-field">
          <span className="rp-label">单位</span>
          <div className="rp-control rp-unit">
            <UnitTreeSelect aria-label="登记表单位" units={units} value={draft.unitId} onChange={(unitId) => change({ unitId })} disabledIds={emptyUnits} />
            <Checkbox checked={draft.includeSubunits} onChange={(e) => change({ includeSubunits: e.target.checked })}>
              含下级单位
            </Checkbox>
          </div>
        </div>
      )}
      {draft.kind === 'people' && (
        <div className="rp-field">
          <span className="rp-label">人员</span>
          <ParticipantSelect
            multiple
            participants={participants}
            value={draft.personIds}
            onChange={(personIds) => change({ personIds })}
            ariaLabel="指定人员"
            placeholder="输入姓名或单位查找参加考核人员"
            notFound="本年度参加考核人员中没有找到"
            className="rp-control"
          />
        </div>
      )}
      <div className="rp-field">
        <span className="rp-label">Excel 版式</span>
        <Radio.Group aria-label="Excel版式" value={layout} onChange={(e) => setLayout(e.target.value as Layout)} options={(Object.keys(layoutLabels) as Layout[]).map((k) => ({ value: k, label: layoutLabels[k] }))} />
      </div>
      <Typography.Text type={ready ? 'secondary' : 'warning'} className="rp-scope-summary" data-testid="register-scope-summary">
        {scopeSummary(draft, covered)}
      </Typography.Text>
      <div className="rp-card-actions">
        <Button type="primary" icon={<FileExcelOutlined />} disabled={!ready} loading={job.running} onClick={() => scope && void job.start(() => invoke('reports.startRegister', { year, scope, layout }))}>
          导出Excel
        </Button>
        <Button icon={<PrinterOutlined />} disabled={!ready} onClick={() => scope && navigate(registerPrintHref(year, scope))}>
          打印预览 / 导出PDF
        </Button>
      </div>
      <ReportsJobProgress state={job.state} onCancel={job.cancel} testId="register-job" />
    </section>
  );
}
