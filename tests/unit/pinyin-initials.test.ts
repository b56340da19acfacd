import { describe, expect, it } from 'vitest';
import { pinyinInitials } from '../../shared/normalize';

/** 拼音首字母 for search boxes (shared/normalize/pinyin-initials.ts): ICU's pinyin order, surnames read as surnames. */
describe('pinyinInitials', () => {
  it('gives the initials of the demo office’s names', () => {
    const names: Record<string, string> = {
      周立新: 'zlx', 黄振华: 'hzh', 何丽娟: 'hlj', 郭志强: 'gzq', 吴明远: 'wmy', 林建峰: 'ljf', 谢文涛: 'xwt', 于海涛: 'yht',
      袁志华: 'yzh', 梁永刚: 'lyg', 徐晓燕: 'xxy', 孙国栋: 'sgd', 罗雪梅: 'lxm', 康建华: 'kjh', 夏雨欣: 'xyx', 冯晓东: 'fxd',
    };
    for (const [name, initials] of Object.entries(names)) expect([name, pinyinInitials(name)]).toEqual([name, initials]);
  });

  it('reads a surname as a surname in first place only: 曾晓红 zxh, but 何曾 hc', () => {
    expect(pinyinInitials('曾晓红')).toBe('zxh');
    expect(pinyinInitials('单田芳')).toBe('stf');
    expect(pinyinInitials('解放')).toBe('xf');
    expect(pinyinInitials('何曾')).toBe('hc');
  });

  it('keeps letters and digits, drops the rest: a 少数民族 name with a middle dot, a name with Latin letters', () => {
    expect(pinyinInitials('阿依古丽·买买提')).toBe('aygl' + 'mmt');
    expect(pinyinInitials('李A2 ')).toBe('la2');
    expect(pinyinInitials('')).toBe('');
  });
});
