import type { ItemTarget } from '../../../../shared/annual/views';

/** 适用对象 of a 考核项目, as the forms say it. (计分方式 labels live with the contract: itemMethodLabels.) */
export const itemTargetLabels: Record<ItemTarget, string> = { person: '人员', unit: '单位' };
