/**
 * `helm` (3.x; v4 renames that matter for learners are kept as aliases). Global flags are persistent.
 */
import type { CommandDef, ProgramDef } from '../spec';

const OUTPUT = '-o, --output <value>';
const CHART_SOURCE = [
	'--ca-file <path>',
	'--cert-file <path>',
	'--devel',
	'--insecure-skip-tls-verify',
	'--key-file <path>',
	'--keyring <path>',
	'--pass-credentials',
	'--password <value>',
	'--plain-http',
	'--repo <value>',
	'--username <value>',
	'--verify',
	'--version <value>'
];
/** `--set a=1,b=2` = `--set a=1 --set b=2` (helm's strvals splits each value at commas). */
const VALUES = [
	'--set <list>...',
	'--set-file <list>...',
	'--set-json <value>...',
	'--set-literal <value>...',
	'--set-string <list>...',
	// "If specified multiple times, the rightmost file takes precedence": the order counts.
	'-f, --values <path>... (ordered)'
];
/**
 * Shared by install, upgrade and template. `-o` and `--hide-secret` are not here: `helm template`
 * has neither (install and upgrade add them).
 */
const INSTALL_FLAGS = [
	...CHART_SOURCE,
	...VALUES,
	'--atomic|--rollback-on-failure',
	'--create-namespace',
	'--dependency-update',
	'--description <value>',
	'--disable-openapi-validation',
	'--dry-run[=client]',
	'--enable-dns',
	// v4 renames --force to --force-replace and keeps --force as a deprecated alias.
	'--force|--force-replace',
	'--hide-notes',
	// pflag StringToString: `-l a=1,b=2` = `-l a=1 -l b=2` (a second -l adds, it does not replace).
	'-l, --labels <list>...',
	'--no-hooks',
	'--post-renderer <value>',
	'--post-renderer-args <value>...',
	'--render-subchart-notes',
	'--skip-crds',
	'--skip-schema-validation',
	'--take-ownership',
	'--timeout <value>',
	'--wait',
	'--wait-for-jobs'
];

/** Only `show values` has --jsonpath. */
const show = (name: string): CommandDef => ({
	name,
	flags: name === 'values' ? [...CHART_SOURCE, '--jsonpath <value>'] : CHART_SOURCE,
	args: ['CHART']
});
/** Chart repository access, as `helm dependency build|update` and `helm package` take it. */
const REPO_ACCESS = [
	'--ca-file <path>',
	'--cert-file <path>',
	'--insecure-skip-tls-verify',
	'--key-file <path>',
	'--keyring <path>',
	'--password <value>',
	'--plain-http',
	'--username <value>'
];

