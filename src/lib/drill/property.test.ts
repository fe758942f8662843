import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCommand } from './index';

/**
 * Valid commands split into head (program and subcommands), flags (each with its spellings) and
 * tail (positionals). Any order of the flags, in any spelling, must grade equal to the first form.
 */
interface Case {
	head: string;
	flags: string[][];
	tail: string;
}

const CASES: Case[] = [
	{
		head: 'docker run',
		flags: [['-d', '--detach', '--detach=true'], ['-p 8080:80', '-p8080:80', '--publish=8080:80', '--publish 8080:80/tcp'], ['-p 443:443', '--publish=443:443'], ['--name web', '--name=web'], ['-e A=1', '--env A=1', '-eA=1'], ['-v /srv:/data', '--volume=/srv:/data'], ['--rm', '--rm=true'], ['-it', '-i -t', '-ti', '--interactive --tty'], ['--restart always', '--restart=always'], ['--net host', '--network=host']],
		tail: 'nginx'
	},
	{
		head: 'docker build',
		flags: [['-t app:1', '--tag app:1', '--tag=app:1'], ['-f Dockerfile', '--file=./Dockerfile'], ['--no-cache'], ['--build-arg A=1', '--build-arg=A=1'], ['--pull']],
		tail: '.'
	},
	{
		head: 'kubectl get',
		flags: [['-n dev', '--namespace dev', '--namespace=dev', '-ndev'], ['-o wide', '-owide', '--output=wide'], ['-l app=web', '--selector=app=web'], ['-w', '--watch'], ['--show-labels']],
		tail: 'pods'
	},
	{
		head: 'kubectl run',
		flags: [['--image nginx', '--image=nginx:latest'], ['--restart=Never', '--restart Never'], ['--port 80', '--port=80'], ['--env A=1', '--env=A=1'], ['--dry-run=client', '--dry-run'], ['-o yaml', '--output=yaml']],
		tail: 'web'
	},
	{
		head: 'kubectl delete',
		flags: [['--force'], ['--grace-period=0', '--grace-period 0'], ['-n dev', '--namespace=dev']],
		tail: 'pod web'
	},
	{
		head: 'docker compose up',
		flags: [['-d', '--detach'], ['--build'], ['--remove-orphans'], ['-t 5', '--timeout=5']],
		tail: 'web'
	},
	{
		head: 'helm install',
		flags: [['-n web', '--namespace=web'], ['--create-namespace'], ['-f values.yaml', '--values=values.yaml'], ['--set a=1', '--set=a=1'], ['--set b=2'], ['--wait']],
		tail: 'web bitnami/nginx'
	},
	{
		head: 'minikube start',
		flags: [['--driver=docker', '--driver docker', '--vm-driver=docker'], ['--cpus 4', '--cpus=4'], ['--memory=8g', '--memory 8g'], ['-p dev', '--profile=dev']],
		tail: ''
	}
];

const line = (head: string, flags: string[], tail: string) => [head, ...flags, tail].filter((w) => w !== '').join(' ');

describe('property: flag order and spelling do not matter', () => {
	it.each(CASES)('$head', ({ head, flags, tail }) => {
		const expected = line(head, flags.map((spellings) => spellings[0]), tail);
		const arbitrary = fc
			.tuple(...flags.map((spellings) => fc.constantFrom(...spellings)))
			.chain((chosen) => fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length }));
		fc.assert(
			fc.property(arbitrary, (permuted) => {
				const result = gradeCommand(expected, line(head, permuted, tail));
				expect(result.differences).toEqual([]);
			}),
			{ seed: 20240611, numRuns: 300 }
		);
	});
});
