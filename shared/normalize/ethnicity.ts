import { cleanCell, toHalfWidth } from './text';

/**
 * 民族 as the official forms write it: the full name with 族 (汉族, 土家族). Offices type the short
 * form (汉, 土家), add spaces or a stray 「民族」; the 56 names are data here, so 「汉」 becomes 「汉族」
 * and a name that is not one of them is kept as written (a foreign national's 民族 column, 「其他」).
 */
export const ethnicGroups: readonly string[] = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];

const known = new Set(ethnicGroups);

/** 「汉」「汉 族」「汉民族」「汉族」 -> 「汉族」; empty -> null; anything else cleaned and kept. */
export function normalizeEthnicity(raw: string | null | undefined): string | null {
  const text = toHalfWidth(cleanCell(raw ?? '')).replace(/\s+/g, '');
  if (!text) return null;
  const stem = text.replace(/(民族|族)$/, '');
  return known.has(stem) ? `${stem}族` : text;
}
