import { lazyPage } from '../../shell/lazy-page';
import type { MenuEntry, RouteEntry } from '../../shell/routes';

const CampaignsPage = lazyPage(() => import('./CampaignsPage'), 'CampaignsPage');
const PrintCampaignReport = lazyPage(() => import('./print/PrintCampaignReport'), 'PrintCampaignReport');

export const campaignsPath = '/conduct/campaigns';
export const campaignsPrintPath = '/conduct/campaigns/print';

/** The 专项活动 entry of the 能力作风建设 menu group (routes.tsx holds the group). */
export const campaignsMenuEntries: readonly MenuEntry[] = [{ key: 'conduct-campaigns', label: '专项活动', path: campaignsPath }];

export const campaignsRoutes: readonly RouteEntry[] = [
  { path: campaignsPath, title: '专项活动', page: CampaignsPage, menuKey: 'conduct-campaigns' },
  { path: campaignsPrintPath, title: '专项活动进展情况打印预览', page: PrintCampaignReport, menuKey: 'conduct-campaigns', bare: true },
];

/** The progress report's print view of a campaign. */
export const campaignPrintHref = (id: number): string => `${campaignsPrintPath}?id=${id}`;
