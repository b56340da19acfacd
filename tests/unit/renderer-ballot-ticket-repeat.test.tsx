// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecommendationEvent } from '../../shared/contract/recommendation';
import { RecommendationBallotSheet } from '../../renderer/pages/recommendation/print/RecommendationBallotSheet';
import { exampleConfig, person } from '../helpers/recommendation-builders';

afterEach(cleanup);

/** A long ballot runs onto a second sheet: its table head (repeated on every printed page) then carries the 票号. */
describe('票号 on every sheet of a long 推荐票', () => {
  const eventWith = (candidates: number): RecommendationEvent => ({
    id: 3, name: '推荐', year: 2026, date: '2026-12-20', status: 'setup', kind: exampleConfig.kind, posts: 1, candidates, liveBallots: 0, testBallots: 0,
    unitTitle: '某市国防动员办公室', presetKey: 'meeting', attendance: {}, ticketsIssued: 1, locked: false, closedAt: null,
    config: { ...exampleConfig, posts: [{ ...exampleConfig.posts[0]!, writeIns: false, candidates: Array.from({ length: candidates }, (_v, i) => person(i + 1, `候选人${i + 1}`)) }] },
  });

  it('repeats the 票号 in the table head when the list is longer than one sheet holds, not otherwise', () => {
    const long = render(<RecommendationBallotSheet event={eventWith(45)} ticket="4BG26RSN" />);
    expect(long.container.querySelector('thead .ballot-ticket-repeat')?.textContent).toBe('票号：4BG26RSN');
    cleanup();
    const short = render(<RecommendationBallotSheet event={eventWith(12)} ticket="4BG26RSN" />);
    expect(short.container.querySelector('.ballot-ticket-repeat')).toBeNull();
    expect(short.container.querySelector('.ballot-ticket')?.textContent).toContain('4BG26RSN');
  });
});
