/**
 * `kubectl` (1.30+). Global options are persistent, so they may appear anywhere
 * (`kubectl -n dev get po` = `kubectl get po -n dev`). Resource arguments use the table in
 * `kube-resources.ts` (`'resources'` args), pod targets default to pods (`logs web` = `logs pod/web`).
 */
import type { CommandDef, ProgramDef } from '../spec';

const FILES = ['-f, --filename <path>,...', '-k, --kustomize <path>', '-R, --recursive'];
const SELECTOR = '-l, --selector <list>';
const ALL_NS = '-A, --all-namespaces';
const OUTPUT = ['-o, --output <value>', '--template <value>', '--allow-missing-template-keys=true', '--show-managed-fields'];
const DRY_RUN = '--dry-run[=client] (default none)';
const FIELD_MANAGER = '--field-manager <value>';
/** Flags of every `kubectl create <generator>` (they print or save what they create). */
const VALIDATE = '--validate[=strict] (default strict)';
const CASCADE = '--cascade[=background] (default background)';
const CREATE_COMMON = [...OUTPUT, DRY_RUN, FIELD_MANAGER, '--save-config', VALIDATE];
const FROM_SOURCES = ['--from-file <source>...', '--from-literal <value>...', '--from-env-file <source>...', '--append-hash'];
const WAIT = ['--timeout <duration>', '--wait'];

const create = (name: string, aliases: string[], flags: string[], extra: Partial<CommandDef> = {}): CommandDef => ({
	name,
	aliases,
	flags: [...CREATE_COMMON, ...flags],
	args: ['NAME'],
	...extra
});

const SERVICE_TYPES: CommandDef[] = [
	create('clusterip', [], ['--clusterip <value>', '--tcp <list>']),
	create('nodeport', [], ['--node-port <value>', '--tcp <list>']),
	create('loadbalancer', [], ['--tcp <list>']),
	create('externalname', [], ['--external-name <value>', '--tcp <list>'])
];

const ROLE_BINDING = ['--clusterrole <value>', '--group <value>...', '--serviceaccount <value>...', '--user <value>...'];

const CREATE: CommandDef = {
	name: 'create',
	standalone: true,
	flags: [...CREATE_COMMON, ...FILES, '--edit', '--raw <value>', SELECTOR, '--windows-line-endings'],
	subcommands: [
		// --verb, --resource… are StringSlice flags: `--verb=get,list` = `--verb get --verb list`.
		// --resource names are resolved like any resource argument: `--resource=po,deploy` = `pods,deployments.apps`.
		create('clusterrole', [], ['--aggregation-rule <list>', '--non-resource-url <list>...', '--resource <resources>...', '--resource-name <list>...', '--verb <list>...']),
		create('clusterrolebinding', [], ROLE_BINDING),
		create('configmap', ['cm'], FROM_SOURCES),
		create('cronjob', ['cj'], ['--image <image>', '--restart <value> (default OnFailure)', '--schedule <value>'], { commandAfter: 1, commandAfterDash: 'required' }),
		create('deployment', ['deploy'], ['--image <image>,...', '--port <value>', '-r, --replicas <value> (default 1)'], { commandAfter: 1, commandAfterDash: 'required' }),
		create('ingress', ['ing'], ['--annotation <value>...', '--class <value>', '--default-backend <value>', '--rule <value>...']),
		create('job', [], ['--from <value>', '--image <image>'], { commandAfter: 1, commandAfterDash: 'required' }),
		create('namespace', ['ns'], []),
		create('poddisruptionbudget', ['pdb'], ['--max-unavailable <value>', '--min-available <value>', '--selector <list>']),
		create('priorityclass', ['pc'], ['--description <value>', '--global-default', '--preemption-policy <value>', '--value <value>']),
		create('quota', ['resourcequota'], ['--hard <list>', '--scopes <list>']),
		create('role', [], ['--resource <resources>...', '--resource-name <list>...', '--verb <list>...']),
		create('rolebinding', [], [...ROLE_BINDING, '--role <value>']),
		{
			name: 'secret',
			subcommands: [
				create('docker-registry', [], ['--append-hash', '--docker-email <value>', '--docker-password <value>', '--docker-server <value>', '--docker-username <value>', '--from-file <source>...']),
				// An empty type is stored as Opaque by the API server.
				create('generic', [], [...FROM_SOURCES, '--type <value> (default Opaque)']),
				create('tls', [], ['--append-hash', '--cert <path>', '--key <path>'])
			]
		},
		{ name: 'service', aliases: ['svc'], subcommands: SERVICE_TYPES },
		create('serviceaccount', ['sa'], []),
		{
			name: 'token',
			flags: [...OUTPUT, '--audience <value>...', '--bound-object-kind <value>', '--bound-object-name <value>', '--bound-object-uid <value>', '--duration <value>'],
			args: ['SERVICEACCOUNT']
		}
	]
};

