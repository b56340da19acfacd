// The public face of electron/services/tasks (工作任务清单): import this, not the files inside.
export { deleteTaskItemChannel, deleteTaskNodeChannel, listTasks, orderedTree, saveTaskItem, saveTaskNode } from './items';
export { importTasks } from './import';
export { exportTasks } from './export';
export { monthFigures, yearFigureTasks } from './figures';
