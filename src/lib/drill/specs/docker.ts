/**
 * `docker` CLI (Docker 27/28, buildx as the default builder). Canonical commands live under their
 * management group (`container run`, `image ls`…); the classic top-level names are shortcuts to them,
 * as in `docker --help`, so that `docker ps` and `docker container list` parse to the same node.
 */
import type { CommandDef, ProgramDef } from '../spec';

/** The container healthcheck flags, the same on `docker run`/`create` and `docker service create`/`update`. */
const HEALTH_FLAGS = [
	'--health-cmd <value>',
	'--health-interval <duration>',
	'--health-retries <value>',
	'--health-start-interval <duration>',
	'--health-start-period <duration>',
	'--health-timeout <duration>'
];

/** Flags shared by `run` and `create` (`docker container create --help`). */
const CREATE_FLAGS = [
	'--add-host <value>...',
	'--annotation <value>...',
	'-a, --attach <value>...',
	'--blkio-weight <value>',
	'--blkio-weight-device <value>...',
	'--cap-add <capability>...',
	'--cap-drop <capability>...',
	'--cgroup-parent <value>',
	'--cgroupns <value>',
	'--cidfile <path>',
	'--cpu-period <value>',
	'--cpu-quota <value>',
	'--cpu-rt-period <value>',
	'--cpu-rt-runtime <value>',
	'--cpu-count <value>',
	'--cpu-percent <value>',
	'-c, --cpu-shares <value>',
	'--cpus <decimal>',
	'--cpuset-cpus <value>',
	'--cpuset-mems <value>',
	'--device <device>...',
	'--device-cgroup-rule <value>...',
	'--device-read-bps <value>...',
	'--device-read-iops <value>...',
	'--device-write-bps <value>...',
	'--device-write-iops <value>...',
	'--disable-content-trust=true',
	'--dns <value>...',
	'--dns-option <value>...',
	'--dns-search <value>...',
	'--domainname <value>',
	'--entrypoint <value>',
	'-e, --env <value>...',
	'--env-file <path>...',
	'--expose <value>...',
	'--gpus <value>',
	'--group-add <value>...',
	...HEALTH_FLAGS,
	'-h, --hostname <value>',
	'--init',
	'-i, --interactive',
	'--ip <value>',
	'--ip6 <value>',
	'--ipc <value>',
	'--isolation <value>',
	'--kernel-memory <size>',
	'-l, --label <value>...',
	'--label-file <path>...',
	'--link <value>...',
	'--link-local-ip <value>...',
	'--log-driver <value>',
	'--log-opt <value>...',
	'--mac-address <value>',
	'-m, --memory <size>',
	'--memory-reservation <size>',
	'--memory-swap <size>',
	'--memory-swappiness <value>',
	'--mount <mount>...',
	'--name <value>',
	'--network|--net <value> (default bridge)',
	'--network-alias|--net-alias <value>...',
	'--no-healthcheck',
	'--oom-kill-disable',
	'--oom-score-adj <value>',
	'--pid <value>',
	'--pids-limit <value>',
	'--platform <value>',
	'--privileged',
	'-p, --publish <port>...',
	'-P, --publish-all',
	'--pull <value> (default missing)',
	'-q, --quiet',
	'--read-only',
	'--restart <value> (default no)',
	'--rm',
	'--runtime <value>',
	'--security-opt <value>...',
	'--shm-size <size>',
	'--stop-signal <signal>',
	'--stop-timeout <value>',
	'--storage-opt <value>...',
	'--sysctl <value>...',
	'--tmpfs <value>...',
	'-t, --tty',
	'--ulimit <ulimit>...',
	'--use-api-socket',
	'-u, --user <value>',
	'--userns <value>',
	'--uts <value>',
	'-v, --volume <volume>...',
	'--volume-driver <value>',
	'--volumes-from <value>...',
	'-w, --workdir <value>'
];

const RUN_FLAGS = [...CREATE_FLAGS, '-d, --detach', '--detach-keys <value>', '--sig-proxy=true'];

