// The public face of renderer/pages/tasks (工作任务清单): import this, not the files inside.
export { tasksMenuItem, tasksRoutes } from './tasks-routes';
