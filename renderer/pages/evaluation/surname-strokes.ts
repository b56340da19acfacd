/**
 * Stroke counts (simplified forms) of common surnames, for 「按姓氏笔画排序」 — the order in which
 * lists of cadres are printed when no post order applies. Data, not a rule: a surname missing here
 * sorts after the known ones, in roster order, and the list stays adjustable by hand.
 */
const surnamesByStrokes: Readonly<Record<number, string>> = {
  2: '丁卜刁乜',
  3: '于万马弓卫习门山上千',
  4: '王方毛孔尹文牛卞元车邓韦尤巴仇公水仁化丰贝区计戈木云从井',
  5: '卢白冯石叶田史包龙甘丘左申皮边冉司兰艾古玉平台宁乐印弘生占东令付代丛帅',
  6: '刘江许孙朱任向华吕危汤祁毕安乔庄成阮伍全齐纪米年关曲羊邢匡伊后池吉闫那牟师戎仲朴权阳邬巩宇伏衣扬',
  7: '李杨吴何沈宋杜汪张陈苏邱邵花余岑狄冷时谷麦利应闵佘芦巫况辛劳连步邹励来严肖陆邸言寿沙初邰沃佟位迟',
  8: '林罗周郑金孟武范易庞岳单欧竺季宗房练屈杭经苗尚卓郁郎宓和茅明官幸苟鱼冼苑畅',
  9: '胡赵姜姚段钟侯施洪贺柳祝娄封费项俞骆查柏闻宣胥钮荆禹荣饶郝种宫柯郜保战',
  10: '徐高郭唐袁夏钱顾秦倪殷聂贾莫晏耿柴桂翁凌席诸晋涂栾班原浦海奚索谈陶桑党都姬敖栗',
  11: '黄曹梁崔萧康常章盛梅阎麻龚商符戚盖寇屠扈鄂银隋续谌',
  12: '彭程董傅曾韩谢蒋舒温焦游葛鲁童喻覃辜惠嵇景储强富粟揭',
  13: '雷詹虞路蓝裘窦靳解褚甄慎楚简鲍赖雍蒲蒙廉鄢',
  14: '廖谭熊管裴翟臧蔡缪赫蔺',
  15: '黎潘滕樊颜墨',
  16: '薛霍穆燕冀衡薄',
  17: '戴魏鞠檀糜',
  18: '瞿',
};

const strokeTable: ReadonlyMap<string, number> = new Map(
  Object.entries(surnamesByStrokes).flatMap(([strokes, chars]) => [...chars].map((c) => [c, Number(strokes)] as const)),
);

/** The stroke count of a name's surname (its first character; 欧阳 sorts by 欧), or null when unknown. */
export function surnameStrokes(name: string): number | null {
  const first = name.trim().charAt(0);
  return strokeTable.get(first) ?? null;
}
