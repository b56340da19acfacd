import { describe, expect, it } from 'vitest';
import { surnameStrokes } from '../../renderer/pages/evaluation/surname-strokes';
import { moveEntry } from '../../renderer/components/OrderButtons';
import { addTargets, postRank, sortByPost, sortBySurnameStrokes, type TargetDraft } from '../../renderer/pages/evaluation/target-order';

const person = (id: number, name: string, post = ''): TargetDraft => ({ key: `p${id}`, personId: id, unitId: null, name, post, unitName: '办公室', group: '' });
const team = (id: number, name: string): TargetDraft => ({ key: `u${id}`, personId: null, unitId: id, name, post: '领导班子', unitName: name, group: '领导班子' });
const names = (list: readonly TargetDraft[]) => list.map((t) => t.name);

describe('姓氏笔画', () => {
  it('counts the strokes of common surnames (simplified forms)', () => {
    expect(surnameStrokes('丁一')).toBe(2);
    expect(surnameStrokes('王芳')).toBe(4);
    expect(surnameStrokes('张伟')).toBe(7);
    expect(surnameStrokes('黄振华')).toBe(11);
    expect(surnameStrokes('郭志强')).toBe(10);
    expect(surnameStrokes('魏东')).toBe(17);
    // a compound surname sorts by its first character; an unknown one has no count
    expect(surnameStrokes('欧阳明')).toBe(8);
    expect(surnameStrokes('犇犇')).toBeNull();
  });

  it('orders by surname strokes, 领导班子 first, unknown surnames last in their given order', () => {
    const list = [person(1, '魏东'), person(2, '犇一'), person(3, '王芳'), team(9, '办公室领导班子'), person(4, '丁一'), person(5, '犇二'), person(6, '李强')];
    expect(names(sortBySurnameStrokes(list))).toEqual(['办公室领导班子', '丁一', '王芳', '李强', '魏东', '犇一', '犇二']);
  });

  it('keeps the given order between equal stroke counts (张 and 李 both have 7)', () => {
    expect(names(sortBySurnameStrokes([person(1, '张三'), person(2, '李四')]))).toEqual(['张三', '李四']);
    expect(names(sortBySurnameStrokes([person(2, '李四'), person(1, '张三')]))).toEqual(['李四', '张三']);
  });
});

describe('按职务排序', () => {
  it('puts 正职 before 副职 of the same post and 班子 posts before 科室 posts', () => {
    expect(postRank({ post: '主任', personId: 1, unitId: null })).toBeLessThan(postRank({ post: '副主任', personId: 1, unitId: null }));
    expect(postRank({ post: '副主任', personId: 1, unitId: null })).toBeLessThan(postRank({ post: '科长', personId: 1, unitId: null }));
    expect(postRank({ post: '办公室副科长', personId: 1, unitId: null })).toBeGreaterThan(postRank({ post: '办公室科长', personId: 1, unitId: null }));
    const list = [person(1, '甲', '科员'), person(2, '乙', '副主任'), person(3, '丙', '科长'), person(4, '丁', '主任'), person(5, '戊', '司机'), person(6, '己', '副科长')];
    expect(names(sortByPost(list))).toEqual(['丁', '乙', '丙', '己', '甲', '戊']);
  });
});

describe('editing the list by hand', () => {
  const list = [person(1, '甲'), person(2, '乙'), person(3, '丙')];
  it('moves one entry up or down, and nowhere past the ends', () => {
    expect(names(moveEntry(list, 2, -1))).toEqual(['甲', '丙', '乙']);
    expect(names(moveEntry(list, 0, 1))).toEqual(['乙', '甲', '丙']);
    expect(names(moveEntry(list, 0, -1))).toEqual(['甲', '乙', '丙']);
    expect(names(moveEntry(list, 2, 1))).toEqual(['甲', '乙', '丙']);
  });

  it('adds only people not yet in the list, once each', () => {
    expect(names(addTargets(list, [person(2, '乙'), person(4, '丁'), person(4, '丁')]))).toEqual(['甲', '乙', '丙', '丁']);
  });
});
