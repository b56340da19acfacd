/**
 * The demo office: a 国防动员办公室 of a prefecture-level city with its 机关 科室 and two 所属事业单位.
 * Names are made up. ID numbers, exact birth days and hire dates are derived from this data by a
 * seeded generator (people-step.ts), so the demo is the same on every machine.
 */
export interface DemoPerson {
  readonly name: string;
  readonly gender: '男' | '女';
  /** YYYY.MM */
  readonly birth: string;
  readonly political: string;
  readonly post: string;
  readonly rank: string;
  /** 任现职时间 YYYY.MM; omitted for new recruits (their hire month) */
  readonly postSince?: string;
  /** 领导班子成员 */
  readonly leader?: true;
  /** when not the unit's usual 人员类别 */
  readonly category?: string;
  /** a new recruit hired this many months before the demo is loaded, still in 试用期 */
  readonly hiredMonthsAgo?: number;
}

export interface DemoUnit {
  readonly name: string;
  /** the usual 人员类别 of its people */
  readonly category: string;
  readonly people: readonly DemoPerson[];
  readonly children?: readonly DemoUnit[];
}

const 机关 = '公务员';
const 事业 = '事业';

export const demoOrganisation: DemoUnit = {
  name: '某市国防动员办公室',
  category: 机关,
  people: [
    { name: '周立新', gender: '男', birth: '1968.04', political: '中共党员', post: '主任', rank: '正处级', postSince: '2020.03', leader: true },
    { name: '黄振华', gender: '男', birth: '1971.09', political: '中共党员', post: '副主任', rank: '副处级', postSince: '2018.07', leader: true },
    { name: '何丽娟', gender: '女', birth: '1974.11', political: '中共党员', post: '副主任', rank: '副处级', postSince: '2021.05', leader: true },
    { name: '郭志强', gender: '男', birth: '1976.02', political: '中共党员', post: '副主任', rank: '副处级', postSince: '2023.01', leader: true },
    { name: '梁永刚', gender: '男', birth: '1967.08', political: '中共党员', post: '四级调研员', rank: '四级调研员', postSince: '2019.12' },
  ],
  children: [
    {
      name: '办公室', category: 机关,
      people: [
        { name: '吴明远', gender: '男', birth: '1978.05', political: '中共党员', post: '办公室主任', rank: '正科级', postSince: '2019.04' },
        { name: '徐晓燕', gender: '女', birth: '1983.10', political: '中共党员', post: '办公室副主任', rank: '副科级', postSince: '2021.08' },
        { name: '孙国栋', gender: '男', birth: '1988.03', political: '中共党员', post: '科员', rank: '二级主任科员', postSince: '2020.11' },
        { name: '朱海燕', gender: '女', birth: '1992.07', political: '中共党员', post: '科员', rank: '四级主任科员', postSince: '2022.06' },
        { name: '马俊杰', gender: '男', birth: '1996.09', political: '中共预备党员', post: '科员', rank: '一级科员', postSince: '2021.09' },
        { name: '高建军', gender: '男', birth: '1972.01', political: '群众', post: '驾驶员', rank: '高级工', postSince: '2010.05', category: '工勤' },
      ],
    },
    {
      name: '综合计划科', category: 机关,
      people: [
        { name: '林建峰', gender: '男', birth: '1979.06', political: '中共党员', post: '科长', rank: '正科级', postSince: '2019.04' },
        { name: '罗雪梅', gender: '女', birth: '1985.12', political: '中共党员', post: '副科长', rank: '副科级', postSince: '2021.08' },
        { name: '康建华', gender: '男', birth: '1984.06', political: '中共党员', post: '一级主任科员', rank: '一级主任科员', postSince: '2020.12' },
        { name: '宋立平', gender: '男', birth: '1990.04', political: '中共党员', post: '科员', rank: '三级主任科员', postSince: '2020.11' },
        { name: '夏雨欣', gender: '女', birth: '2001.03', political: '共青团员', post: '科员', rank: '一级科员', hiredMonthsAgo: 3 },
      ],
    },
    {
      name: '动员实施科', category: 机关,
      people: [
        { name: '谢文涛', gender: '男', birth: '1977.10', political: '中共党员', post: '科长', rank: '正科级', postSince: '2017.09' },
        { name: '郑红霞', gender: '女', birth: '1982.05', political: '中共党员', post: '副科长', rank: '副科级', postSince: '2020.06' },
        { name: '唐志勇', gender: '男', birth: '1986.08', political: '中共党员', post: '科员', rank: '二级主任科员', postSince: '2019.03' },
        { name: '冯晓东', gender: '男', birth: '1994.12', political: '中共预备党员', post: '科员', rank: '一级科员', postSince: '2022.07' },
      ],
    },
    {
      name: '人防指挥通信科', category: 机关,
      people: [
        { name: '于海涛', gender: '男', birth: '1980.02', political: '中共党员', post: '科长', rank: '正科级', postSince: '2018.11' },
        { name: '韩冬梅', gender: '女', birth: '1984.12', political: '中共党员', post: '副科长', rank: '副科级', postSince: '2022.04' },
        { name: '程光明', gender: '男', birth: '1989.06', political: '中共党员', post: '科员', rank: '三级主任科员', postSince: '2021.02' },
        { name: '曹慧敏', gender: '女', birth: '1993.09', political: '群众', post: '科员', rank: '一级科员', postSince: '2020.10' },
      ],
    },
    {
      name: '工程管理科', category: 机关,
      people: [
        { name: '袁志华', gender: '男', birth: '1975.07', political: '中共党员', post: '科长', rank: '正科级', postSince: '2016.05' },
        { name: '许振宇', gender: '男', birth: '1983.03', political: '中共党员', post: '副科长', rank: '副科级', postSince: '2019.09' },
        { name: '傅雅琴', gender: '女', birth: '1987.11', political: '民主党派', post: '科员', rank: '二级主任科员', postSince: '2018.06' },
        { name: '沈国强', gender: '男', birth: '1991.05', political: '中共党员', post: '科员', rank: '三级主任科员', postSince: '2021.12' },
      ],
    },
    {
      name: '法规宣传科', category: 机关,
      people: [
        { name: '曾晓红', gender: '女', birth: '1978.09', political: '中共党员', post: '科长', rank: '正科级', postSince: '2019.07' },
        { name: '彭卫东', gender: '男', birth: '1985.01', political: '中共党员', post: '副科长', rank: '副科级', postSince: '2022.09' },
        { name: '吕建平', gender: '男', birth: '1969.10', political: '中共党员', post: '一级主任科员', rank: '一级主任科员', postSince: '2015.06', category: '参照公务员法管理' },
        { name: '郝文杰', gender: '男', birth: '1993.05', political: '中共党员', post: '科员', rank: '一级科员', postSince: '2018.08' },
        { name: '苏雨婷', gender: '女', birth: '1995.04', political: '中共党员', post: '科员', rank: '一级科员', postSince: '2021.03' },
      ],
    },
    {
      name: '机关党办', category: 机关,
      people: [
        { name: '卢永强', gender: '男', birth: '1973.04', political: '中共党员', post: '机关党委专职副书记', rank: '一级主任科员', postSince: '2018.03' },
        { name: '蒋丽华', gender: '女', birth: '1981.08', political: '中共党员', post: '党办副主任', rank: '副科级', postSince: '2020.05' },
        { name: '蔡明辉', gender: '男', birth: '1990.10', political: '中共党员', post: '科员', rank: '三级主任科员', postSince: '2019.11', category: '参照公务员法管理' },
        { name: '贾晓丽', gender: '女', birth: '1996.06', political: '中共党员', post: '科员', rank: '一级科员', postSince: '2023.08' },
      ],
    },
    {
      name: '人防工程管理所', category: 事业,
      people: [
        { name: '丁建新', gender: '男', birth: '1970.12', political: '中共党员', post: '所长', rank: '管理六级', postSince: '2017.04' },
        { name: '魏春燕', gender: '女', birth: '1976.05', political: '中共党员', post: '副所长', rank: '管理七级', postSince: '2019.10' },
        { name: '薛志刚', gender: '男', birth: '1980.09', political: '中共党员', post: '副所长', rank: '管理七级', postSince: '2021.06' },
      ],
      children: [
        {
          name: '综合股', category: 事业,
          people: [
            { name: '叶秀英', gender: '女', birth: '1978.03', political: '中共党员', post: '股长', rank: '管理八级', postSince: '2018.08' },
            { name: '阎海波', gender: '男', birth: '1986.11', political: '群众', post: '会计', rank: '专业技术十级', postSince: '2014.07' },
            { name: '余晓琳', gender: '女', birth: '1992.02', political: '中共党员', post: '办事员', rank: '管理九级', postSince: '2019.05' },
          ],
        },
        {
          name: '工程质量监督股', category: 事业,
          people: [
            { name: '潘建华', gender: '男', birth: '1974.06', political: '中共党员', post: '股长', rank: '专业技术七级', postSince: '2016.09' },
            { name: '杜文静', gender: '女', birth: '1985.07', political: '中共党员', post: '工程师', rank: '专业技术十级', postSince: '2015.12' },
            { name: '戴永生', gender: '男', birth: '1989.01', political: '群众', post: '工程师', rank: '专业技术十级', postSince: '2017.03' },
            { name: '钟立伟', gender: '男', birth: '1995.10', political: '群众', post: '助理工程师', rank: '专业技术十二级', postSince: '2020.09' },
          ],
        },
        {
          name: '维护管理股', category: 事业,
          people: [
            { name: '汪琳', gender: '女', birth: '1982.04', political: '中共党员', post: '股长', rank: '管理八级', postSince: '2020.01' },
            { name: '田志斌', gender: '男', birth: '1987.08', political: '中共党员', post: '工程师', rank: '专业技术十级', postSince: '2018.10' },
            { name: '任晓菲', gender: '女', birth: '1997.12', political: '群众', post: '助理工程师', rank: '专业技术十二级', postSince: '2021.07' },
          ],
        },
      ],
    },
    {
      name: '指挥信息保障中心', category: 事业,
      people: [
        { name: '姜海龙', gender: '男', birth: '1972.03', political: '中共党员', post: '中心主任', rank: '管理六级', postSince: '2018.05' },
        { name: '范丽萍', gender: '女', birth: '1979.10', political: '中共党员', post: '中心副主任', rank: '管理七级', postSince: '2020.09' },
      ],
      children: [
        {
          name: '通信保障科', category: 事业,
          people: [
            { name: '方志远', gender: '男', birth: '1981.06', political: '中共党员', post: '科长', rank: '管理八级', postSince: '2019.02' },
            { name: '姚晓晨', gender: '男', birth: '1988.12', political: '中共党员', post: '工程师', rank: '专业技术十级', postSince: '2016.10' },
            { name: '谭敏', gender: '女', birth: '1991.03', political: '群众', post: '工程师', rank: '专业技术十一级', postSince: '2018.04' },
            { name: '廖建勇', gender: '男', birth: '2000.06', political: '共青团员', post: '技术员', rank: '专业技术十三级', hiredMonthsAgo: 2 },
          ],
        },
        {
          name: '信息技术科', category: 事业,
          people: [
            { name: '邹雯', gender: '女', birth: '1984.09', political: '中共党员', post: '科长', rank: '管理八级', postSince: '2021.01' },
            { name: '熊国平', gender: '男', birth: '1979.05', political: '中共党员', post: '高级工程师', rank: '专业技术七级', postSince: '2017.11' },
            { name: '金晓梅', gender: '女', birth: '1990.08', political: '中共预备党员', post: '工程师', rank: '专业技术十级', postSince: '2019.06' },
            { name: '陆家豪', gender: '男', birth: '1994.02', political: '群众', post: '助理工程师', rank: '专业技术十二级', postSince: '2019.09' },
          ],
        },
      ],
    },
  ],
};