/** `docker build` is `docker buildx build` since Docker 23; the legacy builder's flags are kept too. */
const BUILD_FLAGS = [
	'--add-host <value>...',
	'--allow <value>...',
	'--annotation <value>...',
	'--attest <value>...',
	'--build-arg <value>...',
	'--build-context <value>...',
	'--builder <value>',
	'--cache-from <value>...',
	'--cache-to <value>...',
	'--call <value>',
	'--cgroup-parent <value>',
	'--check',
	'--compress',
	'--cpu-shares <value>',
	'--cpuset-cpus <value>',
	'-f, --file <path>',
	'--force-rm',
	'--iidfile <path>',
	'--isolation <value>',
	'--label <value>...',
	'--load',
	'-m, --memory <size>',
	'--memory-swap <size>',
	'--metadata-file <path>',
	'--network <value>',
	'--no-cache',
	'--no-cache-filter <value>...',
	'-o, --output <value>...',
	// buildx splits each value at commas: `--platform linux/amd64,linux/arm64`.
	'--platform <list>...',
	'--progress <value> (default auto)',
	'--provenance <value>',
	'--pull',
	'--push',
	'-q, --quiet',
	'--rm=true',
	'--sbom <value>',
	'--secret <value>...',
	'--security-opt <value>...',
	'--shm-size <size>',
	'--squash',
	'--ssh <value>...',
	'-t, --tag <image>...',
	'--target <value>',
	'--ulimit <ulimit>...'
];

const FORMAT = '--format <value>';
const FILTER = '-f, --filter <value>...';
const FORCE = '-f, --force';

const CONTAINER: CommandDef = {
	name: 'container',
	subcommands: [
		{ name: 'attach', flags: ['--detach-keys <value>', '--no-stdin', '--sig-proxy=true'], args: ['CONTAINER'] },
		{
			name: 'commit',
			flags: ['-a, --author <value>', '-c, --change <value>...', '-m, --message <value>', '-p, --pause=true'],
			args: ['CONTAINER', 'REPOSITORY:image'],
			// `docker commit` stops reading flags at CONTAINER (SetInterspersed(false)).
			interspersed: false
		},
		{ name: 'cp', flags: ['-a, --archive', '-L, --follow-link', '-q, --quiet'], args: ['SRC:path', 'DEST:path'] },
		{ name: 'create', flags: CREATE_FLAGS, args: ['IMAGE:image'], interspersed: false, commandAfter: 1 },
		{ name: 'diff', args: ['CONTAINER'] },
		{
			name: 'exec',
			flags: [
				'-d, --detach',
				'--detach-keys <value>',
				'-e, --env <value>...',
				'--env-file <path>...',
				'-i, --interactive',
				'--privileged',
				'-t, --tty',
				'-u, --user <value>',
				'-w, --workdir <value>'
			],
			args: ['CONTAINER'],
			interspersed: false,
			commandAfter: 1
		},
		{ name: 'export', flags: ['-o, --output <path>'], args: ['CONTAINER'] },
		{ name: 'inspect', flags: ['-f, --format <value>', '-s, --size'], args: ['CONTAINER...'], unordered: true },
		{ name: 'kill', flags: ['-s, --signal <signal> (default KILL)'], args: ['CONTAINER...'], unordered: true },
		{ name: 'logs', flags: ['--details', '-f, --follow', '--since <duration>', '-n, --tail <value> (default all)', '-t, --timestamps', '--until <duration>'], args: ['CONTAINER'] },
		{
			name: 'ls',
			aliases: ['list', 'ps'],
			flags: ['-a, --all', FILTER, FORMAT, '-n, --last <value>', '-l, --latest', '--no-trunc', '-q, --quiet', '-s, --size']
		},
		{ name: 'pause', args: ['CONTAINER...'], unordered: true },
		{ name: 'port', args: ['CONTAINER', 'PORT'] },
		{ name: 'prune', flags: ['--filter <value>...', FORCE] },
		{ name: 'rename', args: ['CONTAINER', 'NEW_NAME'] },
		{ name: 'restart', flags: ['-s, --signal <signal>', '-t, --timeout|--time <value>'], args: ['CONTAINER...'], unordered: true },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE, '-l, --link', '-v, --volumes'], args: ['CONTAINER...'], unordered: true },
		{ name: 'run', flags: RUN_FLAGS, args: ['IMAGE:image'], interspersed: false, commandAfter: 1 },
		{
			name: 'start',
			flags: ['-a, --attach', '--checkpoint <value>', '--checkpoint-dir <path>', '--detach-keys <value>', '-i, --interactive'],
			args: ['CONTAINER...'],
			unordered: true
		},
		{ name: 'stats', flags: ['-a, --all', FORMAT, '--no-stream', '--no-trunc'], args: ['CONTAINER...'], unordered: true },
		{ name: 'stop', flags: ['-s, --signal <signal>', '-t, --timeout|--time <value>'], args: ['CONTAINER...'], unordered: true },
		{ name: 'top', args: ['CONTAINER', 'OPTIONS...'] },
		{ name: 'unpause', args: ['CONTAINER...'], unordered: true },
		{
			name: 'update',
			flags: [
				'--blkio-weight <value>',
				'--cpu-period <value>',
				'--cpu-quota <value>',
				'--cpu-rt-period <value>',
				'--cpu-rt-runtime <value>',
				'-c, --cpu-shares <value>',
				'--cpus <decimal>',
				'--cpuset-cpus <value>',
				'--cpuset-mems <value>',
				'-m, --memory <size>',
				'--memory-reservation <size>',
				'--memory-swap <size>',
				'--pids-limit <value>',
				'--restart <value>'
			],
			args: ['CONTAINER...'],
			unordered: true
		},
		{ name: 'wait', args: ['CONTAINER...'], unordered: true }
	]
};

