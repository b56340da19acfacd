// The public face of db/tasks (工作任务清单): import this, not the files inside.
export {
  activePeopleNames, addTaskUnits, countYearItems, insertTaskItemAt, insertTaskNodeAt, personHasTasks, unitTaskCount, deleteTaskItem, deleteTaskNode, deleteYearTasks, getTaskItem, getTaskNode, insertTaskItem, insertTaskNode, listTaskItems,
  listTaskNodes, setTaskUnits, updateTaskItem, updateTaskNode,
} from './items';
export type { TaskItemFields, TaskNodeFields } from './items';
