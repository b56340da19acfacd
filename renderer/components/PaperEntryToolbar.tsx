import { Input, Space, Switch, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { categoryByCode } from './ballot-ticket';
import './paper-entry.css';

const clerkKey = 'kaoping.clerk';
const doubleKey = (id: number) => `kaoping.doubleEntry.${id}`;

/**
 * Who types (录入人, kept for the next time on this PC) and whether each paper ballot is typed twice
 * (双人录入, per event, on unless turned off): the settings of 纸质票录入 for 测评票 and 推荐票.
 */
export function usePaperEntrySettings(eventId: number) {
  const [clerk, setClerk] = useState(() => localStorage.getItem(clerkKey) ?? '');
  const [doubleEntry, setDoubleEntry] = useState(() => localStorage.getItem(doubleKey(eventId)) !== 'off');
  const [entered, setEntered] = useState(0);
  const clerkRef = useRef<InputRef>(null);
  return {
    clerk,
    changeClerk: (name: string) => {
      setClerk(name);
      localStorage.setItem(clerkKey, name.trim());
    },
    doubleEntry,
    changeDouble: (on: boolean) => {
      setDoubleEntry(on);
      localStorage.setItem(doubleKey(eventId), on ? 'on' : 'off');
    },
    /** ballots typed on this page since it opened */
    entered,
    countEntered: () => setEntered((n) => n + 1),
    clerkRef,
    focusClerk: () => clerkRef.current?.focus(),
  };
}

export type PaperEntrySettings = ReturnType<typeof usePaperEntrySettings>;

/** 录入人, 双人录入 and the counts over the 纸质票录入 form. */
export function PaperEntryToolbar(props: { settings: PaperEntrySettings; counted: number }) {
  const { settings } = props;
  return (
    <div className="entry-toolbar">
      <Space size={20} wrap>
        <Space size={6}>
          <span>录入人</span>
          <Input ref={settings.clerkRef} aria-label="录入人" value={settings.clerk} maxLength={20} onChange={(e) => settings.changeClerk(e.target.value)} style={{ width: 120 }} placeholder="姓名" />
        </Space>
        <Space size={6}>
          <Switch checked={settings.doubleEntry} onChange={settings.changeDouble} aria-label="双人录入" />
          <span>双人录入</span>
          <Typography.Text type="secondary">{settings.doubleEntry ? '（每张票由两人各录一遍，一致才计票）' : '（每张票录一遍即计票）'}</Typography.Text>
        </Space>
      </Space>
      <Space size={20}>
        <span>
          本次已录入 <b data-testid="entered-count">{settings.entered}</b> 张
        </span>
        <span>
          本轮已计票 <b data-testid="counted-count">{props.counted}</b> 张
        </span>
      </Space>
    </div>
  );
}

/** The 票号 field of 纸质票录入: typed, or scanned from the ballot's QR code (a scanner types it). */
export function TicketInput(props: { inputRef: React.Ref<InputRef>; value: string; onChange: (text: string) => void; onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void }) {
  return (
    <label className="entry-field">
      <span className="entry-label">票号</span>
      <Input
        ref={props.inputRef}
        data-entry="ticket"
        aria-label="票号"
        className="entry-ticket"
        value={props.value}
        autoFocus
        autoComplete="off"
        placeholder="扫描或输入"
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={props.onKeyDown}
      />
    </label>
  );
}

/** The 评委类别 field: the code ticked on the paper; beside it the category's name, or the codes to choose from. */
export function CategoryInput(props: {
  categories: readonly { readonly code: string; readonly name: string }[];
  value: string;
  onChange: (text: string) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
}) {
  const name = categoryByCode(props.categories, props.value)?.name;
  return (
    <label className="entry-field">
      <span className="entry-label">评委类别</span>
      <Input
        data-entry="category"
        aria-label="评委类别"
        className="entry-category"
        value={props.value}
        maxLength={10}
        autoComplete="off"
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={props.onKeyDown}
      />
      <span className={name ? 'entry-category-name' : 'entry-category-hint'}>{name ?? props.categories.map((c) => `${c.code} ${c.name}`).join('　')}</span>
    </label>
  );
}