const IMAGE: CommandDef = {
	name: 'image',
	subcommands: [
		{ name: 'build', flags: BUILD_FLAGS, args: ['CONTEXT:path'] },
		{ name: 'history', flags: [FORMAT, '-H, --human=true', '--no-trunc', '--platform <value>', '-q, --quiet'], args: ['IMAGE:image'] },
		{ name: 'import', flags: ['-c, --change <value>...', '-m, --message <value>', '--platform <value>'], args: ['FILE', 'REPOSITORY:image'] },
		{ name: 'inspect', flags: ['-f, --format <value>', '--platform <value>'], args: ['IMAGE:image...'], unordered: true },
		{ name: 'load', flags: ['-i, --input <path>', '--platform <value>...', '-q, --quiet'] },
		{ name: 'ls', aliases: ['list'], flags: ['-a, --all', '--digests', FILTER, FORMAT, '--no-trunc', '-q, --quiet', '--tree'], args: ['REPOSITORY'] },
		{ name: 'prune', flags: ['-a, --all', '--filter <value>...', FORCE] },
		{ name: 'pull', flags: ['-a, --all-tags', '--disable-content-trust=true', '--platform <value>', '-q, --quiet'], args: ['NAME:image'] },
		{ name: 'push', flags: ['-a, --all-tags', '--disable-content-trust=true', '--platform <value>', '-q, --quiet'], args: ['NAME:image'] },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE, '--no-prune', '--platform <value>...'], args: ['IMAGE:image...'], unordered: true },
		{ name: 'save', flags: ['-o, --output <path>', '--platform <value>...'], args: ['IMAGE:image...'], unordered: true },
		{ name: 'tag', args: ['SOURCE:image', 'TARGET:image'] }
	]
};

const NETWORK: CommandDef = {
	name: 'network',
	subcommands: [
		{
			name: 'connect',
			flags: ['--alias <value>...', '--driver-opt <value>...', '--gw-priority <value>', '--ip <value>', '--ip6 <value>', '--link <value>...', '--link-local-ip <value>...'],
			args: ['NETWORK', 'CONTAINER']
		},
		{
			name: 'create',
			flags: [
				'--attachable',
				'--aux-address <value>...',
				'--config-from <value>',
				'--config-only',
				'-d, --driver <value> (default bridge)',
				'--gateway <value>...',
				'--ingress',
				'--internal',
				'--ip-range <value>...',
				'--ipam-driver <value>',
				'--ipam-opt <value>...',
				'--ipv4=true',
				'--ipv6',
				'--label <value>...',
				'-o, --opt <value>...',
				'--scope <value>',
				'--subnet <value>...'
			],
			args: ['NETWORK']
		},
		{ name: 'disconnect', flags: [FORCE], args: ['NETWORK', 'CONTAINER'] },
		{ name: 'inspect', flags: ['-f, --format <value>', '-v, --verbose'], args: ['NETWORK...'], unordered: true },
		{ name: 'ls', aliases: ['list'], flags: [FILTER, FORMAT, '--no-trunc', '-q, --quiet'] },
		{ name: 'prune', flags: ['--filter <value>...', FORCE] },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE], args: ['NETWORK...'], unordered: true }
	]
};

