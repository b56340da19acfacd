import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { AnnualRules, OutcomeCode } from '../../../../shared/annual/rules';
import type { CompositeRow } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { confirmEntryFor, labelOf, type ChangeNeeds } from './composite-decisions';

export interface OutcomeChoice {
  readonly row: CompositeRow;
  readonly outcome: OutcomeCode;
  readonly needs: ChangeNeeds;
  readonly groupName: string;
}

/**
 * A 确定等次 that needs more than a click: different from the suggestion (a written reason), above a
 * gate (a warning and a reason), or one 优秀 more than the group's quota (the committee's explicit
 * override and its reason; shown in red everywhere afterwards).
 */
export function ConfirmOutcomeDialog(props: { choice: OutcomeChoice | null; rules: AnnualRules; year: number; onClose: () => void }) {
  const { choice, rules, year, onClose } = props;
  const [reason, setReason] = useState('');
  const [overrideChecked, setOverrideChecked] = useState(false);
  const confirm = useChannelMutation('annual.confirm', { success: '已保存确定等次', showError: false });
  const { reset } = confirm;
  useEffect(() => {
    setReason('');
    setOverrideChecked(false);
    reset();
  }, [choice, reset]);

  const entry = choice ? confirmEntryFor(choice.row, choice.outcome, choice.needs, { reason, overrideChecked }) : null;
  const row = choice?.row;
  const needs = choice?.needs;
  const chosen = choice && row ? labelOf(rules, row, choice.outcome) : '';
  return (
    <Modal
      title={row ? `确定等次：${row.name}（${chosen}）` : ''}
      open={choice !== null}
      onCancel={onClose}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: entry === null, loading: confirm.isPending, danger: needs?.override }}
      onOk={() => {
        if (!entry) return;
        confirm.mutate({ year, entries: [entry] }, { onSuccess: onClose });
      }}
      width={520}
      destroyOnHidden
    >
      {row && needs && (
        <div className="cp-dialog">
          {needs.reason && (
            <Alert
              type="warning"
              showIcon
              title={row.committee ? '得分并列，由考核委员会确定，请填写理由' : '与建议等次不一致，请填写理由'}
              description={
                row.committee
                  ? `${row.note}；拟确定为：${chosen}。并列人员的等次由考核委员会逐一确定并写明依据。`
                  : row.suggested === null
                    ? `该人员暂无建议等次（${row.insufficient ? row.note : '缺少得分'}），确定等次须写明依据。`
                    : `建议等次：${labelOf(rules, row, row.suggested)}；拟确定为：${chosen}。`
              }
            />
          )}
          {needs.aboveGates.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="所选等次高于综合得分分数线对应的等次"
              description={
                <ul className="cp-list">
                  {needs.aboveGates.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              }
            />
          )}
          {needs.override && (
            <Alert
              type="error"
              showIcon
              title="超出优秀名额"
              description={`${choice.groupName}优秀名额 ${needs.excellentQuota} 人，已确定优秀 ${needs.excellentOthers} 人。再确定为优秀将超出名额，须经考核委员会决定，并在结果中以红色标明。`}
            />
          )}
          <Form layout="vertical">
            {needs.override && (
              <Form.Item>
                <Checkbox checked={overrideChecked} onChange={(e) => setOverrideChecked(e.target.checked)}>
                  考核委员会决定超出名额
                </Checkbox>
              </Form.Item>
            )}
            <Form.Item label="理由" required>
              <Input.TextArea
                aria-label="理由"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={500}
                showCount
                autoSize={{ minRows: 3, maxRows: 6 }}
                placeholder="写明考核委员会的决定及依据"
                autoFocus
              />
            </Form.Item>
          </Form>
          {confirm.isError && <Alert type="error" showIcon title={errorText(confirm.error)} />}
        </div>
      )}
    </Modal>
  );
}