/** 十堰 county codes (GB/T 2260) the demo ID numbers are drawn from; 郧县 kept its old code for people born before 2014. */
export const demoRegionCodes: readonly string[] = ['420302', '420303', '420321', '420322', '420323', '420324', '420325', '420381'];

/** 公务员/事业 recruits serve a one-year 试用期. */
export const demoProbationMonths = 12;

/** prefix of the demo 人员编号, e.g. GD001 */
export const demoStaffNoPrefix = 'GD';


/**
 * 从事或分管工作 of some demo participants, as the 年度考核登记表 prints them (DOMAIN §5); the others
 * print their 职务.
 */
export const demoDuties: Readonly<Record<string, string>> = {
  周立新: '主持全面工作',
  黄振华: '分管办公室、综合计划科、机关党办',
  何丽娟: '分管动员实施科、人防指挥通信科',
  郭志强: '分管工程管理科、法规宣传科、人防工程管理所',
  吴明远: '负责办公室全面工作，牵头文秘、督办和机要保密',
  徐晓燕: '负责财务、资产和后勤保障',
  孙国栋: '负责文稿起草和信息报送',
  林建峰: '负责综合计划科全面工作',
  谢文涛: '负责国防动员潜力调查和动员预案编修',
  于海涛: '负责人防指挥所和通信警报建设',
  袁志华: '负责人防工程建设审批和质量监督',
  曾晓红: '负责法规宣传和行政执法',
};
