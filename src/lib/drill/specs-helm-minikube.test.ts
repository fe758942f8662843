/**
 * helm and minikube specs checked against the tools' own reference:
 * - helm 3.19 command docs (helm/helm-www versioned_docs/version-3/helm/*.md) and the helm sources
 *   (helm/helm pkg/cmd/*.go: aliases such as `uninstall` = `del`/`delete`/`un`, v4 renames);
 * - minikube command docs (minikube.sigs.k8s.io/docs/commands/*) and cmd/minikube/cmd/start_flags.go.
 * Decisions worth knowing:
 * - `helm install -l a=1,b=2` = `-l a=1 -l b=2`: --labels is a pflag StringToString, and a second -l adds.
 * - `helm template` has no `-o`/`--output` (only --output-dir): `-o` there is an unknown flag.
 * - minikube StringSlice flags (`--addons`, `--insecure-registry`, `--ports`, `--wait`) take
 *   comma-separated items; --docker-env does not.
 * - `minikube kubectl` has only `--ssh`: `-n` before `--` is not a minikube flag.
 */
import { describe, expect, it } from 'vitest';
import { describePairs, type DifferentPair, type EqualPair } from './test-pairs';
import { parseCommand } from './index';

/** [expected, answer, why they are equal] */
const EQUAL: EqualPair[] = [
	// helm install / upgrade / template
	['helm install web bitnami/nginx -n prod --create-namespace', 'helm install --namespace=prod --create-namespace web bitnami/nginx', '-n = --namespace, flags anywhere'],
	['helm install web bitnami/nginx --kube-context dev', 'helm --kube-context=dev install web bitnami/nginx', 'global flag before the verb'],
	['helm install web ./chart -f a.yaml -f b.yaml', 'helm install web ./chart --values=a.yaml --values b.yaml', '-f repeatable, long form'],
	['helm install web ./chart --set-string tag=1.0', 'helm install web ./chart --set-string=tag=1.0', '--set-string='],
	['helm install web ./chart --set-string a=1,b=2', 'helm install web ./chart --set-string b=2 --set-string a=1', '--set-string items'],
	['helm install web ./chart -l team=a,tier=web', 'helm install web ./chart --labels tier=web -l team=a', '--labels merges repeats'],
	['helm install web bitnami/nginx --version 15.0.0', 'helm install --version=15.0.0 web bitnami/nginx', '--version'],
	['helm install web ./chart --wait --timeout 10m', 'helm install web ./chart --timeout=10m --wait', '--wait and --timeout'],
	['helm install web ./chart --atomic', 'helm install web ./chart --rollback-on-failure', 'v4 name of --atomic'],
	['helm install web ./chart --force', 'helm install web ./chart --force-replace', 'v4 name of --force'],
	['helm install web ./chart -o json', 'helm install web ./chart --output=json', 'install -o'],
	['helm upgrade -i web ./chart', 'helm upgrade --install web ./chart', 'upgrade -i'],
	['helm upgrade --install web ./chart -n prod --create-namespace --atomic', 'helm upgrade web ./chart --atomic -i --create-namespace --namespace prod', 'upgrade flags in any order'],
	['helm upgrade web ./chart --reuse-values --set image.tag=2', 'helm upgrade --set image.tag=2 --reuse-values web ./chart', '--reuse-values'],
	['helm template web ./chart -a v1,apps/v1', 'helm template web ./chart --api-versions apps/v1 --api-versions v1', '--api-versions items'],
	['helm template web ./chart -s templates/svc.yaml', 'helm template web ./chart --show-only=templates/svc.yaml', '-s = --show-only'],
	// helm aliases
	['helm uninstall web', 'helm un web', 'uninstall alias un'],
	['helm uninstall web', 'helm del web', 'uninstall alias del'],
	['helm uninstall web -n prod --keep-history', 'helm delete --keep-history --namespace prod web', 'uninstall alias delete with flags'],
	['helm list -A', 'helm ls --all-namespaces', 'list alias ls, -A'],
	['helm list -q', 'helm ls --short', 'list -q = --short'],
	['helm history web', 'helm hist web', 'history alias hist'],
	['helm repo remove bitnami', 'helm repo rm bitnami', 'repo remove alias rm'],
	['helm show values bitnami/nginx --jsonpath {.image}', 'helm inspect values bitnami/nginx --jsonpath={.image}', 'show values --jsonpath'],
	['helm dependency list ./chart', 'helm dependencies ls chart', 'dependency aliases'],
	['helm get values web -a', 'helm get values web --all', 'get values -a'],
	['helm pull bitnami/nginx -d charts --untar', 'helm fetch bitnami/nginx --untar --destination=charts', 'pull -d'],
	['helm lint ./chart --quiet --kube-version 1.30.0', 'helm lint chart --kube-version=1.30.0 --quiet', 'lint --quiet, --kube-version'],
	['helm test web --filter name=a,name=b', 'helm test web --filter name=b --filter name=a', 'test --filter items'],
	// minikube
	['minikube start --driver=docker --cpus 2', 'minikube start --cpus=2 --driver docker', 'start flags in any order'],
	['minikube start -d docker', 'minikube start --driver=docker', '-d = --driver'],
	['minikube start --nodes 3 -p multi', 'minikube -p multi start -n 3', '-n = --nodes in start, global -p'],
	['minikube start --kubernetes-version=v1.30.0', 'minikube start --kubernetes-version v1.30.0', '--kubernetes-version'],
	['minikube start --memory 4g', 'minikube start --memory=4096', 'memory in MB (binary units)'],
	['minikube start --addons ingress,metrics-server', 'minikube start --addons metrics-server --addons ingress', '--addons items'],
	['minikube start --insecure-registry 10.0.0.0/24', 'minikube start --insecure-registry=10.0.0.0/24', '--insecure-registry'],
	['minikube start --namespace dev', 'minikube start --namespace=dev', 'start --namespace (no short form)'],
	['minikube start', 'minikube start --interactive=true', 'default-true boolean'],
	['minikube start -o json', 'minikube start --output=json', 'start -o'],
	['minikube delete --all --purge', 'minikube delete --purge --all', 'delete --all --purge'],
	['minikube stop --all', 'minikube stop --all=true', 'stop --all'],
	['minikube service web --url -n apps', 'minikube service --namespace=apps --url web', 'service -n = --namespace'],
	['minikube service web api --url', 'minikube service api web --url', 'several services as a set'],
	['minikube image ls', 'minikube image list', 'image list alias ls'],
	['minikube image rm nginx', 'minikube image unload nginx:latest', 'image rm alias unload'],
	['minikube addons images ingress', 'minikube addon images ingress', 'addons images'],
	['minikube mount /data:/data --kill', 'minikube mount --kill=true /data:/data', 'mount --kill'],
	['minikube logs --audit', 'minikube logs --audit=true', 'logs --audit'],
	['minikube status -b kubeadm', 'minikube status --bootstrapper=kubeadm', 'global -b'],
	['minikube kubectl --ssh -- get pods', 'minikube kubectl --ssh -- get po', 'kubectl --ssh']
];