const ROLLOUT_TARGET = { args: 'resources' as const };

const ROLLOUT: CommandDef = {
	name: 'rollout',
	subcommands: [
		{ name: 'history', flags: [...FILES, ...OUTPUT, '--revision <value> (default 0)', SELECTOR], ...ROLLOUT_TARGET },
		{ name: 'pause', flags: [...FILES, ...OUTPUT, FIELD_MANAGER, SELECTOR], ...ROLLOUT_TARGET },
		{ name: 'restart', flags: [...FILES, ...OUTPUT, DRY_RUN, FIELD_MANAGER, SELECTOR], ...ROLLOUT_TARGET },
		{ name: 'resume', flags: [...FILES, ...OUTPUT, FIELD_MANAGER, SELECTOR], ...ROLLOUT_TARGET },
		{ name: 'status', flags: [...FILES, '--revision <value>', SELECTOR, '--timeout <duration>', '-w, --watch=true'], ...ROLLOUT_TARGET },
		{ name: 'undo', flags: [...FILES, ...OUTPUT, DRY_RUN, SELECTOR, '--to-revision <value> (default 0)'], ...ROLLOUT_TARGET }
	]
};

const CONFIG: CommandDef = {
	name: 'config',
	subcommands: [
		{ name: 'current-context' },
		{ name: 'delete-cluster', args: ['NAME'] },
		{ name: 'delete-context', args: ['NAME'] },
		{ name: 'delete-user', args: ['NAME'] },
		{ name: 'get-clusters' },
		{ name: 'get-contexts', flags: ['--no-headers', '-o, --output <value>'], args: ['NAME'] },
		{ name: 'get-users' },
		{ name: 'rename-context', args: ['OLD', 'NEW'] },
		{ name: 'set', flags: ['--set-raw-bytes'], args: ['PROPERTY', 'VALUE'] },
		{ name: 'set-cluster', flags: ['--certificate-authority <path>', '--embed-certs', '--insecure-skip-tls-verify', '--server <value>', '--tls-server-name <value>'], args: ['NAME'] },
		{ name: 'set-context', flags: ['--cluster <value>', '--current', '--namespace <value>', '--user <value>'], args: ['NAME'] },
		{
			name: 'set-credentials',
			flags: ['--client-certificate <path>', '--client-key <path>', '--embed-certs', '--password <value>', '--token <value>', '--username <value>'],
			args: ['NAME']
		},
		{ name: 'unset', args: ['PROPERTY'] },
		{ name: 'use-context', aliases: ['use'], args: ['CONTEXT'] },
		{ name: 'view', flags: [...OUTPUT, '--flatten', '--merge=true', '--minify', '--raw'] }
	]
};

const TOP: CommandDef = {
	name: 'top',
	subcommands: [
		{
			name: 'pod',
			aliases: ['pods', 'po'],
			flags: [ALL_NS, '--containers', '--field-selector <list>', '--no-headers', SELECTOR, '--sort-by <value>', '--sum', '--use-protocol-buffers=true'],
			args: ['NAME']
		},
		{
			name: 'node',
			aliases: ['nodes', 'no'],
			flags: ['--no-headers', SELECTOR, '--show-capacity', '--sort-by <value>', '--use-protocol-buffers=true'],
			args: ['NAME']
		}
	]
};

const LABEL_FLAGS = [
	'--all',
	ALL_NS,
	DRY_RUN,
	FIELD_MANAGER,
	'--field-selector <list>',
	...FILES,
	...OUTPUT,
	'--list',
	'--local',
	'--overwrite',
	'--resource-version <value>',
	SELECTOR
];

