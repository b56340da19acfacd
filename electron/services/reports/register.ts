import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { effectiveUndetermined, outcomeLabel, undeterminedFromRoster, undeterminedLabel, type VocabularyKey } from '../../../shared/annual';
import { undeterminedRemark } from '../../../shared/reports/register-layout';
import type { RegisterForm, RegisterForms, ReportScope } from '../../../shared/reports/views';
import type { AnnualYearRecord, ParticipantRecord } from '../../../db/annual';
import type { Db } from '../../../db/open';
import { participantRosterFields, type ParticipantRosterFields } from '../../../db/reports/participant-roster-fields';
import { listUnitRows } from '../../../db/units';
import type { AppContext } from '../../context';
import { writeRegisterWorkbook } from './register-workbook';
import { participantsAsPrinted, requireYear } from '../annual';
import { throwIfCancelled } from '../../jobs';
import { postRankText } from '../../../shared/domain';
import { participantsInScope } from './register-scope';

/**
 * 年度考核登记表 (DOMAIN §5): one form per participant, filled from the roster (a locked year: 姓名,
 * 单位 and 职务 as frozen at the lock, see participantsAsPrinted) and the committee's confirmed 等次; the boxes for 个人总结, 评语 and 意见 are left for the hand. The print view reads
 * `reports.registerForms`; `reports.startRegister` writes the same forms to .xlsx as a job.
 */

/** Whose form it is names the form: 公务员 (参公) or 事业单位工作人员 (事业/工勤). */
const registerStaffWords: Record<VocabularyKey, string> = { civil: '公务员', institution: '事业单位工作人员' };

export const registerTitle = (year: number, vocabulary: VocabularyKey): string => `${year}年度${registerStaffWords[vocabulary]}年度考核登记表`;

/** 「办公室 副主任（二级主任科员）」: the unit, the 职务 after a space, the 职级 in brackets. */
export function unitAndPostText(unitName: string, post: string | null, rank: string | null): string {
  const postText = postRankText(post, rank);
  return postText ? `${unitName} ${postText}` : unitName;
}

interface ScopedForms {
  readonly forms: RegisterForms;
  /** for the file name: the unit or group, one person's name, 「N人」 */
  readonly label: string;
}

const noFields: ParticipantRosterFields = { birth: null, political: null, postSince: null, ethnicity: null, education: null, workStart: null, partySince: null };

/**
 * The 备注 line: what the office wrote, else for a 不定等次 person (confirmed so, or by the roster and the
 * office's decision while not yet confirmed) 「未确定等次原因：…」 with the reason the year's rule gives.
 */
function remarkOf(p: ParticipantRecord, record: AnnualYearRecord): string {
  if (p.remark) return p.remark;
  if (p.confirmed != null && p.confirmed !== 'undetermined') return '';
  const computed = undeterminedFromRoster(p, record.rules.undetermined, record.year);
  const { effective, reason } = effectiveUndetermined(computed, p.undeterminedOverride, p.undeterminedReason);
  if (!effective && p.confirmed !== 'undetermined') return '';
  return reason ? undeterminedRemark(reason) : '';
}

function formsInScope(db: Db, year: number, scope: ReportScope, unitTitleInput: string | undefined): ScopedForms {
  const record = requireYear(db, year);
  const unitTitle = unitTitleInput?.trim() || listUnitRows(db).find((u) => u.parentId == null)?.name || '';
  const { participants, label } = participantsInScope(db, year, participantsAsPrinted(db, record), scope);
  const fields = participantRosterFields(db, year);
  const { vocabularies } = record.rules;
  const form = (p: ParticipantRecord): RegisterForm => {
    const f = fields.get(p.personId) ?? noFields;
    return {
      personId: p.personId,
      title: registerTitle(year, p.vocabulary),
      vocabulary: p.vocabulary,
      name: p.name,
      gender: p.gender ?? '',
      birth: f.birth ?? '',
      political: f.political ?? '',
      unitAndPost: unitAndPostText(p.unitName, p.post, p.rank),
      postSince: f.postSince ?? '',
      ethnicity: f.ethnicity ?? '',
      education: f.education ?? '',
      workStart: f.workStart ?? '',
      partySince: f.partySince ?? '',
      // what the office wrote, else the 职务 (a locked year: the frozen one)
      work: p.duties || (p.post?.trim() ?? ''),
      remark: remarkOf(p, record),
      outcome: p.confirmed == null ? '' : p.confirmed === 'undetermined' ? undeterminedLabel : outcomeLabel(vocabularies[p.vocabulary], p.confirmed),
      outcomeCode: p.confirmed,
    };
  };
  return {
    forms: { year, unitTitle, final: record.status === 'locked', forms: participants.map(form) },
    label: label ?? (unitTitle || `${participants.length}人`),
  };
}

export function registerFormsFor(ctx: AppContext, input: ParsedInput<'reports.registerForms'>): ChannelOutput<'reports.registerForms'> {
  return formsInScope(ctx.db, input.year, input.scope, input.unitTitle).forms;
}

/**
 * The forms are read before the job starts (a bad scope is refused at once, and the file is one
 * snapshot); the job lays them out, person by person, and can be cancelled between people.
 */
export function startRegisterExport(ctx: AppContext, input: ParsedInput<'reports.startRegister'>): ChannelOutput<'reports.startRegister'> {
  const { forms, label } = formsInScope(ctx.db, input.year, input.scope, input.unitTitle);
  if (forms.forms.length === 0) throw new AppError('REGISTER_EMPTY', `所选范围内没有参加${input.year}年度考核的人员，没有可导出的年度考核登记表`);
  const fileName = `${input.year}年度考核登记表（${label}）${forms.final ? '' : '（未确定）'}.xlsx`;
  const jobId = ctx.jobs.start('export', async (report, signal) => {
    throwIfCancelled(signal);
    const bytes = await writeRegisterWorkbook(forms, input.layout, {
      beforePerson(index, total) {
        throwIfCancelled(signal);
        report((index / total) * 0.9, `正在生成登记表（${index + 1}/${total}）`);
      },
      beforeWriting: () => report(0.9, '正在写入文件'),
    });
    throwIfCancelled(signal);
    return { fileName, bytes };
  });
  return { jobId };
}
