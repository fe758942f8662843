/**
 * `minikube` (1.3x). `minikube kubectl -- <args>` hands its arguments to kubectl, so they are parsed
 * with the kubectl spec (`delegate`).
 */
import type { ProgramDef } from '../spec';

const OUTPUT = '-o, --output <value>';

export const MINIKUBE: ProgramDef = {
	name: 'minikube',
	invokedAs: ['minikube'],
	persistentFlags: [
		'--alsologtostderr',
		'--log_dir <path>',
		'--logtostderr',
		'-p, --profile <value>',
		'--rootless',
		'--skip-audit',
		'--user <value>',
		'-v, --v <value>'
	],
	subcommands: [
		{
			name: 'start',
			flags: [
				'--addons <value>...',
				'--apiserver-ips <value>...',
				'--apiserver-name <value>',
				'--apiserver-port <value>',
				'--auto-update-drivers=true',
				'--base-image <value>',
				'--cache-images=true',
				'--cni <value>',
				'-c, --container-runtime <value>',
				'--cpus <value>',
				'--delete-on-failure',
				'--disk-size <megabytes>',
				'--dns-domain <value>',
				'--docker-env <value>...',
				'--docker-opt <value>...',
				'--download-only',
				'-d, --driver|--vm-driver <value>',
				'--embed-certs',
				'--extra-config <value>...',
				'--feature-gates <value>',
				'--force',
				'--ha',
				'--image-mirror-country <value>',
				'--image-repository <value>',
				'--insecure-registry <value>...',
				'--install-addons=true',
				'--keep-context',
				'--kubernetes-version <value>',
				'--listen-address <value>',
				'--memory <megabytes>',
				'--mount',
				'--mount-string <value>',
				'--network <value>',
				'--network-plugin <value>',
				'--no-kubernetes',
				'--no-vtx-check',
				'-n, --nodes <value>',
				'--ports <value>...',
				'--preload=true',
				'--registry-mirror <value>...',
				'--static-ip <value>',
				'--wait <list>',
				'--wait-timeout <value>'
			]
		},
		{ name: 'stop', flags: ['--all', '--cancel-scheduled', '--keep-context-active', OUTPUT, '--schedule <value>'] },
		{ name: 'delete', flags: ['--all', OUTPUT, '--purge'] },
		{ name: 'status', flags: ['-f, --format <value>', '-l, --layout <value>', '-n, --node <value>', OUTPUT, '-w, --watch[=1s]'] },
		{ name: 'dashboard', flags: ['--port <value>', '--url'] },
		{
			name: 'service',
			flags: ['--all', '--format <value>', '--https', '--interval <value>', '-n, --namespace <value>', '--url', '--wait <value>'],
			args: ['SERVICE'],
			standalone: true,
			subcommands: [{ name: 'list', flags: ['-n, --namespace <value>', OUTPUT] }]
		},
		{
			name: 'addons',
			aliases: ['addon'],
			subcommands: [
				{ name: 'list', flags: [OUTPUT] },
				{ name: 'enable', flags: ['--force', '--images <value>', '--refresh', '--registries <value>'], args: ['ADDON'] },
				{ name: 'disable', args: ['ADDON'] },
				{ name: 'open', flags: ['--format <value>', '--https', '--url'], args: ['ADDON'] },
				{ name: 'configure', args: ['ADDON'] }
			]
		},
		{ name: 'ip', flags: ['-n, --node <value>'] },
		{ name: 'kubectl', flags: ['-n, --node <value>', '--ssh'], delegate: 'kubectl' },
		{ name: 'ssh', flags: ['-n, --node <value>', '--native-ssh=true'], commandAfter: 0 },
		{ name: 'tunnel', flags: ['-c, --cleanup=true', '--bind-address <value>'] },
		{ name: 'mount', flags: ['--gid <value>', '--uid <value>', '--ip <value>', '--port <value>'], args: ['MOUNT_STRING'] },
		{ name: 'docker-env', flags: ['--no-proxy', '--shell <value>', '--ssh-host', '-u, --unset'] },
		{ name: 'logs', flags: ['--file <path>', '-f, --follow', '--last-start-only', '-n, --length <value>', '--node <value>', '--problems'] },
		{ name: 'pause', flags: ['-A, --all-namespaces', '-n, --namespaces <list>', OUTPUT] },
		{ name: 'unpause', flags: ['-A, --all-namespaces', '-n, --namespaces <list>', OUTPUT] },
		{ name: 'update-context' },
		{ name: 'version', flags: ['--components', OUTPUT, '--short'] },
		{
			name: 'image',
			subcommands: [
				{ name: 'build', flags: ['--all', '--build-env <value>...', '--build-opt <value>...', '-f, --file <path>', '--push', '-t, --tag <image>'], args: ['CONTEXT:path'] },
				{ name: 'load', flags: ['--daemon', '--overwrite=true', '--pull', '--remote'], args: ['IMAGE:image'] },
				{ name: 'ls', aliases: ['list'], flags: ['--format <value>'] },
				{ name: 'rm', aliases: ['remove', 'unload'], args: ['IMAGE:image...'], unordered: true }
			]
		},
		{ name: 'profile', standalone: true, args: ['NAME'], subcommands: [{ name: 'list', flags: ['-l, --light', OUTPUT] }] },
		{
			name: 'node',
			subcommands: [
				{ name: 'add', flags: ['--control-plane', '--delete-on-failure', '--worker=true'] },
				{ name: 'delete', args: ['NAME'] },
				{ name: 'list' },
				{ name: 'start', args: ['NAME'] },
				{ name: 'stop', args: ['NAME'] }
			]
		},
		{
			name: 'cache',
			subcommands: [
				{ name: 'add', flags: ['--all'], args: ['IMAGE:image...'], unordered: true },
				{ name: 'delete', args: ['IMAGE:image...'], unordered: true },
				{ name: 'list', flags: ['--format <value>'] },
				{ name: 'reload' }
			]
		},
		{ name: 'cp', flags: [], args: ['SRC', 'DEST'] },
		{ name: 'ssh-key', flags: ['-n, --node <value>'] },
		{ name: 'ssh-host', flags: ['--append-known', '-n, --node <value>'] },
		{ name: 'update-check' },
		{ name: 'options' },
		{ name: 'completion', args: ['SHELL'] },
		{
			name: 'config',
			subcommands: [
				{ name: 'get', args: ['PROPERTY'] },
				{ name: 'set', args: ['PROPERTY', 'VALUE'] },
				{ name: 'unset', args: ['PROPERTY'] },
				{ name: 'view', flags: ['--format <value>'] }
			]
		}
	]
};
