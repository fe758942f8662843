import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, tokenize } from './tokenize';

const words = (line: string) => {
	const r = tokenize(line);
	return r.ok ? r.tokens.map((t) => t.text) : r.error.code;
};

describe('tokenize', () => {
	it('splits on blanks and keeps quoted words whole', () => {
		expect(words(`docker run -e "A=hello world" alpine sh -c 'echo $HOME'`)).toEqual(['docker', 'run', '-e', 'A=hello world', 'alpine', 'sh', '-c', 'echo \\$HOME']);
	});
	it('marks a $ that single quotes or a backslash keep from the host shell, and expands positional parameters', () => {
		expect(words(`sh -c 'echo $HOME' "echo $HOME" "echo \\$HOME" \\$HOME "a$2b" $1`)).toEqual(['sh', '-c', 'echo \\$HOME', 'echo $HOME', 'echo \\$HOME', '\\$HOME', 'ab']);
	});
	it('handles backslash escapes, escapes in double quotes and line continuations', () => {
		expect(words('echo a\\ b "x\\"y" \\\n  next')).toEqual(['echo', 'a b', 'x"y', 'next']);
	});
	it('keeps empty quoted words', () => {
		expect(words(`echo "" ''`)).toEqual(['echo', '', '']);
	});
	it('drops comments and splits operators', () => {
		expect(words('kubectl get po|grep web && echo ok # note')).toEqual(['kubectl', 'get', 'po', '|', 'grep', 'web', '&&', 'echo', 'ok']);
	});
	it('keeps placeholders, even with spaces, as one word', () => {
		expect(words('kubectl logs <pod name> -c [컨테이너 이름]')).toEqual(['kubectl', 'logs', '<pod name>', '-c', '[컨테이너 이름]']);
		expect(words('docker push <registry>/<image>:<tag>')).toEqual(['docker', 'push', '<registry>/<image>:<tag>']);
	});
	it('keeps expansions whole, with one spelling for the current directory', () => {
		expect(words('docker rm $(docker ps -aq | head -1)')).toEqual(['docker', 'rm', '$(docker ps -aq | head -1)']);
		expect(words('a $(pwd):/x "$PWD":/x ${PWD}:/x `pwd`:/x')).toEqual(['a', '$PWD:/x', '$PWD:/x', '$PWD:/x', '$PWD:/x']);
		expect(words('echo ${HOME} ${A}B $(echo ")")')).toEqual(['echo', '$HOME', '${A}B', '$(echo ")")']);
		expect(words('echo $(unclosed')).toEqual(['echo', '$(unclosed']);
	});
	it('undoes phone typography', () => {
		expect(words('docker run \u2014rm \u201chello\u201d')).toEqual(['docker', 'run', '--rm', 'hello']);
	});
	it.each([
		['', 'empty'],
		['   # only a comment', 'empty'],
		['echo "abc', 'unbalanced-double-quote'],
		["echo 'abc", 'unbalanced-single-quote'],
		['echo abc\\', 'trailing-backslash'],
		['docker\u0000run', 'control-char'],
		['docker run \u001b[31m', 'control-char'],
		['x'.repeat(MAX_LINE_LENGTH + 1), 'too-long'],
		['docker run ' + 'a'.repeat(10 * 1024), 'too-long']
	])('refuses %j with %s', (line, code) => {
		const r = tokenize(line);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.code).toBe(code);
			expect(r.error.message.ko).not.toBe('');
			expect(r.error.message.en).not.toBe('');
		}
	});
	it('never throws on non-string input', () => {
		expect(tokenize(undefined as unknown as string).ok).toBe(false);
	});
});
