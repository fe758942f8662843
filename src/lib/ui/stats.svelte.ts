/** Stats screen state: figures computed from hourly activity sums and index keys, never the whole log. */
import { QUEUE, statsData } from '$lib/db';
import { AGAIN, GOOD, STATE_REVIEW } from '$lib/srs/types';
import { forecast, heatmap, streak, trueRetention, type DayCount, type Retention, type Streak } from '$lib/stats';
import { app } from './app.svelte';
import { loadStudySettings } from './study-day';
import { DAY_MS, HOUR_MS } from '$lib/srs/day';


export interface StatsFigures {
	heatmap: DayCount[];
	forecast: DayCount[];
	retention: Retention;
	streak: Streak;
	states: { new: number; learning: number; review: number; relearning: number; suspended: number; buried: number };
	totalAnswers: number;
}

export class StatsState {
	figures = $state<StatsFigures | null>(null);

	async load(now = Date.now()) {
		const { dayStartHour: startHour } = await loadStudySettings(app.db);
		const data = await statsData(app.db, now + 31 * DAY_MS);
		// Each hourly sum stands in for its answers (see `Weighted` in $lib/stats).
		const hours = data.activity.map((a) => ({ review: a.hour * HOUR_MS, count: a.answers }));
		const reviews = data.activity.flatMap((a) => [
			{ review: a.hour * HOUR_MS, state: STATE_REVIEW, rating: GOOD, count: a.reviewPassed } as const,
			{ review: a.hour * HOUR_MS, state: STATE_REVIEW, rating: AGAIN, count: a.reviewAnswers - a.reviewPassed } as const
		]);
		const q = data.queues;
		this.figures = {
			heatmap: heatmap(hours, { now, days: 365, startHour }),
			forecast: forecast(data.dues, { now, days: 30, startHour }),
			retention: trueRetention(reviews, { now, days: 30 }),
			streak: streak(hours, { now, startHour }),
			states: { new: q[QUEUE.new], learning: q[QUEUE.learning], review: q[QUEUE.review], relearning: q[QUEUE.relearning], suspended: q[QUEUE.suspended], buried: q[QUEUE.buried] },
			totalAnswers: hours.reduce((sum, h) => sum + h.count, 0)
		};
	}
}
