// The public face of shared/tasks (工作任务清单, DOMAIN §8.1): import this, not the files inside.
export { childKindOf, nodeStatuses, nodeStatusLabels, parentKindOf, taskKindLabels, taskKinds } from './model';
export type { NodeFacts, NodeStatus, TaskItem, TaskKind, TaskNode, UnitRole } from './model';
export { isLate, monthBounds, nextDay, nodeState, nodeStateLabels } from './lateness';
export type { NodeState } from './lateness';
export { unitMonthFigures } from './monthly';
export type { CountedNode, FigureOptions, FigureTask, UnitMonthFigures } from './monthly';
export { defaultNodeName, nodeText, parseNodeText } from './node-text';
export type { NodeTextResult, ParsedNode } from './node-text';
export { createUnitMatcher } from './unit-match';
export type { UnitMatch, UnitMatcher } from './unit-match';
export { chooseTaskSheet, findTaskHeader, nodeStatusAliases, readTaskSheet, taskColumnAliases } from './task-sheet';
export type { RowProblem, SheetNode, SheetTask, TaskColumn, TaskSheetLayout, TaskSheetRead } from './task-sheet';
