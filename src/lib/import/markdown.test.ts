import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '$lib/deck/types';
import { compileNotes } from '$lib/notes';
import { exportDeckMarkdown } from './markdown';

const deck: Deck = {
	id: 'k8s-roundtrip',
	title: 'Kubernetes round trip',
	lang: 'en',
	cards: [
		{ id: '1', kind: 'concept', tags: ['k8s'], front: 'Pod', back: 'The smallest deployable unit' },
		{ id: '2', kind: 'concept', tags: ['k8s'], front: 'What does a Service give?', back: 'A stable address\nfor a set of pods' },
		{ id: '3', kind: 'command', tags: ['k8s', 'kubectl'], prompt: 'List the pods of every namespace', answer: 'kubectl get pods -A' },
		{ id: '4', kind: 'command', tags: ['k8s', 'kubectl'], prompt: 'Run nginx detached', answer: 'docker run -d -p 8080:80 nginx', blank: 'flag', hidden: '-d' },
		{ id: '5', kind: 'choice', tags: ['k8s', 'states'], prompt: 'accepted, but containers not created yet', options: ['Pending', 'Running'], answer: 'Pending' },
		{ id: '6', kind: 'choice', tags: ['k8s', 'states'], prompt: 'bound to a node and all containers created', options: ['Pending', 'Running'], answer: 'Running' },
		{ id: '7', kind: 'yamlfix', tags: ['k8s'], target: 'kubernetes', task: 'Fix the selector', broken: 'kind: Service\n', solution: 'kind: Service\nspec: {}\n', checks: ['k8s-service-selector-matches-pod'] }
	]
};

describe('exportDeckMarkdown', () => {
	const md = exportDeckMarkdown(deck);

	it('writes the notes syntax', () => {
		expect(md.startsWith('---\ndeck: k8s-roundtrip\ntitle: Kubernetes round trip\nlang: en\n---\n\n# Kubernetes round trip\n')).toBe(true);
		expect(md).toContain('\n## k8s\n');
		expect(md).toContain('\nPod :: The smallest deployable unit\n');
		expect(md).toContain('\nWhat does a Service give?\n?\nA stable address\nfor a set of pods\n');
		expect(md).toContain('```bash\n# List the pods of every namespace\nkubectl get pods -A\n```');
		expect(md).toContain('docker run [[-d]] -p 8080:80 nginx');
		expect(md).toContain('- **Pending**: accepted, but containers not created yet\n- **Running**: bound to a node and all containers created');
		expect(md).toContain('Task: Fix the selector\nchecks: k8s-service-selector-matches-pod\n\n```yaml broken\nkind: Service\n```\n\n```yaml solution\nkind: Service\nspec: {}\n```');
	});

	it('round-trips concept and command cards through the notes compiler', () => {
		const { deck: back } = compileNotes(md, 'roundtrip.md');
		expect(back.id).toBe(deck.id);
		expect(back.title).toBe(deck.title);
		const key = (c: Card) => (c.kind === 'concept' ? `concept|${c.front}|${c.back}` : c.kind === 'command' ? `command|${c.prompt}|${c.answer}` : '');
		const compiled = new Set(back.cards.map(key));
		for (const card of deck.cards.filter((c) => c.kind === 'concept' || c.kind === 'command')) {
			expect(compiled, key(card)).toContain(key(card));
		}
		const hidden = back.cards.find((c) => c.kind === 'command' && c.answer.startsWith('docker run'));
		expect(hidden).toMatchObject({ blank: 'flag', hidden: '-d' });
		const concept = back.cards.find((c) => c.kind === 'concept' && c.front === 'Pod');
		expect(concept?.tags).toContain('k8s');
	});
});
