import { describe, expect, it } from 'vitest';
import { votesByPerson } from '../../renderer/pages/annual/composite/recommendation-votes';
import { tallyRecommendation } from '../../shared/recommendation';
import { approvalBallot, approvalConfig, exampleBallots, exampleConfig, exampleEligible, examplePeople } from '../helpers/recommendation-builders';

/** 综合评定's 推荐得票 column: what each person got, post by post, in the words of the results page. */
describe('votesByPerson', () => {
  it('推荐票: votes, 得票率 over the post’s valid ballots and rank, one line per post', () => {
    const results = tallyRecommendation({ config: exampleConfig, ballots: exampleBallots.map((marks) => ({ marks })), attendance: { A: 2, B: 4 }, eligible: exampleEligible, people: examplePeople });
    const byPerson = votesByPerson(results);
    expect(byPerson.get(1)).toBe('科长 2票（40.00%，第1名）');
    expect(byPerson.get(6)).toBe('科长 1票（20.00%，第2名）');
    expect(byPerson.get(5)).toBe('副科长 1票（20.00%，第3名）');
  });

  it('赞成票: 赞成 and 赞成率 over 实到', () => {
    const results = tallyRecommendation({ config: approvalConfig, ballots: [approvalBallot('A', { 1: ['yes'], 2: ['no'] })].map((marks) => ({ marks })), attendance: {}, eligible: () => true, people: new Map() });
    expect(votesByPerson(results).get(1)).toMatch(/^拟任科长 赞成1票（100\.00%）$/);
  });
});
