/** Statistics over the review log and card states: pure functions, one pass each. */
export { heatmap, streak, type Streak } from './activity';
export { forecast } from './forecast';
export { trueRetention, type Retention } from './retention';
export { cardsByState, type StateCounts } from './cards';
export { sessionSummary, type SessionSummary } from './session';
export type { DayCount, DayOptions, Weighted } from './types';