const VOLUME: CommandDef = {
	name: 'volume',
	subcommands: [
		{ name: 'create', flags: ['-d, --driver <value> (default local)', '--label <value>...', '-o, --opt <value>...'], args: ['VOLUME'] },
		{ name: 'inspect', flags: ['-f, --format <value>'], args: ['VOLUME...'], unordered: true },
		{ name: 'ls', aliases: ['list'], flags: ['--cluster', FILTER, FORMAT, '-q, --quiet'] },
		{ name: 'prune', flags: ['-a, --all', '--filter <value>...', FORCE] },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE], args: ['VOLUME...'], unordered: true }
	]
};

const SYSTEM: CommandDef = {
	name: 'system',
	subcommands: [
		{ name: 'df', flags: [FORMAT, '-v, --verbose'] },
		{ name: 'events', flags: [FILTER, FORMAT, '--since <value>', '--until <value>'] },
		{ name: 'info', flags: ['-f, --format <value>'] },
		{ name: 'prune', flags: ['-a, --all', '--filter <value>...', FORCE, '--volumes'] }
	]
};

const CONTEXT: CommandDef = {
	name: 'context',
	subcommands: [
		{ name: 'create', flags: ['--description <value>', '--docker <value>', '--from <value>'], args: ['CONTEXT'] },
		{ name: 'export', args: ['CONTEXT', 'FILE:path'] },
		{ name: 'import', args: ['CONTEXT', 'FILE:path'] },
		{ name: 'inspect', flags: ['-f, --format <value>'], args: ['CONTEXT...'], unordered: true },
		{ name: 'ls', aliases: ['list'], flags: [FORMAT, '-q, --quiet'] },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE], args: ['CONTEXT...'], unordered: true },
		{ name: 'show' },
		{ name: 'update', flags: ['--description <value>', '--docker <value>'], args: ['CONTEXT'] },
		{ name: 'use', args: ['CONTEXT'] }
	]
};

/** `docker buildx` (the build plugin); `buildx build` is the very node of `docker build`. */
const BUILDX: CommandDef = {
	name: 'buildx',
	persistentFlags: ['--builder <value>', '-D, --debug'],
	subcommands: [
		{ name: 'build', aliases: ['b'], redirect: ['image', 'build'] },
		{
			name: 'bake',
			aliases: ['f'],
			flags: ['--allow <value>...', '--call <value>', '--check', '-f, --file <path>...', '--load', '--metadata-file <path>', '--no-cache', '--print', '--progress <value>', '--provenance <value>', '--pull', '--push', '--sbom <value>', '--set <value>...'],
			args: ['TARGET...'],
			unordered: true
		},
		{
			name: 'create',
			flags: ['--append', '--bootstrap', '--buildkitd-config|--config <path>', '--buildkitd-flags <value>', '--driver <value>', '--driver-opt <list>...', '--leave', '--name <value>', '--node <value>', '--platform <list>...', '--use'],
			args: ['CONTEXT']
		},
		{ name: 'du', flags: ['--filter <value>...', '--verbose'] },
		{ name: 'inspect', flags: ['--bootstrap'], args: ['NAME'] },
		// `install` makes `docker builder` an alias of buildx (hidden, found in older tutorials).
		{ name: 'install' },
		{ name: 'ls', flags: [FORMAT, '--no-trunc'] },
		{ name: 'prune', flags: ['-a, --all', '--filter <value>...', FORCE, '--keep-storage <size>', '--max-used-space <size>', '--min-free-space <size>', '--reserved-space <size>', '--verbose'] },
		{ name: 'rm', flags: ['--all-inactive', FORCE, '--keep-daemon', '--keep-state'], args: ['NAME...'], unordered: true },
		{ name: 'stop', args: ['NAME'] },
		{ name: 'uninstall' },
		{ name: 'use', flags: ['--default', '--global'], args: ['NAME'] },
		{ name: 'version' },
		{
			name: 'imagetools',
			subcommands: [
				{
					name: 'create',
					flags: ['--annotation <value>...', '--append', '--dry-run', '-f, --file <path>...', '--platform <list>...', '--prefer-index=true', '--progress <value>', '-t, --tag <image>...'],
					args: ['SOURCE:image...']
				},
				{ name: 'inspect', flags: [FORMAT, '--raw'], args: ['NAME:image'] }
			]
		}
	]
};

