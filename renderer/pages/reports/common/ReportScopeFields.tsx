import { Checkbox, Radio, Select } from 'antd';
import { useMemo } from 'react';
import type { AnnualGroup, Participant } from '../../../../shared/annual';
import type { Unit } from '../../../../shared/domain';
import { ParticipantSelect } from '../../../components/ParticipantSelect';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { scopeKindLabels, unitsWithParticipants, type ScopeDraft, type ScopeKind } from './reports-scope';
import '../reports.css';

/**
 * Whom a per-person paper is for (登记表, 考核结果通知书): everyone, a 考核分组, a unit (with its
 * sub-units) or named participants. `noun` names the paper in the controls' labels.
 */
export function ReportScopeFields(props: {
  noun: string;
  draft: ScopeDraft;
  onChange: (patch: Partial<ScopeDraft>) => void;
  groups: readonly AnnualGroup[];
  participants: readonly Participant[];
  units: readonly Unit[];
}) {
  const { noun, draft, onChange: change, groups, participants, units } = props;
  // a unit with no participant, even below it, would give no paper: not offered
  const emptyUnits = useMemo(() => {
    const with_ = unitsWithParticipants(units, participants);
    return new Set(units.filter((u) => !with_.has(u.id)).map((u) => u.id));
  }, [participants, units]);
  return (
    <>
      <div className="rp-field">
        <span className="rp-label">范围</span>
        <Radio.Group
          aria-label={`${noun}范围`}
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
            <UnitTreeSelect aria-label={`${noun}单位`} units={units} value={draft.unitId} onChange={(unitId) => change({ unitId })} disabledIds={emptyUnits} />
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
    </>
  );
}
