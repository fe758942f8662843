import { describe, expect, it } from 'vitest';
import { gradeBlank, gradeCommand } from './index';

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

describe('--mount', () => {
	it.each([
		['docker run --mount type=bind,source=./app,target=/app nginx', 'docker run --mount type=bind,src=./app,dst=/app nginx', true],
		['docker run --mount type=volume,source=data,target=/data,readonly nginx', 'docker run --mount target=/data,type=volume,ro,source=data nginx', true],
		['docker run --mount type=bind,source=./app,target=/app nginx', 'docker run --mount type=bind,source=/app,target=./app nginx', false]
	])('%s vs %s → %s', (expected, answer, correct) => {
		expect(gradeCommand(expected, answer).correct).toBe(correct);
	});
});
