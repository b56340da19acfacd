import type { ReactNode } from 'react';
import './ballot-event.css';

/** One labelled line of a settings tab (测评设置, 推荐设置), with its note under the control. */
export function SetupRow(props: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="setup-row">
      <span className="setup-label">{props.label}</span>
      <div className="setup-control">
        {props.children}
        {props.note && <div className="setup-note">{props.note}</div>}
      </div>
    </div>
  );
}
