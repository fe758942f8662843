import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
	it('reads an Error, a string and plain data alike', () => {
		expect(errorMessage(new Error('disk full'))).toBe('disk full');
		expect(errorMessage(new DOMException('', 'QuotaExceededError'))).toBe('QuotaExceededError');
		expect(errorMessage('timeout')).toBe('timeout');
		expect(errorMessage({ status: 500 })).toBe('{"status":500}');
	});
});
