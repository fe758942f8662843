import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse';
import { parseArgSpec, parseFlagSpec, type CommandDef } from './spec';
import { PROGRAM_DEFS, PROGRAM_ROOTS } from './specs';
import { canonicalResource, KUBE_RESOURCES } from './specs/kube-resources';

function* walkDefs(def: CommandDef, path: string[]): Generator<[string[], CommandDef]> {
	yield [path, def];
	for (const sub of def.subcommands ?? []) yield* walkDefs(sub, [...path, sub.name]);
}

describe('command specifications', () => {
	it('compile: every program has a root', () => {
		expect([...PROGRAM_ROOTS.keys()]).toEqual(['docker', 'docker compose', 'kubectl', 'minikube', 'helm']);
	});

	it('declare each flag name once per command', () => {
		for (const program of PROGRAM_DEFS) {
			for (const [path, def] of walkDefs(program, [program.name])) {
				const names = (def.flags ?? []).flatMap((src) => {
					const f = parseFlagSpec(src);
					return [f.short ? `-${f.short}` : '', ...(f.long ? [f.long, ...f.aliases] : []).map((n) => `--${n}`)].filter(Boolean);
				});
				expect(new Set(names).size, path.join(' ')).toBe(names.length);
			}
		}
	});

	it('parse the flag notation', () => {
		expect(parseFlagSpec('-p, --publish <port>...')).toMatchObject({ key: '--publish', short: 'p', value: 'required', kind: 'port', repeat: true });
		expect(parseFlagSpec('--network|--net <value>')).toMatchObject({ key: '--network', aliases: ['net'] });
		expect(parseFlagSpec('--dry-run[=client]')).toMatchObject({ value: 'optional', implicit: 'client' });
		expect(parseFlagSpec('--sig-proxy=true')).toMatchObject({ value: 'none', defaultTrue: true });
		expect(() => parseFlagSpec('publish')).toThrow();
		expect(parseFlagSpec('--restart <value> (default no)')).toMatchObject({ key: '--restart', value: 'required', defaultValue: 'no', ordered: false });
		expect(parseFlagSpec('--cascade[=background] (default background)')).toMatchObject({ value: 'optional', implicit: 'background', defaultValue: 'background' });
		expect(parseFlagSpec('-f, --file <path>... (ordered)')).toMatchObject({ key: '--file', repeat: true, ordered: true });
		expect(() => parseFlagSpec('--rm (default true)')).toThrow();
		expect(() => parseFlagSpec('--name <value> (ordered)')).toThrow();
		expect(parseArgSpec('CONTAINER=--container')).toEqual({ name: 'CONTAINER', kind: 'value', variadic: false, flag: '--container' });
		expect(parseArgSpec('RESOURCE:resource...')).toMatchObject({ kind: 'resource', variadic: true });
	});

	it('read a chained command as a command of its own', () => {
		const cmd = parseCommand('kubectl create ns dev -o yaml --dry-run=client | kubectl apply -f -');
		expect(cmd.next?.operator).toBe('|');
		expect(cmd.next?.command).toMatchObject({ program: 'kubectl', path: ['apply'], flags: { '--filename': ['-'] } });
		expect(parseCommand('kubectl get po -o yaml > po.yaml').next).toBeUndefined();
		expect(parseCommand('docker run -d nginx &').next).toBeUndefined();
		expect(parseCommand('kubectl logs web app').flags).toEqual({ '--container': ['app'] });
	});

	it('know every short name of the resource table', () => {
		for (const [plural, singular, shorts] of KUBE_RESOURCES) {
			for (const name of [plural, singular, ...shorts]) expect(canonicalResource(name), name).toBe(plural === 'events' ? 'events' : plural);
		}
		expect(canonicalResource('deployments.apps')).toBe('deployments');
		expect(canonicalResource('pods.apps')).toBeUndefined();
		expect(canonicalResource('nope')).toBeUndefined();
	});

	it('give docker shortcuts the path of their management command', () => {
		expect(parseCommand('docker ps').path).toEqual(['container', 'ls']);
		expect(parseCommand('docker images').path).toEqual(['image', 'ls']);
		expect(parseCommand('docker rmi x').path).toEqual(['image', 'rm']);
		expect(parseCommand('docker compose up').program).toBe('docker compose');
	});

	it('parse to a normalized structure', () => {
		const cmd = parseCommand('kubectl -n dev get deploy/web -o yaml');
		expect(cmd).toMatchObject({ program: 'kubectl', path: ['get'], flags: { '--namespace': ['dev'], '--output': ['yaml'] }, positionals: ['deployments/web'] });
		expect(parseCommand('docker run -it --rm alpine sh').command).toEqual(['sh']);
		expect(parseCommand('minikube kubectl -- get po').nested?.positionals).toEqual(['pods']);
	});
});