const MANIFEST: CommandDef = {
	name: 'manifest',
	subcommands: [
		{ name: 'annotate', flags: ['--arch <value>', '--os <value>', '--os-features <list>...', '--os-version <value>', '--variant <value>'], args: ['MANIFEST_LIST:image', 'MANIFEST:image'] },
		{ name: 'create', flags: ['-a, --amend', '--insecure'], args: ['MANIFEST_LIST:image', 'MANIFEST:image...'] },
		{ name: 'inspect', flags: ['--insecure', '-v, --verbose'], args: ['NAME:image...'] },
		{ name: 'push', flags: ['--insecure', '-p, --purge'], args: ['MANIFEST_LIST:image'] },
		{ name: 'rm', args: ['MANIFEST_LIST:image...'], unordered: true }
	]
};

/** Swarm mode: `docker swarm`, `node`, `service`, `stack`, `secret`, `config`. */
const SWARM: CommandDef = {
	name: 'swarm',
	subcommands: [
		{
			name: 'init',
			flags: [
				'--advertise-addr <value>',
				'--autolock',
				'--availability <value>',
				'--cert-expiry <value>',
				'--data-path-addr <value>',
				'--data-path-port <value>',
				// An IPNetSlice: `--default-addr-pool 10.10.0.0/16,10.20.0.0/16` = two flags.
				'--default-addr-pool <list>...',
				'--default-addr-pool-mask-length <value>',
				'--dispatcher-heartbeat <value>',
				'--external-ca <value>...',
				'--force-new-cluster',
				'--listen-addr <value>',
				'--max-snapshots <value>',
				'--snapshot-interval <value>',
				'--task-history-limit <value>'
			]
		},
		{ name: 'join', flags: ['--advertise-addr <value>', '--availability <value>', '--data-path-addr <value>', '--listen-addr <value>', '--token <value>'], args: ['HOST'] },
		{ name: 'join-token', flags: ['-q, --quiet', '--rotate'], args: ['ROLE'] },
		{ name: 'leave', flags: [FORCE] },
		{ name: 'unlock' },
		{ name: 'unlock-key', flags: ['-q, --quiet', '--rotate'] },
		{
			name: 'update',
			flags: ['--autolock', '--cert-expiry <value>', '--dispatcher-heartbeat <value>', '--external-ca <value>...', '--max-snapshots <value>', '--snapshot-interval <value>', '--task-history-limit <value>']
		},
		{ name: 'ca', flags: ['--ca-cert <path>', '--ca-key <path>', '--cert-expiry <value>', '-d, --detach', '--external-ca <value>...', '-q, --quiet', '--rotate'] }
	]
};

const TASKS = [FILTER, FORMAT, '--no-resolve', '--no-trunc', '-q, --quiet'];

