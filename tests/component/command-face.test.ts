// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandCard } from '../../src/lib/deck/types';
import { i18n } from '../../src/lib/ui/i18n.svelte';
import CommandFace from '../../src/lib/ui/CommandFace.svelte';

const card: CommandCard = {
	id: 'd:command:1',
	kind: 'command',
	tags: [],
	prompt: 'nginx 를 백그라운드로 실행하고 호스트 8080 → 컨테이너 80',
	answer: 'docker run -d -p 8080:80 nginx'
};

async function type(text: string) {
	const input = screen.getByRole('textbox') as HTMLInputElement;
	await fireEvent.input(input, { target: { value: text } });
	await fireEvent.submit(input.form!);
}

afterEach(cleanup);

describe('command drill', () => {
	it('grades like the shell reads it: combined flags in another order are right first time → Good', async () => {
		i18n.set('en');
		const onanswered = vi.fn();
		render(CommandFace, { card, onanswered });
		const input = screen.getByRole('textbox');
		expect(input.getAttribute('autocapitalize')).toBe('off');
		expect(input.getAttribute('spellcheck')).toBe('false');
		await type('docker run -dp 8080:80 nginx:latest');
		expect(onanswered).toHaveBeenCalledWith(3, 'docker run -dp 8080:80 nginx:latest', true);
	});

	it('says what is wrong without the fix before the retry, then a right retry suggests Hard', async () => {
		i18n.set('en');
		const onanswered = vi.fn();
		render(CommandFace, { card, onanswered });
		await type('docker run -p 80:8080 nginx');
		expect(onanswered).not.toHaveBeenCalled();
		const before = document.querySelector('.differences')?.textContent ?? '';
		expect(before).not.toBe('');
		expect(before).not.toMatch(/8080:80/);
		await type('docker run --detach --publish 8080:80 nginx');
		expect(onanswered).toHaveBeenCalledWith(2, 'docker run --detach --publish 8080:80 nginx', false);
	});

	it('a hint reveals one token; wrong twice → Again', async () => {
		i18n.set('en');
		const onanswered = vi.fn();
		render(CommandFace, { card, onanswered });
		await fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
		expect(document.querySelector('.hint')?.textContent).toMatch(/^docker ___/);
		await type('docker create nginx');
		await type('docker run nginx -d -p 8080:80');
		expect(onanswered).toHaveBeenCalledWith(1, 'docker run nginx -d -p 8080:80', false);
		// After the last try the full explanation and a runnable answer are shown.
		expect(screen.getByTestId('card-back').textContent).toMatch(/docker run -d -p 8080:80 nginx/);
	});
});
