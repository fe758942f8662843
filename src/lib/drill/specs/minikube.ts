/**
 * `minikube` (1.3x). `minikube kubectl -- <args>` hands its arguments to kubectl, so they are parsed
 * with the kubectl spec (`delegate`).
 */
import type { ProgramDef } from '../spec';

const OUTPUT = '-o, --output <value>';

export const MINIKUBE: ProgramDef = {
	name: 'minikube',
	invokedAs: ['minikube'],
	// Global flags: minikube's own plus the klog logging flags every command inherits.
	persistentFlags: [
		'--add_dir_header',
		'--alsologtostderr',
		'-b, --bootstrapper <value>',
		'--log_backtrace_at <value>',
		'--log_dir <path>',
		'--log_file <path>',
		'--log_file_max_size <value>',
		'--logtostderr',
		'--one_output',
		'-p, --profile <value>',
		'--rootless',
		'--skip-audit',
		'--skip_headers',
		'--skip_log_headers',
		'--stderrthreshold <value>',
		'--user <value>',
		'-v, --v <value>',
		'--vmodule <value>'
	],
	subcommands: [
		{
			name: 'start',
			// `<list>...` flags are pflag StringSlices: `--addons a,b` = `--addons a --addons b`.
			// --docker-env, --docker-opt and --extra-config are not split at commas.
			// Driver-specific flags (hyperkit, hyperv, kvm, qemu, ssh driver) are left out.
			flags: [
				'--addons <list>...',
				'--apiserver-ips <list>...',
				'--apiserver-name <value>',
				'--apiserver-names <list>...',
				'--apiserver-port <value>',
				'--auto-pause-interval <value>',
				'--auto-update-drivers=true',
				'--base-image <value>',
				'--binary-mirror <value>',
				'--cache-images=true',
				'--cert-expiration <value>',
				'--cni <value>',
				'-c, --container-runtime <value>',
				'--cpus <value>',
				'--cri-socket <path>',
				'--delete-on-failure',
				'--disable-driver-mounts',
				'--disable-metrics',
				'--disable-optimizations',
				'--disk-size <megabytes>',
				'--dns-domain <value>',
				'--dns-proxy',
				'--docker-env <value>...',
				'--docker-opt <value>...',
				'--download-only',
				'-d, --driver|--vm-driver <value>',
				'--dry-run',
				'--embed-certs',
				'--enable-default-cni',
				'--extra-config <value>...',
				'--extra-disks <value>',
				'--feature-gates <value>',
				'--force',
				'--force-systemd',
				'-g, --gpus <value>',
				'--ha',
				'--host-dns-resolver=true',
				'--host-only-cidr <value>',
				'--image-mirror-country <value>',
				'--image-repository <value>',
				'--insecure-registry <list>...',
				'--install-addons=true',
				'--interactive=true',
				'--iso-url <list>...',
				'--keep-context',
				'--kubernetes-version <value>',
				'--listen-address <value>',
				'--memory <megabytes>',
				'--mount',
				'--mount-9p-version <value>',
				'--mount-gid <value>',
				'--mount-ip <value>',
				'--mount-msize <value>',
				'--mount-options <list>...',
				'--mount-port <value>',
				'--mount-string <value>',
				'--mount-type <value>',
				'--mount-uid <value>',
				// No short form: -n is --nodes here.
				'--namespace <value>',
				'--native-ssh=true',
				'--network <value>',
				'--network-plugin <value>',
				'--no-kubernetes',
				'--no-vtx-check',
				'-n, --nodes <value>',
				OUTPUT,
				'--ports <list>...',
				'--preload=true',
				'--registry-mirror <list>...',
				'--service-cluster-ip-range <value>',
				'--static-ip <value>',
				'--subnet <value>',
				'--trace <value>',
				'--vm',
				'--wait <list>...',
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
			// Several services may be named at once (minikube 1.25+).
			args: ['SERVICE...'],
			unordered: true,
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
				{ name: 'configure', args: ['ADDON'] },
				{ name: 'images', args: ['ADDON'] }
			]
		},
		{ name: 'ip', flags: ['-n, --node <value>'] },
		// --ssh is its only flag: `-n` belongs to kubectl, after `--`.
		{ name: 'kubectl', flags: ['--ssh'], delegate: 'kubectl' },
		{ name: 'ssh', flags: ['-n, --node <value>', '--native-ssh=true'], commandAfter: 0 },
		{ name: 'tunnel', flags: ['-c, --cleanup=true', '--bind-address <value>'] },
		{
			name: 'mount',
			flags: ['--9p-version <value>', '--gid <value>', '--ip <value>', '--kill', '--msize <value>', '--options <list>...', '--port <value>', '--type <value>', '--uid <value>'],
			args: ['MOUNT_STRING']
		},
		{ name: 'docker-env', flags: ['--no-proxy', OUTPUT, '--shell <value>', '--ssh-add', '--ssh-host', '-u, --unset'] },
		{ name: 'logs', flags: ['--audit', '--file <path>', '-f, --follow', '--last-start-only', '-n, --length <value>', '--node <value>', '--problems'] },
		{ name: 'pause', flags: ['-A, --all-namespaces', '-n, --namespaces <list>', OUTPUT] },
		{ name: 'unpause', flags: ['-A, --all-namespaces', '-n, --namespaces <list>', OUTPUT] },
		{ name: 'update-context' },
		{ name: 'version', flags: ['--components', OUTPUT, '--short'] },
		{
			name: 'image',
			subcommands: [
				{ name: 'build', flags: ['--all', '--build-env <value>...', '--build-opt <value>...', '-f, --file <path>', '--push', '-t, --tag <image>'], args: ['CONTEXT:path'] },
				{ name: 'load', flags: ['--daemon', '--overwrite=true', '--pull', '--remote'], args: ['IMAGE:image'] },
				{ name: 'list', aliases: ['ls'], flags: ['--format <value>'] },
				{ name: 'pull', args: ['IMAGE:image'] },
				{ name: 'push', args: ['IMAGE:image'] },
				{ name: 'rm', aliases: ['remove', 'unload'], args: ['IMAGE:image...'], unordered: true },
				// The opposite of load: from the cluster to the cache, the docker daemon (--daemon), a registry (--remote) or a file.
				{ name: 'save', flags: ['--daemon', '--remote'], args: ['IMAGE:image', 'FILE:path'] },
				{ name: 'tag', args: ['SOURCE:image', 'TARGET:image'] }
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
