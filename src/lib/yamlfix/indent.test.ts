import { describe, expect, it } from 'vitest';
import { yamlIndentAfter } from './indent';

describe('the column after Enter in the YAML editor', () => {
	it.each([
		['services:', 2],
		['  web:', 4],
		['    image: nginx', 4],
		['    ports:', 6],
		['      - "8080:80"', 8],
		['  containers:', 4],
		['  - name: web', 4],
		['  - name: web   # the app', 4],
		['    - name:', 8],
		['  command: |', 4],
		['  script: >-', 4],
		['apiVersion: v1', 0],
		['- ', 2]
	])('after %j → %i', (previous, column) => {
		expect(yamlIndentAfter(previous)).toBe(column);
	});
});
