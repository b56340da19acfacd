// The public face of db/bulletins: what other features import from it. Import this, not the files inside.
export {
  bulletinMonthOfIssue, deleteBulletin, getBulletin, getBulletinSettings, insertBulletin, issueBulletin, listBulletins, maxIssueNo, saveBulletinSettings, updateBulletinText, withdrawBulletin,
} from './bulletins';
