import { Steps } from 'antd';
import type { GridRow, Publicity } from '../../../../shared/stars/views';

/** Where the period stands in "三评一公示": how many stars each step has touched. */
export function StepSummary({ rows, publicity }: { rows: readonly GridRow[]; publicity: Publicity | null }) {
  let claimed = 0;
  let voted = 0;
  let decided = 0;
  let held = 0;
  let disqualified = 0;
  for (const row of rows) {
    if (row.disqualified) {
      disqualified += 1;
      continue;
    }
    for (const c of row.cells) {
      if (c.claimed) claimed += 1;
      if (c.agree != null || c.disagree != null || c.score != null) voted += 1;
      if (c.decision) decided += 1;
      if (c.state === 'held') held += 1;
    }
  }
  const current = held > 0 ? 4 : publicity ? 3 : decided > 0 ? 2 : voted > 0 ? 1 : 0;
  return (
    <Steps
      className="step-summary"
      size="small"
      current={current}
      items={[
        { title: '自评', content: `申报 ${claimed} 星${disqualified ? `，不得参评 ${disqualified}` : ''}` },
        { title: '民主测评', content: `已录 ${voted} 星` },
        { title: '支部评定', content: `已评定 ${decided} 星` },
        { title: '公示', content: publicity ? `${publicity.start.slice(5)} 至 ${publicity.end.slice(5)}` : '未开始' },
        { title: '授星', content: `已授 ${held} 星` },
      ]}
    />
  );
}