export const HELM: ProgramDef = {
	name: 'helm',
	invokedAs: ['helm'],
	persistentFlags: [
		'--burst-limit <value>',
		'--debug',
		'--kube-apiserver <value>',
		'--kube-as-group <value>...',
		'--kube-as-user <value>',
		'--kube-ca-file <path>',
		'--kube-context <value>',
		'--kube-insecure-skip-tls-verify',
		'--kube-tls-server-name <value>',
		'--kube-token <value>',
		'--kubeconfig <path>',
		'-n, --namespace <value>',
		'--qps <value>',
		'--registry-config <path>',
		'--repository-cache <path>',
		'--repository-config <path>'
	],
	subcommands: [
		{
			name: 'install',
			flags: [...INSTALL_FLAGS, '-g, --generate-name', '--hide-secret', '--name-template <value>', OUTPUT, '--replace'],
			args: ['NAME', 'CHART:path']
		},
		{
			name: 'upgrade',
			flags: [
				...INSTALL_FLAGS,
				'--cleanup-on-fail',
				'--hide-secret',
				'--history-max <value>',
				'-i, --install',
				OUTPUT,
				'--reset-then-reuse-values',
				'--reset-values',
				'--reuse-values'
			],
			args: ['RELEASE', 'CHART:path']
		},
		{
			name: 'template',
			flags: [
				...INSTALL_FLAGS,
				// StringSlice: `-a v1,apps/v1` = `-a v1 -a apps/v1`.
				'-a, --api-versions <list>...',
				'-g, --generate-name',
				'--include-crds',
				'--is-upgrade',
				'--kube-version <value>',
				'--name-template <value>',
				'--output-dir <path>',
				'--release-name',
				'-s, --show-only <value>...',
				'--skip-tests',
				'--validate'
			],
			args: ['NAME', 'CHART:path']
		},
		{
			name: 'uninstall',
			aliases: ['del', 'delete', 'un'],
			flags: ['--cascade <value>', '--description <value>', '--dry-run', '--ignore-not-found', '--keep-history', '--no-hooks', '--timeout <value>', '--wait'],
			args: ['RELEASE...'],
			unordered: true
		},
		{
			name: 'list',
			aliases: ['ls'],
			flags: [
				'-a, --all',
				'-A, --all-namespaces',
				'-d, --date',
				'--deployed',
				'--failed',
				'-f, --filter <value>',
				'-m, --max <value>',
				'--no-headers',
				'--offset <value>',
				OUTPUT,
				'--pending',
				'-r, --reverse',
				'-l, --selector <list>',
				'-q, --short',
				'--superseded',
				'--time-format <value>',
				'--uninstalled',
				'--uninstalling'
			]
		},
		{
			name: 'repo',
			subcommands: [
				{
					name: 'add',
					flags: ['--allow-deprecated-repos', '--ca-file <path>', '--cert-file <path>', '--force-update', '--insecure-skip-tls-verify', '--key-file <path>', '--no-update', '--pass-credentials', '--password <value>', '--password-stdin', '--timeout <value>', '--username <value>'],
					args: ['NAME', 'URL']
				},
				{ name: 'update', aliases: ['up'], flags: ['--fail-on-repo-update-fail', '--timeout <value>'], args: ['REPO...'], unordered: true },
				{ name: 'list', aliases: ['ls'], flags: [OUTPUT] },
				{ name: 'remove', aliases: ['rm'], args: ['REPO...'], unordered: true },
				{ name: 'index', flags: ['--json', '--merge <path>', '--url <value>'], args: ['DIR:path'] }
			]
		},
		{
			name: 'search',
			subcommands: [
				{ name: 'repo', flags: ['--devel', '--fail-on-no-result', '--max-col-width <value>', OUTPUT, '-r, --regexp', '--version <value>', '-l, --versions'], args: ['KEYWORD'] },
				{ name: 'hub', flags: ['--endpoint <value>', '--fail-on-no-result', '--list-repo-url', '--max-col-width <value>', OUTPUT], args: ['KEYWORD'] }
			]
		},
		{ name: 'show', aliases: ['inspect'], subcommands: ['all', 'chart', 'crds', 'readme', 'values'].map(show) },
		{ name: 'status', flags: [OUTPUT, '--revision <value>', '--show-desc', '--show-resources'], args: ['RELEASE'] },
		{ name: 'history', aliases: ['hist'], flags: ['--max <value>', OUTPUT], args: ['RELEASE'] },
		{
			name: 'rollback',
			flags: ['--cleanup-on-fail', '--dry-run', '--force', '--history-max <value>', '--no-hooks', '--recreate-pods', '--timeout <value>', '--wait', '--wait-for-jobs'],
			args: ['RELEASE', 'REVISION']
		},
		{ name: 'create', flags: ['-p, --starter <value>'], args: ['NAME:path'] },
		// `helm pull a/x b/y` downloads each chart in turn.
		{ name: 'pull', aliases: ['fetch'], flags: [...CHART_SOURCE, '-d, --destination <path>', '--prov', '--untar', '--untardir <path>'], args: ['CHART...'] },
		{
			name: 'get',
			subcommands: [
				{ name: 'all', flags: ['--revision <value>', '--template <value>'], args: ['RELEASE'] },
				{ name: 'hooks', flags: ['--revision <value>'], args: ['RELEASE'] },
				{ name: 'manifest', flags: ['--revision <value>'], args: ['RELEASE'] },
				{ name: 'metadata', flags: [OUTPUT, '--revision <value>'], args: ['RELEASE'] },
				{ name: 'notes', flags: ['--revision <value>'], args: ['RELEASE'] },
				{ name: 'values', flags: ['-a, --all', OUTPUT, '--revision <value>'], args: ['RELEASE'] }
			]
		},
		{ name: 'lint', flags: ['--kube-version <value>', '--quiet', '--skip-schema-validation', '--strict', '--with-subcharts', ...VALUES], args: ['PATH:path...'] },
		{
			name: 'package',
			flags: [
				...REPO_ACCESS,
				'--app-version <value>',
				'-u, --dependency-update',
				'-d, --destination <path>',
				'--key <value>',
				'--passphrase-file <path>',
				'--sign',
				'--version <value>'
			],
			args: ['PATH:path...']
		},
		{
			name: 'dependency',
			aliases: ['dep', 'dependencies'],
			subcommands: [
				{ name: 'build', flags: [...REPO_ACCESS, '--skip-refresh', '--verify'], args: ['CHART:path'] },
				{ name: 'list', aliases: ['ls'], flags: ['--max-col-width <value>'], args: ['CHART:path'] },
				{ name: 'update', aliases: ['up'], flags: [...REPO_ACCESS, '--skip-refresh', '--verify'], args: ['CHART:path'] }
			]
		},
		// --filter is a StringSlice: `--filter name=a,name=b` = `--filter name=a --filter name=b`.
		{ name: 'test', flags: ['--filter <list>...', '--hide-notes', '--logs', '--timeout <value>'], args: ['RELEASE'] },
		{ name: 'version', flags: ['--short', '--template <value>'] },
		{ name: 'env', args: ['NAME'] },
		{
			name: 'plugin',
			subcommands: [
				{ name: 'install', flags: ['--version <value>'], args: ['PATH'] },
				{ name: 'list', aliases: ['ls'] },
				{ name: 'uninstall', aliases: ['rm', 'remove'], args: ['PLUGIN...'], unordered: true },
				{ name: 'update', aliases: ['up'], args: ['PLUGIN...'], unordered: true }
			]
		},
		{
			name: 'registry',
			subcommands: [
				{ name: 'login', flags: ['--ca-file <path>', '--cert-file <path>', '--insecure', '--key-file <path>', '-p, --password <value>', '--password-stdin', '--plain-http', '-u, --username <value>'], args: ['HOST'] },
				{ name: 'logout', args: ['HOST'] }
			]
		},
		{ name: 'push', flags: ['--ca-file <path>', '--cert-file <path>', '--insecure-skip-tls-verify', '--key-file <path>', '--password <value>', '--plain-http', '--username <value>'], args: ['CHART:path', 'REMOTE'] },
		{ name: 'verify', flags: ['--keyring <path>'], args: ['PATH:path'] },
		{ name: 'completion', args: ['SHELL'] }
	]
};
