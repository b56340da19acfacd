import { Alert, Button, Space, Tabs, Typography, type TabsProps } from 'antd';
import { useEffect, useState } from 'react';
import './ballot-event.css';

/**
 * The settings of a ballot event as a draft: what was saved, what is typed, the problems of the last
 * 保存设置. A new saved state (after a save, or another window's) replaces the draft.
 */
export function useSettingsDraft<D>(saved: D) {
  const [draft, setDraft] = useState<D>(saved);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    setDraft(saved);
    setProblems([]);
  }, [saved]);
  const differs = (pick: (d: D) => unknown) => JSON.stringify(pick(draft)) !== JSON.stringify(pick(saved));
  return { saved, draft, setDraft, problems, setProblems, dirty: differs((d) => d), differs };
}

export type SettingsDraft<D> = ReturnType<typeof useSettingsDraft<D>>;

/** A tab's label with 「 *」 while it has unsaved changes. */
export const dirtyLabel = (dirty: boolean, label: string) => (dirty ? `${label} *` : label);

/**
 * 测评设置 / 推荐设置 below the header: the read-only notice, the tabs with 撤销修改 and 保存设置 on
 * the settings tabs, and what stopped the last save. `check` lists the problems; none, `save` runs.
 */
export function BallotSetupPanel<D, K extends string>(props: {
  settings: SettingsDraft<D>;
  /** the notice while read-only, unless the 考核年度 is locked (its banner says so) */
  notice: string | null;
  tab: K;
  onTab: (tab: K) => void;
  items: NonNullable<TabsProps['items']>;
  /** whether this tab edits the draft (and the page is not read-only) */
  saveBar: boolean;
  check: () => string[];
  save: () => void;
  saving: boolean;
}) {
  const { settings } = props;
  const { dirty, problems, setProblems } = settings;
  const submit = () => {
    const found = props.check();
    setProblems(found);
    if (found.length === 0) props.save();
  };
  return (
    <div className="panel setup-panel">
      {props.notice && <Alert type="info" showIcon title={props.notice} style={{ marginBottom: 12 }} data-testid="locked-notice" />}
      <Tabs
        activeKey={props.tab}
        onChange={(k) => props.onTab(k as K)}
        tabBarExtraContent={
          props.saveBar ? (
            <Space>
              {dirty && <Typography.Text type="warning">有修改尚未保存</Typography.Text>}
              <Button onClick={() => settings.setDraft(settings.saved)} disabled={!dirty}>
                撤销修改
              </Button>
              <Button type="primary" onClick={submit} disabled={!dirty} loading={props.saving}>
                保存设置
              </Button>
            </Space>
          ) : null
        }
        items={props.items}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="设置有误，未保存"
          description={problems.map((p) => <div key={p}>{p}</div>)}
          closable={{ onClose: () => setProblems([]) }}
          data-testid="settings-problems"
        />
      )}
    </div>
  );
}