export const KUBECTL: ProgramDef = {
	name: 'kubectl',
	invokedAs: ['kubectl'],
	persistentFlags: [
		'--as <value>',
		'--as-group <value>...',
		'--as-uid <value>',
		'--cache-dir <path>',
		'--certificate-authority <path>',
		'--client-certificate <path>',
		'--client-key <path>',
		'--cluster <value>',
		'--context <value>',
		'--insecure-skip-tls-verify',
		'--kubeconfig <path>',
		'--match-server-version',
		'-n, --namespace <value>',
		'--password <value>',
		'--profile <value>',
		'--request-timeout <value>',
		'-s, --server <value>',
		'--tls-server-name <value>',
		'--token <value>',
		'--user <value>',
		'--username <value>',
		'-v, --v <value>',
		'--warnings-as-errors'
	],
	subcommands: [
		{
			name: 'get',
			flags: [
				ALL_NS,
				'--chunk-size <value>',
				'--field-selector <list>',
				...FILES,
				'--ignore-not-found',
				'-L, --label-columns <list>',
				'--no-headers',
				...OUTPUT,
				'--output-watch-events',
				'--raw <value>',
				SELECTOR,
				'--server-print=true',
				'--show-kind',
				'--show-labels',
				'--sort-by <jsonpath>',
				'--subresource <value>',
				'-w, --watch',
				'--watch-only'
			],
			args: 'resources'
		},
		{
			name: 'describe',
			flags: [ALL_NS, '--chunk-size <value>', ...FILES, SELECTOR, '--show-events=true'],
			args: 'resources'
		},
		{
			name: 'apply',
			flags: [
				'--all',
				CASCADE,
				DRY_RUN,
				FIELD_MANAGER,
				...FILES,
				'--force',
				'--force-conflicts',
				'--grace-period <value>',
				...OUTPUT,
				'--openapi-patch=true',
				'--overwrite=true',
				'--prune',
				'--prune-allowlist <value>...',
				SELECTOR,
				'--server-side',
				'--subresource <value>',
				VALIDATE,
				...WAIT
			],
			subcommands: [
				{ name: 'edit-last-applied', flags: [...FILES, ...OUTPUT, FIELD_MANAGER], args: 'resources' },
				{ name: 'set-last-applied', flags: [...FILES, ...OUTPUT, DRY_RUN, '--create-annotation'] },
				{ name: 'view-last-applied', flags: [...FILES, '-o, --output <value>', SELECTOR, '--all'], args: 'resources' }
			],
			standalone: true
		},
		CREATE,
		{
			name: 'delete',
			flags: [
				'--all',
				ALL_NS,
				CASCADE,
				DRY_RUN,
				'--field-selector <list>',
				...FILES,
				'--force',
				'--grace-period <value> (default -1)',
				'--ignore-not-found',
				'-i, --interactive',
				'--now',
				'-o, --output <value>',
				'--raw <value>',
				SELECTOR,
				'--timeout <value>',
				// Unlike apply, delete waits by default.
				'--wait=true'
			],
			args: 'resources'
		},
		{
			name: 'edit',
			flags: [...FILES, FIELD_MANAGER, ...OUTPUT, '--output-patch', '--save-config', '--subresource <value>', VALIDATE, '--windows-line-endings'],
			args: 'resources'
		},
		{
			name: 'scale',
			flags: ['--all', '--current-replicas <value>', DRY_RUN, ...FILES, ...OUTPUT, '--replicas <value>', '--resource-version <value>', SELECTOR, '--timeout <value>'],
			args: 'resources'
		},
		{
			name: 'autoscale',
			flags: ['--cpu-percent <value>', DRY_RUN, FIELD_MANAGER, ...FILES, '--max <value>', '--min <value>', '--name <value>', ...OUTPUT, '--save-config'],
			args: 'resources'
		},
		{
			name: 'expose',
			flags: [
				'--cluster-ip <value>',
				DRY_RUN,
				'--external-ip <value>',
				FIELD_MANAGER,
				...FILES,
				'-l, --labels <list>',
				'--load-balancer-ip <value>',
				'--name <value>',
				...OUTPUT,
				'--override-type <value>',
				'--overrides <value>',
				'--port <value>',
				'--protocol <value> (default TCP)',
				'--save-config',
				'--selector <list>',
				'--session-affinity <value>',
				'--target-port <value>',
				'--type <value> (default ClusterIP)'
			],
			args: 'resources'
		},
		{
			name: 'port-forward',
			flags: ['--address <list> (default localhost)', '--pod-running-timeout <duration>'],
			args: ['TARGET:target', 'PORT...'],
			// Every port is forwarded at once: `8080 9090` = `9090 8080`.
			unordered: true
		},
		{
			name: 'exec',
			flags: ['-c, --container <value>', '-f, --filename <path>...', '--pod-running-timeout <value>', '-q, --quiet', '-i, --stdin', '-t, --tty'],
			args: ['TARGET:target'],
			commandAfter: 1,
			// kubectl 1.x: "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead"
			commandAfterDash: true
		},
		{
			name: 'attach',
			flags: ['-c, --container <value>', '--pod-running-timeout <value>', '-q, --quiet', '-i, --stdin', '-t, --tty'],
			args: ['TARGET:target']
		},
		{
			name: 'logs',
			flags: [
				'--all-containers',
				'--all-pods',
				'-c, --container <value>',
				'-f, --follow',
				'--ignore-errors',
				'--insecure-skip-tls-verify-backend',
				'--limit-bytes <value>',
				'--max-log-requests <value>',
				'--pod-running-timeout <value>',
				'--prefix',
				'-p, --previous',
				SELECTOR,
				'--since <duration>',
				'--since-time <value>',
				'--tail <value>',
				'--timestamps'
			],
			// `kubectl logs POD [CONTAINER]`: the second word is the container, as with `-c`.
			args: ['TARGET:target', 'CONTAINER=--container']
		},
		{
			name: 'run',
			flags: [
				'--annotations <value>...',
				'--attach',
				'--command',
				DRY_RUN,
				'--env <value>...',
				'--expose',
				FIELD_MANAGER,
				'--image <image>',
				'--image-pull-policy <value>',
				'-l, --labels <list>',
				'--leave-stdin-open',
				...OUTPUT,
				'--override-type <value>',
				'--overrides <value>',
				'--pod-running-timeout <value>',
				'--port <value>',
				'--privileged',
				'-q, --quiet',
				'--restart <value> (default Always)',
				'--rm',
				'--save-config',
				'-i, --stdin',
				'-t, --tty',
				'--timeout <value>'
			],
			args: ['NAME'],
			commandAfter: 1
		},
		ROLLOUT,
		{ name: 'label', flags: LABEL_FLAGS, args: 'resources+pairs' },
		{ name: 'annotate', flags: LABEL_FLAGS, args: 'resources+pairs' },
		{
			name: 'set',
			subcommands: [
				{ name: 'image', flags: ['--all', DRY_RUN, FIELD_MANAGER, ...FILES, '--local', ...OUTPUT, SELECTOR], args: 'resources+pairs' },
				{
					name: 'env',
					flags: ['--all', '-c, --containers <value>', DRY_RUN, '-e, --env <value>...', ...FILES, '--from <value>', '--keys <list>', '--list', '--local', ...OUTPUT, '--overwrite=true', '--prefix <value>', SELECTOR],
					args: 'resources+pairs'
				},
				// `set serviceaccount (-f FILE | TYPE NAME) SERVICE_ACCOUNT`: the last word is the account.
				{ name: 'serviceaccount', aliases: ['sa'], flags: ['--all', DRY_RUN, FIELD_MANAGER, ...FILES, '--local', ...OUTPUT], args: 'resources+value' },
				{ name: 'selector', flags: ['--all', DRY_RUN, FIELD_MANAGER, ...FILES, '--local', ...OUTPUT, '--resource-version <value>'], args: 'resources+pairs' },
				{
					name: 'subject',
					flags: ['--all', DRY_RUN, FIELD_MANAGER, ...FILES, '--group <value>...', '--local', ...OUTPUT, SELECTOR, '--serviceaccount <value>...', '--user <value>...'],
					args: 'resources'
				},
				{
					name: 'resources',
					flags: ['--all', '-c, --containers <value>', DRY_RUN, ...FILES, '--limits <list>', '--local', ...OUTPUT, '--requests <list>', SELECTOR],
					args: 'resources'
				}
			]
		},
		{
			name: 'patch',
			flags: [DRY_RUN, FIELD_MANAGER, ...FILES, '--local', ...OUTPUT, '-p, --patch <value>', '--patch-file <path>', '--subresource <value>', '--type <value>'],
			args: 'resources'
		},
		{ name: 'replace', flags: [CASCADE, DRY_RUN, ...FILES, '--force', '--grace-period <value>', ...OUTPUT, '--save-config', '--subresource <value>', VALIDATE, ...WAIT] },
		{ name: 'diff', flags: [...FILES, '--server-side', '--force-conflicts', '--prune', SELECTOR] },
		{ name: 'wait', flags: ['--all', ALL_NS, '--field-selector <list>', ...FILES, '--for <value>...', ...OUTPUT, SELECTOR, '--timeout <duration> (default 30s)'], args: 'resources' },
		TOP,
		{ name: 'explain', flags: ['--api-version <value>', '-o, --output <value>', '--recursive'], args: ['RESOURCE:explain'] },
		{ name: 'cp', flags: ['-c, --container <value>', '--no-preserve', '--retries <value>'], args: ['SRC:path', 'DEST:path'] },
		CONFIG,
		// Nodes may be written `node1` or `node/node1`.
		{ name: 'cordon', flags: [DRY_RUN, SELECTOR], args: ['NODE:node'] },
		{ name: 'uncordon', flags: [DRY_RUN, SELECTOR], args: ['NODE:node'] },
		{
			name: 'drain',
			flags: ['--chunk-size <value>', '--delete-emptydir-data', '--disable-eviction', DRY_RUN, '--force', '--grace-period <value>', '--ignore-daemonsets', '--pod-selector <value>', SELECTOR, '--skip-wait-for-delete-timeout <value>', '--timeout <duration>'],
			args: ['NODE:node']
		},
		{ name: 'taint', flags: ['--all', DRY_RUN, FIELD_MANAGER, ...OUTPUT, '--overwrite', SELECTOR, VALIDATE], args: 'resources+pairs' },
		{
			name: 'debug',
			flags: ['--arguments-only', '--attach', '-c, --container <value>', '--copy-to <value>', '--env <value>...', '--image <image>', '--image-pull-policy <value>', '--profile <value>', '-q, --quiet', '--replace', '--same-node', '--set-image <list>', '--share-processes=true', '-i, --stdin', '--target <value>', '-t, --tty'],
			args: ['TARGET:target'],
			commandAfter: 1
		},
		{ name: 'cluster-info', subcommands: [{ name: 'dump', flags: [ALL_NS, '--namespaces <list>', '-o, --output <value>', '--output-directory <path>'] }], standalone: true },
		{ name: 'version', flags: ['--client', '-o, --output <value>'] },
		{ name: 'api-resources', flags: ['--api-group <value>', '--cached', '--categories <list>', // Only honoured when given: without it every resource is listed, so it is no boolean default.
			'--namespaced[=true]', '--no-headers', '-o, --output <value>', '--sort-by <value>', '--verbs <list>'] },
		{ name: 'api-versions' },
		{
			name: 'auth',
			subcommands: [
				{ name: 'can-i', flags: [ALL_NS, '--list', '--no-headers', '-q, --quiet', '--subresource <value>'], args: ['VERB', 'RESOURCE:resource...'] },
				{ name: 'whoami', flags: ['-o, --output <value>'] }
			]
		},
		{ name: 'kustomize', flags: ['--enable-helm', '-o, --output <path>'], args: ['DIR:path'] },
		{ name: 'completion', args: ['SHELL'] },
		{
			name: 'proxy',
			flags: [
				'--accept-hosts <value>',
				'--accept-paths <value>',
				'--address <value>',
				'--api-prefix <value>',
				'--append-server-path',
				'--disable-filter',
				'--keepalive <value>',
				'-p, --port <value>',
				'--reject-methods <value>',
				'--reject-paths <value>',
				'-u, --unix-socket <path>',
				'-w, --www <path>',
				'-P, --www-prefix <value>'
			]
		},
		{
			name: 'events',
			flags: [ALL_NS, '--chunk-size <value>', '--for <value>', '--no-headers', ...OUTPUT, '--types <list>...', '-w, --watch']
		},
		{
			name: 'certificate',
			subcommands: ['approve', 'deny'].map((name) => ({ name, flags: [...FILES, '--force', ...OUTPUT], args: ['CSR...'], unordered: true }))
		},
		{ name: 'plugin', subcommands: [{ name: 'list', flags: ['--name-only'] }] },
		{ name: 'options' }
	]
};
