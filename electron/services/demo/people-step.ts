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

export const demoPeopleStep: DemoStep = {
  label: '人员',
  run(env) {
    let staffNo = 0;
    walkDemoUnits((unit, path) => {
      const unitId = env.unitIds.get(path)!;
      unit.people.forEach((person, index) => {
        const random = seededRandom(seedOf(`kaoping-demo:${person.name}`));
        const idNumber = demoIdNumber(person, random);
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
          category: person.category ?? unit.category,
          isLeader: person.leader === true,
          note: null,
          ...demoDates(person, random, env.now),
        };
        const id = insertPersonRow(env.db, fields, env.now);
        setPersonSortOrder(env.db, id, index + 1);
        env.personIds.set(person.name, id);
      });
    });
    return `${env.personIds.size} 名人员`;
  },
};
