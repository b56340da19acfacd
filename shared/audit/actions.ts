/**
 * Every action the audit log can record, declared once: code -> Chinese label, grouped by area.
 * The services may write only these codes (db/audit/audit-log.ts types `action` with AuditAction), and the
 * 操作日志 page names them from here, so no row the app writes is shown as 「其他操作」.
 * A new write adds its code here first; tests/unit/audit-actions.test.ts checks the sources.
 */
export const auditAreas = {
  roster: '人员与单位',
  evaluation: '述职测评',
  recommendation: '民主推荐与评选表优',
  stars: '双十星',
  annual: '年度考核',
  conduct: '能力作风建设',
  system: '系统',
} as const;
export type AuditArea = keyof typeof auditAreas;

interface ActionInfo {
  readonly label: string;
  readonly area: AuditArea;
}

const roster = (label: string): ActionInfo => ({ label, area: 'roster' });
const evaluation = (label: string): ActionInfo => ({ label, area: 'evaluation' });
const recommendation = (label: string): ActionInfo => ({ label, area: 'recommendation' });
const stars = (label: string): ActionInfo => ({ label, area: 'stars' });
const annual = (label: string): ActionInfo => ({ label, area: 'annual' });
const conduct = (label: string): ActionInfo => ({ label, area: 'conduct' });
const system = (label: string): ActionInfo => ({ label, area: 'system' });

