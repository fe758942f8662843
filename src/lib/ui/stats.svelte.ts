/** Stats screen state: figures computed from hourly activity sums and index keys, never the whole log. */
import { statsData } from '$lib/db';
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
			{ review: a.hour * HOUR_MS, state: 2 as const, rating: 3 as const, count: a.reviewPassed },
			{ review: a.hour * HOUR_MS, state: 2 as const, rating: 1 as const, count: a.reviewAnswers - a.reviewPassed }
		]);
		const q = data.queues;
		this.figures = {
			heatmap: heatmap(hours, { now, days: 365, startHour }),
			forecast: forecast(data.dues, { now, days: 30, startHour }),
			retention: trueRetention(reviews, { now, days: 30 }),
			streak: streak(hours, { now, startHour }),
			states: { new: q[0], learning: q[1], review: q[2], relearning: q[3], suspended: q[-1], buried: q[-2] },
			totalAnswers: hours.reduce((sum, h) => sum + h.count, 0)
		};
	}
}