/** Flags of `docker service create` (those of `update` are their -add/-rm forms). */
const SERVICE_FLAGS = [
	'--cap-add <capability>...',
	'--cap-drop <capability>...',
	'--config <value>...',
	'--constraint <value>...',
	'--container-label <value>...',
	'--credential-spec <value>',
	'-d, --detach',
	'--dns <value>...',
	'--dns-option <value>...',
	'--dns-search <value>...',
	'--endpoint-mode <value>',
	'--entrypoint <value>',
	'-e, --env <value>...',
	'--env-file <path>...',
	'--generic-resource <value>...',
	'--group <value>...',
	...HEALTH_FLAGS,
	'--host <value>...',
	'--hostname <value>',
	'--init',
	'--isolation <value>',
	'-l, --label <value>...',
	'--limit-cpu <value>',
	'--limit-memory <size>',
	'--limit-pids <value>',
	'--log-driver <value>',
	'--log-opt <value>...',
	'--max-concurrent <value>',
	'--mode <value>',
	'--mount <mount>...',
	'--name <value>',
	'--network <value>...',
	'--no-healthcheck',
	'--no-resolve-image',
	'--oom-score-adj <value>',
	'--placement-pref <value>...',
	'-p, --publish <port>...',
	'-q, --quiet',
	'--read-only',
	'--replicas <value>',
	'--replicas-max-per-node <value>',
	'--reserve-cpu <value>',
	'--reserve-memory <size>',
	'--restart-condition <value>',
	'--restart-delay <value>',
	'--restart-max-attempts <value>',
	'--restart-window <value>',
	'--rollback-delay <value>',
	'--rollback-failure-action <value>',
	'--rollback-max-failure-ratio <value>',
	'--rollback-monitor <value>',
	'--rollback-order <value>',
	'--rollback-parallelism <value>',
	'--secret <value>...',
	'--stop-grace-period <value>',
	'--stop-signal <signal>',
	'--sysctl <value>...',
	'-t, --tty',
	'--ulimit <ulimit>...',
	'--update-delay <value>',
	'--update-failure-action <value>',
	'--update-max-failure-ratio <value>',
	'--update-monitor <value>',
	'--update-order <value>',
	'--update-parallelism <value>',
	'-u, --user <value>',
	'--with-registry-auth',
	'-w, --workdir <value>'
];

const SERVICE_UPDATE_ONLY = [
	'--args <value>',
	'--config-add <value>...',
	'--config-rm <value>...',
	'--constraint-add <value>...',
	'--constraint-rm <value>...',
	'--container-label-add <value>...',
	'--container-label-rm <value>...',
	'--env-add <value>...',
	'--env-rm <value>...',
	'--force',
	'--image <image>',
	'--label-add <value>...',
	'--label-rm <value>...',
	'--mount-add <mount>...',
	'--mount-rm <value>...',
	'--network-add <value>...',
	'--network-rm <value>...',
	'--publish-add <port>...',
	'--publish-rm <port>...',
	'--rollback',
	'--secret-add <value>...',
	'--secret-rm <value>...',
	...['dns', 'dns-option', 'dns-search', 'generic-resource', 'group', 'host', 'placement-pref', 'sysctl', 'ulimit'].flatMap((f) => [`--${f}-add <value>...`, `--${f}-rm <value>...`])
];
/** Flags of `create` that `update` has only as -add/-rm pairs (or not at all). */
const REMOVED_IN_UPDATE = new Set([
	'--config',
	'--constraint',
	'--container-label',
	'--dns',
	'--dns-option',
	'--dns-search',
	'-e, --env',
	'--env-file',
	'--generic-resource',
	'--group',
	'--host',
	'-l, --label',
	'--mode',
	'--mount',
	'--name',
	'--network',
	'--placement-pref',
	'-p, --publish',
	'--secret',
	'--sysctl',
	'--ulimit'
]);

const SERVICE: CommandDef = {
	name: 'service',
	subcommands: [
		{ name: 'create', flags: SERVICE_FLAGS, args: ['IMAGE:image'], interspersed: false, commandAfter: 1 },
		{ name: 'inspect', flags: ['-f, --format <value>', '--pretty'], args: ['SERVICE...'], unordered: true },
		{
			name: 'logs',
			flags: ['--details', '-f, --follow', '--no-resolve', '--no-task-ids', '--no-trunc', '--raw', '--since <value>', '-n, --tail <value>', '-t, --timestamps'],
			args: ['SERVICE']
		},
		{ name: 'ls', aliases: ['list'], flags: [FILTER, FORMAT, '-q, --quiet'] },
		{ name: 'ps', flags: TASKS, args: ['SERVICE...'], unordered: true },
		{ name: 'rm', aliases: ['remove'], args: ['SERVICE...'], unordered: true },
		{ name: 'rollback', flags: ['-d, --detach', '-q, --quiet'], args: ['SERVICE'] },
		{ name: 'scale', flags: ['-d, --detach'], args: ['SERVICE...'], unordered: true },
		{
			name: 'update',
			flags: [...SERVICE_FLAGS.filter((f) => !REMOVED_IN_UPDATE.has(f.split(' <')[0])), ...SERVICE_UPDATE_ONLY],
			args: ['SERVICE']
		}
	]
};

