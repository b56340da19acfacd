import { cleanCell, toHalfWidth } from '../normalize';

/**
 * How offices write the values of the coded columns, mapped to the app's vocabulary. Data: add a
 * spelling here. The vocabulary itself (allowed 政治面貌 and 人员类别) lives in the `vocabulary`
 * table, so an alias only applies when its target is an allowed value there.
 */

export const politicalAliases: Readonly<Record<string, string>> = {
  党员: '中共党员',
  共产党员: '中共党员',
  中国共产党党员: '中共党员',
  中共正式党员: '中共党员',
  正式党员: '中共党员',
  预备党员: '中共预备党员',
  中共预备: '中共预备党员',
  中国共产党预备党员: '中共预备党员',
  团员: '共青团员',
  共青团: '共青团员',
  中国共产主义青年团团员: '共青团员',
  // 「无」 in a 政治面貌 column means no party: 群众 on the official forms.
  无: '群众',
  普通群众: '群众',
  无党派: '无党派人士',
  民革: '民主党派', 民革党员: '民主党派',
  民盟: '民主党派', 民盟盟员: '民主党派',
  民建: '民主党派', 民建会员: '民主党派',
  民进: '民主党派', 民进会员: '民主党派',
  农工党: '民主党派', 农工党党员: '民主党派',
  致公党: '民主党派', 致公党党员: '民主党派',
  九三学社: '民主党派', 九三学社社员: '民主党派',
  台盟: '民主党派', 台盟盟员: '民主党派',
};

export const categoryAliases: Readonly<Record<string, string>> = {
  行政: '公务员',
  行政编: '公务员',
  行政编制: '公务员',
  公务员编制: '公务员',
  参公: '参照公务员法管理',
  参照管理: '参照公务员法管理',
  参照公务员管理: '参照公务员法管理',
  参照公务员法管理人员: '参照公务员法管理',
  参公编制: '参照公务员法管理',
  参公人员: '参照公务员法管理',
  事业编: '事业',
  事业编制: '事业',
  事业人员: '事业',
  事业单位人员: '事业',
  事业单位工作人员: '事业',
  工勤人员: '工勤',
  工勤编制: '工勤',
  机关工勤: '工勤',
  工勤技能人员: '工勤',
  聘用人员: '聘用',
  聘用制: '聘用',
  合同制: '聘用',
  合同工: '聘用',
  编外聘用: '聘用',
  编外人员: '聘用',
};

/**
 * 学历 (文化程度) as offices write it, mapped to the 'education' vocabulary (migration 011's preset:
 * 研究生, 大学本科, 大学专科, 中专, 高中, 初中及以下). Applied after `educationStem` has dropped how
 * the degree was earned (全日制, 在职, 党校…) and a trailing 学历/毕业.
 */
export const educationAliases: Readonly<Record<string, string>> = {
  博士研究生: '研究生', 硕士研究生: '研究生', 博士: '研究生', 硕士: '研究生', 研究生班: '研究生',
  本科: '大学本科', 大学: '大学本科', 大本: '大学本科', 大学本科毕业: '大学本科',
  大专: '大学专科', 专科: '大学专科', 高职: '大学专科', 高等专科: '大学专科', 大学专科毕业: '大学专科',
  中等专科: '中专', 中等专业: '中专', 中技: '中专', 技校: '中专', 中职: '中专', 职高: '中专', 中等职业: '中专',
  普高: '高中', 高中毕业: '高中',
  初中: '初中及以下', 小学: '初中及以下', 初中以下: '初中及以下', 初中及以下学历: '初中及以下',
};

/** How a degree was earned, written before it (全日制本科, 在职研究生, 省委党校大学): not part of the 学历. */
const educationMode = /^(?:全日制|在职|非全日制|函授|自考|自学考试|成人|成教|电大|网络教育|中央党校|省委党校|市委党校|县委党校|党校)/;

/** 「全日制大学本科学历」 -> 「大学本科」, 「研究生（硕士）」 -> 「研究生」: the part the vocabulary names. */
export function educationStem(raw: string): string {
  const text = aliasKey(raw).replace(/[(（].*?[)）]$/, '');
  const stem = text.replace(educationMode, '').replace(/(?:学历|毕业|文化)$/, '');
  return stem || text;
}

export const genderAliases: Readonly<Record<string, '男' | '女'>> = {
  男: '男',
  女: '女',
  男性: '男',
  女性: '女',
};

/** 是否班子成员: what a 是/否 column holds in practice (ticks, Y/N, 1/0). */
export const yesNoAliases: Readonly<Record<string, boolean>> = {
  是: true,
  否: false,
  '√': true,
  '✓': true,
  '✔': true,
  '×': false,
  '✗': false,
  Y: true,
  N: false,
  YES: true,
  NO: false,
  TRUE: true,
  FALSE: false,
  '1': true,
  '0': false,
  班子成员: true,
  非班子成员: false,
  不是: false,
};

/** The key an alias table is looked up by: half-width, no spaces, upper-case Latin letters. */
export const aliasKey = (raw: string): string => toHalfWidth(cleanCell(raw)).replace(/\s+/g, '').toUpperCase();

export type VocabularyMatch = { readonly ok: true; readonly value: string; readonly aliased: boolean } | { readonly ok: false };
export type VocabularyMatcher = ((raw: string) => VocabularyMatch) & { readonly allowed: readonly string[] };

/**
 * A matcher for one vocabulary: a value is accepted as written, else through its alias when the
 * alias' target is an allowed value. Built once per import, used for every row.
 */
export function vocabularyMatcher(allowed: readonly string[], aliases: Readonly<Record<string, string>>): VocabularyMatcher {
  const byKey = new Map<string, { value: string; aliased: boolean }>();
  for (const [alias, target] of Object.entries(aliases)) if (allowed.includes(target)) byKey.set(aliasKey(alias), { value: target, aliased: true });
  for (const value of allowed) byKey.set(aliasKey(value), { value, aliased: false });
  // The same few values fill a whole column: remember each spelling once.
  const seen = new Map<string, VocabularyMatch>();
  const match = (raw: string): VocabularyMatch => {
    let result = seen.get(raw);
    if (!result) {
      const hit = byKey.get(aliasKey(raw));
      result = hit ? { ok: true, ...hit } : { ok: false };
      if (seen.size < 10_000) seen.set(raw, result);
    }
    return result;
  };
  return Object.assign(match, { allowed });
}

export function matchGender(raw: string): '男' | '女' | null {
  return genderAliases[raw] ?? genderAliases[aliasKey(raw)] ?? null;
}

export function matchYesNo(raw: string): boolean | null {
  return yesNoAliases[raw] ?? yesNoAliases[aliasKey(raw)] ?? null;
}

/** The 学历 matcher: the value as written, else its stem (「全日制本科」 -> 「本科」 -> 大学本科). */
export function educationMatcher(allowed: readonly string[]): VocabularyMatcher {
  const base = vocabularyMatcher(allowed, educationAliases);
  const match = (raw: string): VocabularyMatch => {
    const direct = base(raw);
    return direct.ok ? direct : base(educationStem(raw));
  };
  return Object.assign(match, { allowed });
}