/** [expected, answer, why they differ] */
const DIFFERENT: DifferentPair[] = [
	['helm install web ./chart --set a=1', 'helm install web ./chart --set-string a=1', '--set is not --set-string'],
	['helm install web ./chart -n prod', 'helm install web ./chart -n dev', 'other namespace'],
	['helm install web ./chart --create-namespace', 'helm install web ./chart', 'missing --create-namespace'],
	['helm upgrade -i web ./chart', 'helm upgrade web ./chart', 'missing -i'],
	['helm uninstall web', 'helm rm web', 'rm is not an alias of uninstall'],
	['helm template web ./chart', 'helm template web ./chart -o json', 'template has no -o'],
	['helm show chart bitnami/nginx', 'helm show chart bitnami/nginx --jsonpath {.a}', '--jsonpath is only on show values'],
	['helm list -A', 'helm list -a', '-a is not -A'],
	['helm install web ./chart --version 1.0.0', 'helm install web ./chart --version 2.0.0', 'other chart version'],
	['minikube start --driver=docker', 'minikube start --driver=podman', 'other driver'],
	['minikube start --cpus 2', 'minikube start --cpu 2', 'misspelt --cpus'],
	['minikube start --nodes 3', 'minikube start --nodes 2', 'other node count'],
	['minikube delete', 'minikube delete --all', 'extra --all'],
	['minikube service web --url', 'minikube service web --https', '--https is not --url'],
	['minikube kubectl -- get pods -n dev', 'minikube kubectl -n dev -- get pods', '-n before -- is not kubectl’s'],
	['minikube image load app', 'minikube image save app', 'load is not save']
];

describePairs('helm and minikube specs', EQUAL, DIFFERENT);

describe('helm and minikube specs: parsed structure', () => {
	it('read uninstall aliases as one path', () => {
		for (const word of ['uninstall', 'un', 'del', 'delete']) expect(parseCommand(`helm ${word} web`).path, word).toEqual(['uninstall']);
	});

	it('split StringSlice values of minikube start into items', () => {
		expect(parseCommand('minikube start --wait apiserver,system_pods').flags['--wait']).toHaveLength(2);
	});

	it('know flags that take no value', () => {
		// `--create-namespace` must not swallow the release name.
		expect(parseCommand('helm install --create-namespace web ./chart').positionals).toHaveLength(2);
		expect(parseCommand('minikube delete --purge --all').positionals).toEqual([]);
	});

	it('report a flag unknown to the command', () => {
		expect(parseCommand('helm template web ./chart -o json').unknownFlags).toContain('-o');
		expect(parseCommand('minikube kubectl -n dev -- get pods').unknownFlags).toContain('-n');
	});
});
