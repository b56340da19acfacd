// `npm run bench`: one JSON line per measurement ({ name, n, ms, ratio?, baselineMs?, budget, ok }),
// each against a bare-library baseline measured in the same run where the budget is relative.
import { benchAnnual } from './annual-bench';
import { benchBallotPdf } from './ballot-pdf-bench';
import { benchBulletins } from './bulletins-bench';
import { benchEvaluation } from './evaluation-bench';
import { benchFirstScreen } from './first-screen-bench';
import { benchNotices } from './notices-bench';
import { benchHistory } from './history-bench';
import { benchReports } from './reports-bench';
import { benchRegister } from './register-bench';
import { benchRoster } from './roster-bench';
import { benchStars } from './stars-bench';
import { benchTasks } from './tasks-bench';

async function main(): Promise<void> {
  const results = [...(await benchRoster()), ...(await benchEvaluation()), ...(await benchBallotPdf()), ...(await benchStars()), ...(await benchAnnual()), ...(await benchReports())];
  results.push(...(await benchTasks()));
  results.push(...(await benchBulletins()));
  results.push(...(await benchRegister()));
  results.push(...(await benchNotices()));
  results.push(...(await benchHistory()));
  results.push(...(await benchFirstScreen()));
  const over = results.filter((r) => r.ok === false);
  console.log(JSON.stringify({ name: 'summary', n: results.length, ms: 0, overBudget: over.map((r) => r.name) }));
  process.exitCode = over.length ? 1 : 0;
}

void main();
