import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';

const TasksPage = lazyPage(() => import('./TasksPage'), 'TasksPage');

/** 工作任务清单's entry in the 能力作风建设 menu group (DOMAIN §8.1) and its route. */
export const tasksMenuItem: MenuEntry = { key: 'conduct-tasks', label: '工作任务清单', path: '/conduct/tasks' };

export const tasksRoutes: readonly RouteEntry[] = [{ path: '/conduct/tasks', title: '工作任务清单', page: TasksPage, menuKey: 'conduct-tasks' }];