export const auditActions = {
  'person.create': roster('新增人员'),
  'person.update': roster('修改人员'),
  'person.move': roster('调动人员'),
  'person.status': roster('调离/退休/恢复在职'),
  'person.delete': roster('删除人员'),
  'unit.create': roster('新增单位'),
  'unit.update': roster('修改单位'),
  'unit.reorder': roster('调整单位顺序'),
  'unit.delete': roster('删除单位'),
  'roster.import': roster('导入花名册'),
  'roster.export': roster('导出花名册'),

  'evaluation.create': evaluation('新建述职测评'),
  'evaluation.update': evaluation('修改述职测评'),
  'evaluation.targets': evaluation('设置测评对象'),
  'evaluation.attendance': evaluation('登记应到实到人数'),
  'evaluation.status': evaluation('开始/暂停测评'),
  'evaluation.close': evaluation('结束测评'),
  'evaluation.delete': evaluation('删除述职测评'),
  'evaluation.issueTickets': evaluation('生成票号'),
  'evaluation.wipeTest': evaluation('清除试投票'),
  'evaluation.settle': evaluation('处理纸质票录入不一致'),
  'evaluation.revalidate': evaluation('重新校验选票'),
  'evaluation.kioskStart': evaluation('进入现场测评'),
  'evaluation.kioskExit': evaluation('退出现场测评'),
  'recommendation.create': recommendation('新建民主推荐'),
  'recommendation.update': recommendation('修改民主推荐'),
  'recommendation.attendance': recommendation('登记实到人数'),
  'recommendation.status': recommendation('开始/暂停推荐'),
  'recommendation.close': recommendation('结束推荐'),
  'recommendation.delete': recommendation('删除民主推荐'),
  'recommendation.issueTickets': recommendation('生成推荐票号'),
  'recommendation.wipeTest': recommendation('清除测试推荐票'),
  'recommendation.settle': recommendation('处理推荐票录入不一致'),

  'stars.createScheme': stars('新建评星方案'),
  'stars.updateScheme': stars('修改评星方案'),
  'stars.deleteScheme': stars('删除评星方案'),
  'stars.disqualifyReasons': stars('修改不得参评原因'),
  'stars.selfAssess': stars('评星自评申报'),
  'stars.recordVotes': stars('录入民主测评'),
  'stars.votesFromEvaluation': stars('引用述职测评得分'),
  'stars.decide': stars('支部评定'),
  'stars.startPublicity': stars('评星公示'),
  'stars.addObjection': stars('登记公示异议'),
  'stars.resolveObjection': stars('处理公示异议'),
  'stars.award': stars('授星'),
  'stars.removeStar': stars('摘星'),
  'stars.disqualify': stars('标记不得参评'),
  'stars.clearDisqualification': stars('取消不得参评'),
  'stars.setRemark': stars('修改评星备注'),
  'stars.addEvidence': stars('上传佐证材料'),
  'stars.deleteEvidence': stars('删除佐证材料'),

  'annual.createYear': annual('新建考核年度'),
  'annual.deleteYear': annual('删除考核年度'),
  'annual.updateRules': annual('修改考核规则'),
  'annual.saveGroups': annual('修改考核分组'),
  'annual.addParticipants': annual('加入参加人员'),
  'annual.removeParticipants': annual('移出参加人员'),
  'annual.updateParticipants': annual('调整分组/等次类别'),
  'annual.setUndetermined': annual('认定不定等次'),
  'annual.setParticipantNotes': annual('从事或分管工作与备注'),
  'annual.saveCategories': annual('修改指标类别'),
  'annual.saveItem': annual('修改考核项目'),
  'annual.moveItem': annual('调整考核项目顺序'),
  'annual.deleteItem': annual('删除考核项目'),
  'annual.setScore': annual('考核项目评分'),
  'annual.setQuarter': annual('平时考核等次'),
  'annual.importQuarters': annual('导入平时考核等次'),
  'annual.setLeaderScores': annual('领导评价'),
  'annual.setAdjustmentKinds': annual('修改加减分类别'),
  'annual.addAdjustment': annual('登记加减分'),
  'annual.deleteAdjustment': annual('删除加减分'),
  'annual.addSanction': annual('登记处分'),
  'annual.deleteSanction': annual('删除处分'),
  'annual.confirm': annual('确定年度考核等次'),
  'annual.confirmAsSuggested': annual('按建议确定等次'),
  'annual.clearConfirmation': annual('撤销已确定的等次'),
  'annual.lock': annual('确认并锁定年度'),
  'annual.unlock': annual('解锁年度'),
  'annual.recordMeeting': annual('录入考核委员会会议结果'),
  'publicity.create': annual('新建优秀等次公示'),
  'publicity.update': annual('修改优秀等次公示'),
  'publicity.refreshNames': annual('更新优秀公示名单'),
  'publicity.publish': annual('发布优秀等次公示'),
  'publicity.end': annual('结束优秀等次公示'),
  'publicity.delete': annual('删除优秀等次公示'),
  'publicity.addObjection': annual('登记优秀公示异议'),
  'publicity.updateObjection': annual('处理优秀公示异议'),
  'publicity.deleteObjection': annual('删除优秀公示异议'),

  'weekly.settings': conduct('修改周晒设置'),
  'weekly.post': conduct('周晒成绩录入'),
  'weekly.copyUnfinished': conduct('复制上周未完成'),
  'weekly.mark': conduct('周晒点评（亮点/不足）'),
  'weekly.evidence': conduct('周晒佐证材料'),
  'inspections.settings': conduct('修改督查设置'),
  'inspections.record': conduct('督查记录登记'),
  'inspections.deleteRecord': conduct('删除督查记录'),
  'inspections.notice': conduct('通报表扬/通报批评'),
  'inspections.deleteNotice': conduct('删除通报'),
  'bulletins.settings': conduct('修改月度通报设置'),
  'bulletins.save': conduct('月度通报草稿'),
  'bulletins.issue': conduct('印发月度通报'),
  'bulletins.withdraw': conduct('撤回印发月度通报'),
  'bulletins.delete': conduct('删除月度通报草稿'),
  'bulletins.export': conduct('导出月度通报'),

  'tasks.saveItem': conduct('修改工作任务清单'),
  'tasks.deleteItem': conduct('删除工作任务'),
  'tasks.saveNode': conduct('修改任务节点'),
  'tasks.deleteNode': conduct('删除任务节点'),
  'tasks.import': conduct('导入工作任务清单'),
  'tasks.export': conduct('导出工作任务清单'),
  'history.import': annual('导入历年考核等次'),
  'history.setImported': annual('修改历年考核等次'),
  'history.deleteImported': annual('删除历年考核等次'),
  'awards.generate': annual('生成奖励记录'),
  'awards.add': annual('登记奖励'),
  'awards.delete': annual('删除奖励记录'),
  'campaigns.create': conduct('新建专项活动'),
  'campaigns.save': conduct('修改活动方案'),
  'campaigns.delete': conduct('删除专项活动'),
  'campaigns.record': conduct('专项活动登记'),
  'campaigns.markAll': conduct('专项活动全部标记完成'),
  'campaigns.evidence': conduct('专项活动佐证材料'),

  'backup.create': system('手动备份'),
  'backup.restore': system('恢复备份'),
  'backup.upgradeOld': system('升级旧版备份'),
  'demo.load': system('载入演示数据'),
  'settings.operator': system('修改操作员姓名'),
  'settings.adminPassword': system('设置管理员密码'),
  'settings.adminPasswordFailed': system('管理员密码错误'),
} as const satisfies Record<string, ActionInfo>;

export type AuditAction = keyof typeof auditActions;

export const isAuditAction = (code: string): code is AuditAction => Object.hasOwn(auditActions, code);

/** The Chinese name of an action; a code this version does not know (a newer file's row) reads 「其他操作」. */
export const auditActionLabel = (code: string): string => (isAuditAction(code) ? auditActions[code].label : '其他操作');

/** The area an action belongs to, for grouping the 操作类型 filter. */
export const auditActionArea = (code: string): AuditArea => (isAuditAction(code) ? auditActions[code].area : 'system');
