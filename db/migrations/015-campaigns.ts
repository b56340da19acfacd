import { lockTriggers } from './004-annual';
import type { Migration } from './types';

/**
 * 专项活动 (DOMAIN §8.2): a 考核年度's campaigns, each with its 活动方案 (phases, tasks with 牵头单位,
 * per-person duties: shared/campaigns campaignPlan, parsed through its schema when read), and the
 * register of who did which duty when, with a note and/or a content-addressed evidence file
 * (ARCHITECTURE §5). Both tables get migration 004's year-lock triggers.
 */
const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;
const campaignYear = (row: 'NEW' | 'OLD') => `SELECT year FROM campaigns WHERE id = ${row}.campaign_id`;

export const migration015: Migration = {
  version: 15,
  name: 'campaigns',
  sql: `
    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      -- a year with campaigns cannot be deleted (db/annual yearDataKinds names them)
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE RESTRICT,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      plan_json TEXT NOT NULL CHECK (json_valid(plan_json)),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX campaigns_year ON campaigns (year);

    CREATE TABLE campaign_records (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      -- the duty's id inside the campaign's plan_json
      duty_id INTEGER NOT NULL,
      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
      done_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      evidence_name TEXT,
      evidence_stored TEXT,
      evidence_sha256 TEXT,
      evidence_size INTEGER,
      updated_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (campaign_id, duty_id, person_id),
      CHECK ((evidence_stored IS NULL) = (evidence_name IS NULL) AND (evidence_stored IS NULL) = (evidence_sha256 IS NULL) AND (evidence_stored IS NULL) = (evidence_size IS NULL))
    ) STRICT;
    CREATE INDEX campaign_records_person ON campaign_records (person_id);
    ${lockTriggers('campaigns', ownYear)}
    ${lockTriggers('campaign_records', campaignYear)}
  `,
};
