import { describe, expect, it } from 'vitest';
import { exampleCommand, gradeBlank, gradeCard, gradeCommand, hintCard, hintSteps } from './index';

describe('blank flag drills accept the natural answer', () => {
	it.each([
		['docker build -t', '-t', '-t myapp:1.0', true],
		['docker build -t', '-t', '--tag myapp:1.0', true],
		['docker build -t', '-t', '--tag=myapp:1.0', true],
		['docker build -t', '-t', '-t', true],
		['docker build -t', '-t', '--tag', true],
		['docker build -t', '-t', '-f Dockerfile', false],
		['docker run -p', '-p', '-p 8080:80', true],
		['docker run -p', '-p', '-P 8080:80', false],
		['docker run -p', '-p', '-P', false],
		['kubectl get -o', '-o', '-o wide', true],
		['kubectl get -o', '-o', '-owide', true],
		['kubectl get pods -o wide', '-o', '-o wide', true],
		['kubectl get pods -o wide', '-o', '-o', true],
		['kubectl get pods -o wide', '-o', '-o yaml', false],
		['docker run -d', '-d', '-d', true],
		['docker run -d', '-d', '--detach', true],
		// The learner completes a card that stops at the flag (the image, the build context): right.
		['docker run -d', '-d', '-d nginx', true],
		['docker run -d', '-d', '-d --rm', false],
		['docker build -t', '-t', '-t myapp:1.0 .', true],
		// The words the card shows around the blank, typed again: the line as the card shows it.
		['docker build -t', '-t', 'docker build -t myapp:1.0', true],
		['docker build -f Dockerfile.dev .', '-f', '-f Dockerfile.dev .', true],
		['kubectl get pods -o', '-o', 'pods -o wide', true],
		['kubectl get pods -o', '-o', 'pods -O wide', false],
		// Walkthrough: the resource typed before the flag, as the card's own example shows it.
		['kubectl get -l', '-l', 'pods -l app=web', true],
		['kubectl get -l', '-l', 'pods --selector app=web', true],
		['kubectl get -l', '-l', 'pods --selector=app=web', true],
		['kubectl get -l', '-l', 'pods -L app=web', false]
	])('%s: %s ← %s is %s', (answer, hidden, typed, correct) => {
		expect(gradeBlank(answer, hidden, typed).correct).toBe(correct);
	});

	it('never shows the internal placeholder in a message', () => {
		for (const [answer, typed] of [['docker build -t', '-f'], ['docker build -t', '-P 80'], ['docker build -t', 'x'], ['kubectl get pods -o', 'pods -o'], ['docker run -d', '-d nginx extra -x'], ['kubectl get -l', 'pods -L app=web'], ['kubectl get -l', 'pods -l']]) {
			for (const d of gradeBlank(answer, answer.split(' ').at(-1) ?? '', typed).differences) {
				expect(`${d.message.ko} ${d.message.en} ${d.hint.ko} ${d.hint.en}`).not.toContain('{value}');
			}
		}
	});
});

describe('exact-form drills', () => {
	const shortName = { answer: 'kubectl get svc', blank: 'resource', hidden: 'svc', form: 'short' as const };

	it('requires the short name and says so when the meaning is right', () => {
		expect(gradeCard(shortName, 'svc').correct).toBe(true);
		expect(gradeCard(shortName, 'SVC').correct).toBe(true);
		const long = gradeCard(shortName, 'services');
		expect(long.correct).toBe(false);
		expect(long.differences[0].hint.ko).toBe('뜻은 맞지만 이 카드는 짧은 형식을 묻습니다.');
		expect(long.differences[0].hint.ko).not.toContain('svc');
		expect(long.differences[0].message.ko).toContain('`svc`를');
		expect(gradeCard(shortName, 'pods').differences[0].message.ko).not.toContain('짧은 형식');
	});

	it('requires a short or a long flag when the card asks for one', () => {
		const short = { answer: 'kubectl get pods -A', blank: 'flag', hidden: '-A', form: 'short' as const };
		expect(gradeCard(short, '-A').correct).toBe(true);
		expect(gradeCard(short, '--all-namespaces').correct).toBe(false);
		const long = { answer: 'docker run --detach nginx', form: 'long' as const, hidden: '--detach' };
		expect(gradeCard(long, 'docker run --detach nginx').correct).toBe(true);
		expect(gradeCard(long, 'docker run -d nginx').correct).toBe(false);
		const cluster = { answer: 'docker run -i -t ubuntu', form: 'short' as const, hidden: '-i' };
		expect(gradeCard(cluster, 'docker run -it ubuntu').correct).toBe(true);
	});

	it('grades cards without a form as before', () => {
		expect(gradeCard({ answer: 'kubectl get svc', blank: 'resource', hidden: 'svc' }, 'services').correct).toBe(true);
		expect(gradeCard({ answer: 'docker run -d nginx' }, 'docker run --detach nginx').correct).toBe(true);
	});
});

describe('hints', () => {
	it('reveals a blank letter by letter', () => {
		const card = { answer: 'kubectl get svc', blank: 'resource', hidden: 'svc' };
		expect(hintSteps(card)).toBe(4);
		expect([1, 2, 3, 4].map((n) => hintCard(card, n))).toEqual(['___', 's__', 'sv_', 'svc']);
		expect(hintCard({ answer: 'docker build -t', blank: 'flag', hidden: '-t' }, 1)).toBe('-_');
	});
	it('reveals a full line word by word', () => {
		const card = { answer: 'docker run -d nginx' };
		expect(hintSteps(card)).toBe(4);
		expect(hintCard(card, 2)).toBe('docker run ___ ___');
	});
});

describe('runnable examples of flag drills', () => {
	it.each([
		['docker build -t', 'docker build -t myapp:1.0 .'],
		['docker run -p', 'docker run -p 8080:80 nginx'],
		['docker run -d', 'docker run -d nginx'],
		['kubectl get -o', 'kubectl get pods -o wide'],
		['kubectl logs -f', 'kubectl logs web -f'],
		['kubectl apply -f', 'kubectl apply -f app.yaml'],
		['docker ps -a', 'docker ps -a'],
		['docker compose up -d', 'docker compose up -d'],
		['docker run --name redis', 'docker run --name redis nginx'],
		['kubectl scale --replicas', 'kubectl scale deployment/web --replicas 3'],
		['docker build -f', 'docker build -f Dockerfile.dev .'],
		['docker run -d -p 80:80 nginx', 'docker run -d -p 80:80 nginx'],
		// A selector or -A narrows a type, kubectl still needs it; a named object never goes with a selector.
		['kubectl get -l', 'kubectl get pods -l app=web'],
		['kubectl get -A', 'kubectl get pods -A'],
		['kubectl delete -l', 'kubectl delete pods -l app=web'],
		['kubectl delete -f', 'kubectl delete -f app.yaml']
	])('%s → %s', (answer, example) => {
		expect(exampleCommand({ answer })).toBe(example);
		// The example is itself a command the grader reads without a syntax or value problem.
		expect(gradeCommand(example, example).correct).toBe(true);
	});
});
