import { z } from 'zod';
import { channel, outgoingFile } from './channel';
import { bulletinMonth, bulletinSettings, bulletinSettingsView, bulletinText, bulletinView } from '../bulletins';

/** 月度通报 (DOMAIN §8.5): the year's rules, one 通报 per month (draft → 印发 freezes the figures → 撤回印发). */

const year = z.number().int().min(2000).max(2100);
const month = z.number().int().min(1, '月份应在1～12之间').max(12, '月份应在1～12之间');

export const bulletinsChannels = {
  /** the year's rules: saved, carried from the previous year, or the presets */
  'bulletins.settings': channel(z.object({ year }), bulletinSettingsView),
  'bulletins.setSettings': channel(z.object({ year, settings: bulletinSettings }), bulletinSettingsView),
  /** the year's 通报, by month */
  'bulletins.list': channel(z.object({ year }), z.array(bulletinMonth)),
  /** a month: its 通报 (if any), the figures (frozen once 印发, else live), a proposal for a new draft and the suggestions */
  'bulletins.view': channel(z.object({ year, month }), bulletinView),
  /** creates or edits the month's draft */
  'bulletins.save': channel(z.object({ year, month, text: bulletinText }), bulletinView),
  /** 印发: freezes the figures as of today */
  'bulletins.issue': channel(z.object({ year, month }), bulletinView),
  /** 撤回印发, with the reason (audited) */
  'bulletins.withdraw': channel(z.object({ year, month, reason: z.string().trim().min(1, '请填写撤回原因').max(200, '撤回原因不超过200字') }), bulletinView),
  /** deletes the month's draft */
  'bulletins.delete': channel(z.object({ year, month }), z.null()),
  'bulletins.export': channel(z.object({ year, month }), outgoingFile),
};