const STACK: CommandDef = {
	name: 'stack',
	subcommands: [
		{ name: 'config', flags: ['-c, --compose-file <path>...', '--skip-interpolation'] },
		{ name: 'deploy', aliases: ['up'], flags: ['-c, --compose-file <path>... (ordered)', '-d, --detach=true', '--prune', '-q, --quiet', '--resolve-image <value>', '--with-registry-auth'], args: ['STACK'] },
		{ name: 'ls', aliases: ['list'], flags: [FORMAT] },
		{ name: 'ps', flags: TASKS, args: ['STACK'] },
		{ name: 'rm', aliases: ['remove', 'down'], flags: ['-d, --detach=true'], args: ['STACK...'], unordered: true },
		{ name: 'services', flags: [FILTER, FORMAT, '-q, --quiet'], args: ['STACK'] }
	]
};

const NODE: CommandDef = {
	name: 'node',
	subcommands: [
		{ name: 'demote', args: ['NODE...'], unordered: true },
		{ name: 'inspect', flags: ['-f, --format <value>', '--pretty'], args: ['NODE...'], unordered: true },
		{ name: 'ls', aliases: ['list'], flags: [FILTER, FORMAT, '-q, --quiet'] },
		{ name: 'promote', args: ['NODE...'], unordered: true },
		{ name: 'ps', flags: TASKS, args: ['NODE...'], unordered: true },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE], args: ['NODE...'], unordered: true },
		{ name: 'update', flags: ['--availability <value>', '--label-add <value>...', '--label-rm <value>...', '--role <value>'], args: ['NODE'] }
	]
};

/** `docker secret` and `docker config` have the same shape; only secrets take a `-d, --driver`. */
const swarmObject = (name: string, createFlags: readonly string[]): CommandDef => ({
	name,
	subcommands: [
		{ name: 'create', flags: createFlags, args: ['NAME', 'FILE:path'] },
		{ name: 'inspect', flags: ['-f, --format <value>', '--pretty'], args: ['NAME...'], unordered: true },
		{ name: 'ls', aliases: ['list'], flags: [FILTER, FORMAT, '-q, --quiet'] },
		{ name: 'rm', aliases: ['remove'], args: ['NAME...'], unordered: true }
	]
});

/** `docker plugin`: plugin references are image references (`vieux/sshfs` = `vieux/sshfs:latest`). */
const PLUGIN: CommandDef = {
	name: 'plugin',
	subcommands: [
		{ name: 'create', flags: ['--compress'], args: ['PLUGIN:image', 'DIR:path'] },
		{ name: 'disable', flags: [FORCE], args: ['PLUGIN:image'] },
		{ name: 'enable', flags: ['--timeout <value>'], args: ['PLUGIN:image'] },
		{ name: 'inspect', flags: ['-f, --format <value>'], args: ['PLUGIN:image...'], unordered: true },
		{
			name: 'install',
			flags: ['--alias <value>', '--disable', '--disable-content-trust=true', '--grant-all-permissions'],
			args: ['PLUGIN:image', 'SETTING...']
		},
		{ name: 'ls', aliases: ['list'], flags: [FILTER, FORMAT, '--no-trunc', '-q, --quiet'] },
		{ name: 'push', flags: ['--disable-content-trust=true'], args: ['PLUGIN:image'] },
		{ name: 'rm', aliases: ['remove'], flags: [FORCE], args: ['PLUGIN:image...'], unordered: true },
		{ name: 'set', args: ['PLUGIN:image', 'SETTING...'] },
		{
			name: 'upgrade',
			flags: ['--disable-content-trust=true', '--grant-all-permissions', '--skip-remote-check'],
			args: ['PLUGIN:image', 'REMOTE:image']
		}
	]
};

