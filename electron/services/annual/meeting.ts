import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { paperDayText } from '../../../shared/date-text';
import { insertMeeting, listMeetings } from '../../../db/annual/meetings';
import type { AppContext } from '../../context';
import { requireOpenYear, requireParticipant, requireYear } from './common';
import { confirmationWrites, storeConfirmations } from './composite';
import { buildLiveComposite } from './composite-build';

/**
 * 「录入会议结果」 (DOMAIN §9.6): the 考核委员会会议 decides each 等次 on the printed 综合评定表; the
 * clerk types them in and they are stored as confirmations under the confirm rules (quotas, a
 * reason where a decision differs from the suggestion), the meeting with them, in one transaction:
 * one entry refused and nothing is saved. Each stored reason names the meeting.
 */

/** 「经2027年1月8日考核委员会会议研究确定」, then the reason given. */
export const meetingReason = (name: string, heldOn: string, reason: string): string =>
  `经${paperDayText(heldOn)}${name}研究确定${reason ? `：${reason}` : ''}`;

export function recordMeeting(ctx: AppContext, input: ParsedInput<'annual.recordMeeting'>): ChannelOutput<'annual.recordMeeting'> {
  const db = ctx.db;
  const record = requireOpenYear(db, input.year);
  if (input.meeting.heldOn > ctx.today()) throw new AppError('MEETING_DATE', `会议日期（${input.meeting.heldOn}）不能晚于今天`);
  for (const e of input.entries) requireParticipant(db, input.year, e.personId);
  const live = buildLiveComposite(db, record, ctx.now());
  // the committee's rules on the reasons as typed; then every reason names the meeting
  const writes = confirmationWrites(live, input.entries).map((w) => ({ ...w, reason: meetingReason(input.meeting.name, input.meeting.heldOn, w.reason) }));
  let meetingId = 0;
  const saved = storeConfirmations(ctx, live, writes, 'annual.recordMeeting', `${paperDayText(input.meeting.heldOn)}${input.meeting.name}确定`, '', () => {
    meetingId = insertMeeting(db, input.year, input.meeting, writes.map((w) => ({ personId: w.personId, outcome: w.outcome })), ctx.actor(), ctx.now().toISOString());
  });
  return { saved, meetingId };
}

export function annualMeetings(ctx: AppContext, input: ParsedInput<'annual.meetings'>): ChannelOutput<'annual.meetings'> {
  requireYear(ctx.db, input.year);
  return listMeetings(ctx.db, input.year);
}
