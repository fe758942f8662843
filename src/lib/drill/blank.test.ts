import { describe, expect, it } from 'vitest';
import { gradeBlank } from './index';

describe('gradeBlank', () => {
	it.each([
		['docker run -d', '-d', '--detach', true],
		['docker run -p', '-p', '--publish', true],
		['docker run -p', '-p', '-P', false],
		['docker run -P', '-P', '-p', false],
		['kubectl get -o', '-o', '--output', true],
		['kubectl logs -p', '-p', '--previous', true],
		['kubectl logs -p', '-p', '-f', false],
		['docker run -d -h db1 redis:7', '-h', '--hostname', true],
		['docker run -d -h db1 redis:7', '-h', '--name', false],
		['kubectl get deploy', 'deploy', 'deployments', true],
		['kubectl get deploy', 'deploy', 'pods', false]
	])('%s: %s ← %s is %s', (answer, hidden, typed, correct) => {
		expect(gradeBlank(answer, hidden, typed).correct).toBe(correct);
	});
});