/**
 * `docker trust` (content trust). Image arguments stay as written: without a tag, `trust inspect`
 * and `trust revoke` mean every tag, not `:latest`.
 */
const TRUST: CommandDef = {
	name: 'trust',
	subcommands: [
		{ name: 'inspect', flags: ['--pretty'], args: ['IMAGE...'], unordered: true },
		{
			name: 'key',
			subcommands: [
				{ name: 'generate', flags: ['--dir <path>'], args: ['NAME'] },
				{ name: 'load', flags: ['--name <value>'], args: ['KEYFILE:path'] }
			]
		},
		{ name: 'revoke', flags: ['-y, --yes'], args: ['IMAGE'] },
		{ name: 'sign', flags: ['--local'], args: ['IMAGE'] },
		{
			name: 'signer',
			subcommands: [
				{ name: 'add', flags: ['--key <path>...'], args: ['NAME', 'REPOSITORY...'] },
				{ name: 'remove', flags: [FORCE], args: ['NAME', 'REPOSITORY...'] }
			]
		}
	]
};

/** Classic top-level commands that are shortcuts of a management command. */
const SHORTCUTS: CommandDef[] = [
	...['attach', 'commit', 'cp', 'create', 'diff', 'exec', 'export', 'kill', 'logs', 'pause', 'port', 'rename', 'restart', 'rm', 'run', 'start', 'stats', 'stop', 'top', 'unpause', 'update', 'wait'].map(
		(name) => ({ name, redirect: ['container', name] })
	),
	{ name: 'ps', redirect: ['container', 'ls'] },
	{ name: 'images', redirect: ['image', 'ls'] },
	{ name: 'rmi', redirect: ['image', 'rm'] },
	...['build', 'history', 'import', 'load', 'pull', 'push', 'save', 'tag'].map((name) => ({ name, redirect: ['image', name] })),
	{
		name: 'builder',
		subcommands: [
			{ name: 'build', redirect: ['image', 'build'] },
			{ name: 'ls', redirect: ['buildx', 'ls'] },
			{ name: 'prune', redirect: ['buildx', 'prune'] }
		]
	},
	{ name: 'events', redirect: ['system', 'events'] },
	{ name: 'info', redirect: ['system', 'info'] }
];

export const DOCKER: ProgramDef = {
	name: 'docker',
	invokedAs: ['docker'],
	// Global options come before the command (`docker --context prod ps`).
	flags: [
		'--config <path>',
		'-c, --context <value>',
		'-D, --debug',
		'-H, --host <value>...',
		'-l, --log-level <value>',
		'--tls',
		'--tlscacert <path>',
		'--tlscert <path>',
		'--tlskey <path>',
		'--tlsverify',
		'-v, --version'
	],
	standalone: true,
	subcommands: [
		CONTAINER,
		IMAGE,
		NETWORK,
		VOLUME,
		SYSTEM,
		CONTEXT,
		BUILDX,
		MANIFEST,
		SWARM,
		SERVICE,
		STACK,
		NODE,
		swarmObject('secret', ['-d, --driver <value>', '-l, --label <value>...', '--template-driver <value>']),
		swarmObject('config', ['-l, --label <value>...', '--template-driver <value>']),
		PLUGIN,
		TRUST,
		...SHORTCUTS,
		{ name: 'init', flags: ['--version'] },
		{ name: 'inspect', flags: ['-f, --format <value>', '-s, --size', '--type <value>'], args: ['NAME...'], unordered: true },
		{
			name: 'login',
			flags: ['-p, --password <value>', '--password-stdin', '-u, --username <value>'],
			args: ['SERVER']
		},
		{ name: 'logout', args: ['SERVER'] },
		{ name: 'search', flags: [FILTER, FORMAT, '--limit <value>', '--no-trunc'], args: ['TERM'] },
		{ name: 'version', flags: ['-f, --format <value>'] },
		{ name: 'compose', program: 'docker compose' }
	]
};
