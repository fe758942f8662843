/**
 * Docker Compose: `docker compose` (v2 plugin) and `docker-compose` (v1 and the v2 standalone binary)
 * share this one spec, so both spellings parse to the same program. Project options (-f, -p…) come
 * before the subcommand, as Compose requires.
 */
import type { ProgramDef } from '../spec';

const TIMEOUT = '-t, --timeout <value>';

export const COMPOSE: ProgramDef = {
	name: 'docker compose',
	invokedAs: ['docker-compose'],
	// `--dry-run` is inherited by every subcommand (`docker compose up --dry-run`).
	persistentFlags: ['--dry-run'],
	flags: [
		'--all-resources',
		'--ansi <value>',
		'--compatibility',
		// Later files override earlier ones, so the order of -f and --env-file counts.
		'--env-file <path>... (ordered)',
		'-f, --file <path>... (ordered)',
		'--parallel <value>',
		'--profile <value>...',
		'--progress <value>',
		'--project-directory <path>',
		'-p, --project-name <value>',
		// v1 only, still accepted by docker-compose 1.x lines found in older notes.
		'--verbose',
		'--log-level <value>',
		'--no-ansi',
		'-H, --host <value>',
		'-v, --version'
	],
	standalone: true,
	subcommands: [
		{
			name: 'up',
			flags: [
				'--abort-on-container-exit',
				'--abort-on-container-failure',
				'--always-recreate-deps',
				'--attach <value>...',
				'--attach-dependencies',
				'--build',
				'-d, --detach',
				'--exit-code-from <value>',
				'--force-recreate',
				'--menu',
				'--no-attach <value>...',
				'--no-build',
				'--no-color',
				'--no-deps',
				'--no-log-prefix',
				'--no-recreate',
				'--no-start',
				'--pull <value>',
				'--quiet-build',
				'--quiet-pull',
				'--remove-orphans',
				'-V, --renew-anon-volumes',
				'--scale <value>...',
				TIMEOUT,
				'--timestamps',
				'--wait',
				'--wait-timeout <value>',
				'-w, --watch',
				'-y, --yes'
			],
			args: ['SERVICE...'],
			unordered: true
		},
		{ name: 'down', flags: ['--remove-orphans', '--rmi <value>', TIMEOUT, '-v, --volumes'], args: ['SERVICE...'], unordered: true },
		{
			name: 'ps',
			flags: ['-a, --all', '--filter <value>', '--format <value>', '--no-trunc', '--orphans=true', '-q, --quiet', '--services', '--status <value>...'],
			args: ['SERVICE...'],
			unordered: true
		},
		{
			name: 'logs',
			flags: ['-f, --follow', '--index <value>', '--no-color', '--no-log-prefix', '--since <duration>', '-n, --tail <value> (default all)', '-t, --timestamps', '--until <duration>'],
			args: ['SERVICE...'],
			unordered: true
		},
		{
			name: 'build',
			flags: [
				'--build-arg <value>...',
				'--builder <value>',
				'--check',
				'-m, --memory <size>',
				'--no-cache',
				'--print',
				// Hidden: `--progress` is now a project option; the rest are v1 flags kept as no-ops.
				'--progress <value>',
				'--compress=true',
				'--force-rm=true',
				'--no-rm',
				'--parallel=true',
				'--pull',
				'--push',
				'-q, --quiet',
				'--ssh <value>',
				'--with-dependencies'
			],
			args: ['SERVICE...'],
			unordered: true
		},
		{
			name: 'pull',
			flags: ['--ignore-buildable', '--ignore-pull-failures', '--include-deps', '--policy <value>', '-q, --quiet'],
			args: ['SERVICE...'],
			unordered: true
		},
		{ name: 'push', flags: ['--ignore-push-failures', '--include-deps', '-q, --quiet'], args: ['SERVICE...'], unordered: true },
		{
			name: 'exec',
			flags: [
				'-d, --detach',
				'-e, --env <value>...',
				'--index <value>',
				'-i, --interactive=true',
				// Current compose spells it --no-tty and still reads the legacy --no-TTY (cmd/compose/exec.go).
				'-T, --no-tty|--no-TTY',
				'--privileged',
				'-t, --tty=true',
				'-u, --user <value>',
				'-w, --workdir <value>'
			],
			args: ['SERVICE'],
			interspersed: false,
			commandAfter: 1
		},
		{
			name: 'run',
			flags: [
				'--build',
				'--cap-add <capability>...',
				'--cap-drop <capability>...',
				'-d, --detach',
				'--entrypoint <value>',
				'-e, --env <value>...',
				'--env-from-file <path>...',
				'-i, --interactive=true',
				// `--labels` and `--volumes` are normalized to the singular by compose.
				'-l, --label|--labels <value>...',
				'--name <value>',
				// Current compose spells it --no-tty and still reads the legacy --no-TTY (cmd/compose/exec.go).
				'-T, --no-tty|--no-TTY',
				'--no-deps',
				'-p, --publish <port>...',
				'--pull <value>',
				'-q, --quiet',
				'--quiet-build',
				'--quiet-pull',
				'--remove-orphans',
				'--rm',
				'-P, --service-ports',
				'-t, --tty=true',
				'--use-aliases',
				'-u, --user <value>',
				'-v, --volume|--volumes <volume>...',
				'-w, --workdir <value>'
			],
			args: ['SERVICE'],
			interspersed: false,
			commandAfter: 1
		},
		{
			name: 'config',
			aliases: ['convert'],
			flags: [
				'--environment',
				'--format <value>',
				'--hash <value>',
				'--images',
				'--no-consistency',
				'--no-interpolate',
				'--no-normalize',
				'--no-path-resolution',
				'-o, --output <path>',
				'--profiles',
				'-q, --quiet',
				'--resolve-image-digests',
				'--services',
				'--variables',
				'--volumes'
			],
			args: ['SERVICE...'],
			unordered: true
		},
		{ name: 'start', args: ['SERVICE...'], unordered: true },
		{ name: 'stop', flags: [TIMEOUT], args: ['SERVICE...'], unordered: true },
		{ name: 'restart', flags: ['--no-deps', TIMEOUT], args: ['SERVICE...'], unordered: true },
		{ name: 'rm', flags: ['-a, --all', '-f, --force', '-s, --stop', '-v, --volumes'], args: ['SERVICE...'], unordered: true },
		{ name: 'kill', flags: ['--remove-orphans', '-s, --signal <signal> (default SIGKILL)'], args: ['SERVICE...'], unordered: true },
		{ name: 'pause', args: ['SERVICE...'], unordered: true },
		{ name: 'unpause', args: ['SERVICE...'], unordered: true },
		{ name: 'top', args: ['SERVICE...'], unordered: true },
		{ name: 'images', flags: ['--format <value>', '-q, --quiet'], args: ['SERVICE...'], unordered: true },
		{ name: 'port', flags: ['--index <value>', '--protocol <value>'], args: ['SERVICE', 'PRIVATE_PORT'] },
		{ name: 'ls', flags: ['-a, --all', '--filter <value>', '--format <value>', '-q, --quiet'] },
		{
			name: 'create',
			flags: ['--build', '--force-recreate', '--no-build', '--no-recreate', '--pull <value>', '--quiet-pull', '--remove-orphans', '--scale <value>...'],
			args: ['SERVICE...'],
			unordered: true
		},
		{ name: 'events', flags: ['--json'], args: ['SERVICE...'], unordered: true },
		{ name: 'watch', flags: ['--no-up', '--prune', '--quiet'], args: ['SERVICE...'], unordered: true },
		{ name: 'version', flags: ['-f, --format <value>', '--short'] },
		{ name: 'attach', flags: ['--detach-keys <value>', '--index <value>', '--no-stdin', '--sig-proxy=true'], args: ['SERVICE'] },
		{ name: 'commit', flags: ['-a, --author <value>', '-c, --change <value>...', '--index <value>', '-m, --message <value>', '-p, --pause=true'], args: ['SERVICE', 'REPOSITORY:image'] },
		{ name: 'cp', flags: ['--all', '-a, --archive', '-L, --follow-link', '--index <value>'], args: ['SRC:path', 'DEST:path'] },
		{ name: 'export', flags: ['--index <value>', '-o, --output <path>'], args: ['SERVICE'] },
		{ name: 'scale', flags: ['--no-deps'], args: ['SERVICE...'], unordered: true },
		{ name: 'stats', flags: ['-a, --all', '--format <value>', '--no-stream', '--no-trunc'], args: ['SERVICE'] },
		{ name: 'volumes', flags: ['--format <value>', '-q, --quiet'], args: ['SERVICE...'], unordered: true },
		{ name: 'wait', flags: ['--down-project'], args: ['SERVICE...'], unordered: true }
	]
};
