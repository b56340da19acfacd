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
