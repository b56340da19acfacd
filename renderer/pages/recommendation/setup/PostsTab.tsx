import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Person } from '../../../../shared/domain';
import { seatsLine, type RecommendationCandidate, type RecommendationConfig, type RecommendationPost } from '../../../../shared/recommendation';
import { OrderButtons } from '../../../components/OrderButtons';
import { PeoplePicker } from '../../../components/PeoplePicker';
import { useUnits } from '../../../hooks/data-hooks';
import { addCandidates, addPost, updatePost } from '../common/config-edit';
import { candidateWord } from '../common/recommendation-labels';
import { SavedListSelect } from './SavedListSelect';

type Props = { eventId: number; config: RecommendationConfig; onChange: (next: RecommendationConfig) => void; readOnly: boolean };

/**
 * 推荐职位与候选人: the posts (or the 拟任职务 of a 赞成票) in ballot order, each with its 应推荐人数 and
 * 另推荐, and the chosen post's candidates picked from the roster. A person may stand for several posts.
 */
export function PostsTab({ eventId, config, onChange, readOnly }: Props) {
  const units = useUnits();
  const [currentCode, setCurrentCode] = useState<string>(config.posts[0]?.code ?? '');
  const [selected, setSelected] = useState<Person[]>([]);
  const index = Math.max(0, config.posts.findIndex((p) => p.code === currentCode));
  const current = config.posts[index];
  const recommend = config.kind === 'recommend';
  const who = candidateWord(config.kind);
  const postWord = recommend ? '推荐职位' : '拟任职务';
  const taken = useMemo(() => new Set(current?.candidates.map((c) => c.personId) ?? []), [current]);

  const setPosts = (posts: RecommendationPost[]) => onChange({ ...config, posts });
  const setPost = (i: number, patch: Partial<RecommendationPost>) => onChange(updatePost(config, i, patch));
  const add = () => {
    const next = addPost(config);
    onChange(next);
    setCurrentCode(next.posts[next.posts.length - 1]!.code);
  };
  const addChosen = () => {
    if (!current) return;
    setPost(index, { candidates: addCandidates(current, selected).candidates });
    setSelected([]);
  };
  /** a saved list's people onto the current post; returns how many were new */
  const addSaved = (people: readonly { personId: number; name: string; unitName: string; post: string }[]) => {
    if (!current) return 0;
    const next = addCandidates(current, people.map((p) => ({ id: p.personId, name: p.name, unitName: p.unitName, post: p.post })));
    setPost(index, { candidates: next.candidates });
    return next.candidates.length - current.candidates.length;
  };

  const postColumns: TableColumnsType<RecommendationPost> = [
    { title: '序号', key: 'no', width: 52, align: 'center', render: (_v, _p, i) => i + 1 },
    {
      title: recommend ? '职位或荣誉名称' : '拟任职务',
      key: 'name',
      render: (_v, p, i) => (
        <Input
          value={p.name}
          maxLength={40}
          disabled={readOnly}
          placeholder={recommend ? '如：优秀共产党员' : '如：办公室主任'}
          aria-label={`第${i + 1}个${postWord}名称`}
          onChange={(e) => setPost(i, { name: e.target.value })}
          onFocus={() => setCurrentCode(p.code)}
        />
      ),
    },
    ...(recommend
      ? ([
          {
            title: '应推荐人数',
            key: 'seats',
            width: 104,
            render: (_v, p, i) => (
              <InputNumber
                value={p.seats}
                min={1}
                max={99}
                precision={0}
                disabled={readOnly}
                aria-label={`${p.name || `第${i + 1}个${postWord}`}应推荐人数`}
                onChange={(v) => setPost(i, { seats: v ?? 1 })}
                onFocus={() => setCurrentCode(p.code)}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: '另推荐',
            key: 'writeIns',
            width: 76,
            align: 'center',
            render: (_v, p, i) => (
              <Switch checked={p.writeIns} disabled={readOnly} aria-label={`${p.name || `第${i + 1}个${postWord}`}允许另推荐`} onChange={(v) => setPost(i, { writeIns: v })} />
            ),
          },
        ] satisfies TableColumnsType<RecommendationPost>)
      : []),
    { title: `${who}`, key: 'count', width: 76, align: 'right', render: (_v, p) => `${p.candidates.length} 人` },
    {
      title: '操作',
      key: 'actions',
      width: 96,
      align: 'center',
      render: (_v, p, i) => <OrderButtons list={config.posts} index={i} onChange={setPosts} name={p.name || `第${i + 1}个${postWord}`} disabled={readOnly} />,
    },
  ];

  const setCandidates = (candidates: RecommendationCandidate[]) => setPost(index, { candidates });
  const candidateColumns: TableColumnsType<RecommendationCandidate> = [
    { title: '序号', key: 'no', width: 52, align: 'center', render: (_v, _c, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '单位', dataIndex: 'unitName', width: 130, ellipsis: true },
    { title: '职务', dataIndex: 'post', ellipsis: true },
    {
      title: '操作',
      key: 'actions',
      width: 96,
      align: 'center',
      render: (_v, c, i) =>
        current && <OrderButtons list={current.candidates} index={i} onChange={setCandidates} name={c.name} removeWord="移除" minLength={0} disabled={readOnly} />,
    },
  ];

  const currentName = current?.name.trim() || `第${index + 1}个${postWord}`;
  return (
    <div className="posts-tab">
      {!readOnly && (
        <div className="posts-picker">
          <Typography.Title level={5} ellipsis>
            从花名册为「{currentName}」选择{who}
          </Typography.Title>
          <PeoplePicker
            rankFilter
            units={units.data ?? []}
            unitFilter="select"
            selected={selected}
            onSelect={setSelected}
            taken={taken}
            takenLabel="已加入"
            selectAllLabel={() => '全选本页'}
            leaderFilter
            searchPlaceholder="姓名/职务"
            searchWidth={140}
            height={250}
            emptyText={{ all: '没有符合条件的人员' }}
            actions={
              <Button type="primary" icon={<PlusOutlined />} disabled={!current || selected.length === 0} onClick={addChosen}>
                加入{who}{selected.length > 0 ? `（${selected.length}人）` : ''}
              </Button>
            }
            extraFilter={<SavedListSelect exceptId={eventId} onAdd={addSaved} disabled={!current} />}
          />
        </div>
      )}
      <div className="posts-editor">
        <div className="posts-editor-head">
          <Typography.Title level={5}>
            {recommend ? '推荐职位（荣誉）' : '拟任职务'}（{config.posts.length} 项，按票面顺序）
          </Typography.Title>
          {!readOnly && (
            <Button size="small" icon={<PlusOutlined />} onClick={add}>
              添加{postWord}
            </Button>
          )}
        </div>
        <Table<RecommendationPost>
          size="small"
          className="posts-table"
          rowKey="code"
          columns={postColumns}
          dataSource={config.posts}
          pagination={false}
          onRow={(p) => ({ onClick: () => setCurrentCode(p.code) })}
          rowClassName={(p) => (p.code === current?.code ? 'post-current' : '')}
          data-testid="posts-table"
        />
        {current && (
          <>
            <div className="posts-editor-head">
              <Typography.Title level={5}>
                「{currentName}」的{who}（<span data-testid="candidate-count">{current.candidates.length}</span> 人，按票面顺序）
              </Typography.Title>
              <Typography.Text type="secondary">{seatsLine(config, current)}</Typography.Text>
            </div>
            <Table<RecommendationCandidate>
              size="small"
              rowKey="personId"
              columns={candidateColumns}
              dataSource={current.candidates}
              pagination={false}
              scroll={{ y: 220 }}
              locale={{ emptyText: readOnly ? `没有${who}` : `还没有${who}，请从左侧花名册中选择后点击“加入”` }}
              data-testid="candidates-table"
            />
          </>
        )}
      </div>
    </div>
  );
}
