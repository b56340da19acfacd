import type { PersonFields } from '../../../shared/domain';
import { idCheckChar } from '../../../shared/normalize';
import { insertPersonRow, setPersonSortOrder } from '../../../db/people';
import { demoProbationMonths, demoRegionCodes, demoStaffNoPrefix, type DemoPerson } from './org-data';
import { between, pick, seededRandom, seedOf, type Random } from './random';
import type { DemoStep } from './steps';
import { walkDemoUnits } from './units-step';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const yearMonthOf = (d: Date) => `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}`;

/** A valid 18-digit ID number whose birth date and gender digit agree with the person. */
export function demoIdNumber(person: Pick<DemoPerson, 'birth' | 'gender'>, random: Random): string {
  const [year, month] = person.birth.split('.');
  const genderDigit = pick(random, person.gender === '男' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]);
  const first17 = `${pick(random, demoRegionCodes)}${year}${month}${pad(between(random, 1, 28))}${pad(between(random, 0, 99))}${genderDigit}`;
  return first17 + idCheckChar(first17);
}

/** Hire and 任现职 dates: a recruit's come from the loading moment, everyone else started work after school. */
function demoDates(person: DemoPerson, random: Random, now: Date): Pick<PersonFields, 'hireDate' | 'probationEnd' | 'postSince'> {
  if (person.hiredMonthsAgo != null) {
    const hired = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - person.hiredMonthsAgo, 1));
    const probationEnd = new Date(Date.UTC(hired.getUTCFullYear(), hired.getUTCMonth() + demoProbationMonths, 0));
    return { hireDate: isoDay(hired), probationEnd: isoDay(probationEnd), postSince: yearMonthOf(hired) };
  }
  const postSince = person.postSince ?? null;
  const startYear = Number(person.birth.slice(0, 4)) + between(random, 21, 24);
  let hireDate = `${startYear}-${pad(between(random, 7, 9))}-01`;
  // Nobody holds a post from before they were hired.
  if (postSince != null && hireDate > `${postSince.replace('.', '-')}-01`) hireDate = `${postSince.replace('.', '-')}-01`;
  return { hireDate, probationEnd: null, postSince };
}

const demoNativePlaces = ['湖北十堰', '湖北竹山', '湖北房县', '湖北郧西', '湖北丹江口', '湖北竹溪', '湖北襄阳', '河南南阳', '陕西安康'] as const;

/**
 * 民族, 籍贯, 学历, 参加工作时间, 入党时间: from a stream of their own (seeded by the name), so the
 * dates drawn above stay what they were before these fields existed.
 */
function demoDetails(person: DemoPerson, category: string | null, hireDate: string | null, now: Date): Pick<PersonFields, 'ethnicity' | 'nativePlace' | 'education' | 'workStart' | 'partySince'> {
  const random = seededRandom(seedOf(`kaoping-demo-details:${person.name}`));
  const born = Number(person.birth.slice(0, 4));
  const ethnicity = random() < 0.1 ? pick(random, ['土家族', '回族', '苗族']) : '汉族';
  const nativePlace = pick(random, demoNativePlaces);
  const education = category === '工勤' ? pick(random, ['高中', '中专'])
    : born >= 1985 && random() < 0.35 ? '研究生'
    : born < 1972 && random() < 0.4 ? '大学专科'
    : '大学本科';
  const schoolYears = education === '研究生' ? 25 : education === '大学本科' ? 22 : education === '大学专科' ? 21 : 19;
  let workStart = `${born + schoolYears}.${pad(between(random, 7, 9))}`;
  const hired = hireDate?.slice(0, 7).replace('-', '.');
  if (hired && hired < workStart) workStart = hired;
  const thisMonth = yearMonthOf(now);
  let partySince: string | null = null;
  if (person.political === '中共党员') partySince = `${born + between(random, 20, 30)}.${pad(between(random, 1, 12))}`;
  else if (person.political === '中共预备党员') {
    partySince = yearMonthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - between(random, 3, 10), 1)));
  }
  if (partySince != null && partySince > thisMonth) partySince = thisMonth;
  return { ethnicity, nativePlace, education, workStart: workStart > thisMonth ? thisMonth : workStart, partySince };
}

export const demoPeopleStep: DemoStep = {
  label: '人员',
  run(env) {
    let staffNo = 0;
    walkDemoUnits((unit, path) => {
      const unitId = env.unitIds.get(path)!;
      unit.people.forEach((person, index) => {
        const random = seededRandom(seedOf(`kaoping-demo:${person.name}`));
        const idNumber = demoIdNumber(person, random);
        const category = person.category ?? unit.category;
        const dates = demoDates(person, random, env.now);
        const fields: PersonFields = {
          name: person.name,
          gender: person.gender,
          birth: person.birth,
          idNumber,
          staffNo: `${demoStaffNoPrefix}${pad(++staffNo, 3)}`,
          political: person.political,
          unitId,
          post: person.post,
          rank: person.rank,
          category,
          isLeader: person.leader === true,
          note: null,
          ...dates,
          ...demoDetails(person, category, dates.hireDate, env.now),
        };
        const id = insertPersonRow(env.db, fields, env.now);
        setPersonSortOrder(env.db, id, index + 1);
        env.personIds.set(person.name, id);
      });
    });
    return `${env.personIds.size} 名人员`;
  },
};
