import type { RecommendationCandidate, RecommendationConfig, RecommendationPost } from '../../../../shared/recommendation';

/**
 * Editing a 民主推荐's rules on the settings page: pure steps on the draft config, and what must hold
 * before it is sent (the service checks again and names what it refuses).
 */

/** The person a candidate is picked from (the roster's Person has these). */
export interface RosterPerson {
  readonly id: number;
  readonly name: string;
  readonly unitName: string;
  readonly post: string | null;
}

/** A code not yet used among `used`: P1, P2, … */
export function freshPostCode(used: readonly string[]): string {
  for (let n = 1; ; n++) if (!used.includes(`P${n}`)) return `P${n}`;
}

/** A new, empty post at the end: one seat, 另推荐 as the first post has it. */
export function addPost(config: RecommendationConfig): RecommendationConfig {
  const post: RecommendationPost = {
    code: freshPostCode(config.posts.map((p) => p.code)),
    name: '',
    seats: 1,
    writeIns: config.kind === 'recommend' ? (config.posts[0]?.writeIns ?? false) : false,
    candidates: [],
  };
  return { ...config, posts: [...config.posts, post] };
}

export function updatePost(config: RecommendationConfig, index: number, patch: Partial<RecommendationPost>): RecommendationConfig {
  return { ...config, posts: config.posts.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

/** The roster people appended to a post's candidates, those already on it left out (a person may stand for other posts). */
export function addCandidates(post: RecommendationPost, people: readonly RosterPerson[]): RecommendationPost {
  const have = new Set(post.candidates.map((c) => c.personId));
  const more: RecommendationCandidate[] = [];
  for (const p of people) {
    if (have.has(p.id)) continue;
    have.add(p.id);
    more.push({ personId: p.id, name: p.name, unitName: p.unitName, post: p.post ?? '' });
  }
  return { ...post, candidates: [...post.candidates, ...more] };
}

/** What must hold before the settings are sent, in the office's words. Empty = fine. */
export function configProblems(config: RecommendationConfig): string[] {
  const problems: string[] = [];
  const duplicates = (values: readonly string[]) => [...new Set(values.filter((v, i) => v !== '' && values.indexOf(v) !== i))];
  const postName = config.kind === 'approval' ? '拟任职务' : '推荐职位';

  if (!config.title.trim()) problems.push('请填写推荐票标题');
  if (config.posts.length === 0) problems.push(`至少需要一个${postName}`);
  config.posts.forEach((p, i) => {
    if (!p.name.trim()) problems.push(`第${i + 1}个${postName}没有名称`);
    if (config.kind === 'recommend' && !(p.seats >= 1)) problems.push(`「${p.name || i + 1}」的应推荐人数至少为1`);
  });
  for (const name of duplicates(config.posts.map((p) => p.name.trim()))) problems.push(`${postName}“${name}”重复`);

  if (config.categories.length === 0) problems.push('至少需要一个评委类别');
  config.categories.forEach((c, i) => {
    if (!c.code.trim()) problems.push(`第${i + 1}个评委类别没有代码`);
    if (!c.name.trim()) problems.push(`第${i + 1}个评委类别没有名称`);
  });
  for (const code of duplicates(config.categories.map((c) => c.code.trim().toUpperCase()))) problems.push(`评委类别代码“${code}”重复`);
  for (const name of duplicates(config.categories.map((c) => c.name.trim()))) problems.push(`评委类别“${name}”重复`);
  if (config.weighted && config.categories.length > 0 && config.categories.every((c) => c.weight === 0)) problems.push('按评委类别加权时，权重不能全部为0');
  if (config.quorum.numerator >= config.quorum.denominator) problems.push('到会要求的比例应小于1，例如 2/3');
  return problems;
}

/** The draft as it is sent: names trimmed, codes upper-case; on a 赞成票 the 推荐票-only fields as the preset has them. */
export function cleanConfig(config: RecommendationConfig): RecommendationConfig {
  return {
    ...config,
    title: config.title.trim(),
    ruleText: config.ruleText.trim(),
    posts: config.posts.map((p) => ({ ...p, name: p.name.trim(), ...(config.kind === 'approval' ? { seats: 1, writeIns: false } : {}) })),
    categories: config.categories.map((c) => ({ ...c, code: c.code.trim().toUpperCase(), name: c.name.trim() })),
  };
}
