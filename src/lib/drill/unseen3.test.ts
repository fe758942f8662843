/**
 * TUNING pairs of issue 13 (the measuring set is `measure/pairs.ts`, never tuned on): one or more
 * pairs for each kind the grader learned — defaults, values with several spellings, kubectl's own
 * normalisation, lines the CLI refuses, the host shell and environment variables as CLI input.
 */
import { describe, expect, it } from 'vitest';
import { gradeCommand } from './index';
import { describePairs, type DifferentPair, type EqualPair } from './test-pairs';

const equal: EqualPair[] = [
	// defaults
	['docker run redis', 'docker run library/redis:latest', 'library/ namespace'],
	['docker build -t web ./app', 'docker build -t web -f ./app/Dockerfile app/', 'context Dockerfile'],
	['kubectl port-forward svc/api 9000:80', 'kubectl port-forward --address=localhost svc/api 9000:80', 'localhost address'],
	['kubectl expose deploy api --port=8080', 'kubectl expose deploy api --port=8080 --target-port=8080', 'target port = port'],
	['docker run --mount source=cache,target=/cache busybox', 'docker run --mount type=volume,src=cache,dst=/cache busybox', 'volume type by default'],
	['docker run --device /dev/fuse busybox', 'docker run --device /dev/fuse:/dev/fuse:rwm busybox', 'device defaults'],
	['docker run --ulimit nproc=512 busybox', 'docker run --ulimit nproc=512:512 busybox', 'ulimit soft = hard'],
	['kubectl wait --for=delete pod/x', 'kubectl wait --for=delete pod/x --timeout=30s', 'wait timeout default'],
	// spellings
	['docker stop -s SIGINT web', 'docker stop --signal int web', 'signal case and prefix'],
	['docker compose kill -s SIGTERM', 'docker compose kill --signal 15', 'signal number'],
	['docker run --stop-signal SIGUSR1 app', 'docker run --stop-signal=USR1 app', 'stop signal'],
	['kubectl logs web --since=2h', 'kubectl logs web --since=120m', 'duration'],
	['kubectl drain n1 --timeout=90s', 'kubectl drain n1 --timeout=1m30s', 'compound duration'],
	['docker run --health-timeout 5s app', 'docker run --health-timeout 5000ms app', 'milliseconds'],
	['docker run --cap-drop NET_RAW app', 'docker run --cap-drop cap_net_raw app', 'capability spelling'],
	['kubectl get nodes --sort-by=.metadata.creationTimestamp', 'kubectl get no --sort-by={.metadata.creationTimestamp}', 'jsonpath braces'],
	["kubectl get svc -o jsonpath='{.items[*].spec.clusterIP}'", "kubectl get services -o jsonpath --template '{.items[*].spec.clusterIP}'", 'template split'],
	['docker run -v logs:/var/log app', 'docker run --mount type=volume,source=logs,target=/var/log app', '-v = --mount'],
	['docker run -v ./conf:/etc/app:ro app', 'docker run --mount type=bind,source=./conf,target=/etc/app,readonly app', 'bind read-only'],
	['docker run --cpus 2 app', 'docker run --cpu-period=50000 --cpu-quota=100000 app', 'cpus as quota'],
	['kubectl get pods -l tier==web', 'kubectl get pods -l tier=web', 'selector =='],
	// kubectl normalisation
	['kubectl get deploy --show-labels', 'kubectl get deploy --show_labels', 'underscore'],
	['kubectl delete -f ns.yaml -f app.yaml', 'kubectl delete --filename=ns.yaml,app.yaml', 'comma list'],
	['kubectl create deploy multi --image=redis --image=nginx', 'kubectl create deploy multi --image=redis,nginx', 'image list'],
	['kubectl get sc', 'kubectl get storageclasses --namespace kube-system', 'cluster-scoped'],
	['kubectl describe clusterrole admin', 'kubectl -n dev describe clusterrole admin', 'cluster-scoped'],
	['kubectl uncordon node-2', `kubectl patch node node-2 -p '{"spec": {"unschedulable": false}}'`, 'uncordon patch'],
	// refused lines still right when written the way the CLI reads them
	['docker commit -m "fix" web web:v2', 'docker commit --message fix web web:v2', 'commit flags before CONTAINER'],
	// host shell
	["docker exec db sh -c 'echo $PGDATA'", 'docker exec db sh -c "echo \\$PGDATA"', 'escaped $'],
	['docker run -v "$(pwd)/data:/data" app', 'docker run -v "$PWD/data:/data" app', '$(pwd) = $PWD'],
	// environment
	['docker compose -p shop ps', 'COMPOSE_PROJECT_NAME=shop docker compose ps', 'project name from env'],
	['docker compose -f a.yml -f b.yml config', 'COMPOSE_FILE=a.yml:b.yml docker compose config', 'files from env'],
	['docker --context prod ps', 'DOCKER_CONTEXT=prod docker ps', 'context from env'],
	['helm list -n web', 'HELM_NAMESPACE=web helm list', 'helm namespace from env']
];

const different: DifferentPair[] = [
	['docker run library/redis', 'docker run myorg/redis', 'another namespace', 'argument'],
	['docker build -t web ./app', 'docker build -t web -f Dockerfile ./app', '-f relative to the working directory', 'flag'],
	['kubectl expose deploy api --port=8080', 'kubectl expose deploy api --port=8080 --target-port=80', 'another target port', 'flag'],
	['docker run --device /dev/fuse busybox', 'docker run --device /dev/fuse:/dev/fuse:r busybox', 'read-only device', 'flag'],
	['docker stop -s SIGINT web', 'docker stop -s SIGTERM web', 'another signal', 'flag'],
	['kubectl logs web --since=2h', 'kubectl logs web --since=2m', 'another duration', 'flag'],
	['docker run --cap-drop NET_RAW app', 'docker run --cap-add NET_RAW app', 'add vs drop', 'flag'],
	['docker run --cpus 2 app', 'docker run --cpu-period=100000 --cpu-quota=100000 app', 'one CPU', 'flag'],
	['docker run -v logs:/var/log app', 'docker run --mount type=bind,source=/logs,target=/var/log app', 'bind of /logs', 'flag'],
	['docker run --cap-add NET_ADMIN app', 'docker run --cap_add NET_ADMIN app', 'docker keeps _'],
	['kubectl get pvc', 'kubectl get pvc -n data', 'pvc is namespaced', 'flag'],
	['kubectl get pv,pvc', 'kubectl get pv,pvc -n data', 'one type namespaced', 'flag'],
	['kubectl uncordon node-2', `kubectl patch node node-2 -p '{"spec":{"unschedulable":false},"metadata":{"labels":{"a":"b"}}}'`, 'patch does more'],
	['docker commit -m "fix" web web:v2', 'docker commit web web:v2 -m fix', 'commit refuses flags after CONTAINER', 'flag'],
	['kubectl create cronjob c --image=busybox --schedule="0 * * * *" -- date', 'kubectl create cronjob c --image=busybox --schedule="0 * * * *" date', 'cronjob needs --', 'argument'],
	["docker exec db sh -c 'echo $PGDATA'", 'docker exec db sh -c "echo $PGDATA"', 'host expands $PGDATA', 'argument'],
	["docker run alpine sh -c 'echo $(date)'", 'docker run alpine sh -c "echo $(date)"', 'host runs date', 'argument'],
	['docker compose -p shop ps', 'COMPOSE_PROJECT_NAME=store docker compose ps', 'another project', 'flag'],
	['docker ps', 'DOCKER_CONTEXT=prod docker ps', 'another context', 'flag'],
	['docker build -t app .', 'DOCKER_BUILDKIT=0 docker build -t app .', 'another builder', 'argument']
];

describePairs('unseen pairs 3 (tuning)', equal, different);

describe('form notes', () => {
	it.each([
		['kubectl cordon n1', `kubectl patch node n1 -p '{"spec":{"unschedulable":true}}'`, 'kubectl cordon n1'],
		['docker compose -p shop up', 'COMPOSE_PROJECT_NAME=shop docker compose up', 'docker compose -p shop up'],
		['docker run -v data:/data app', 'docker run --mount source=data,target=/data app', 'docker run -v data:/data app'],
		['kubectl get pods --all-namespaces', 'kubectl get pods --all_namespaces', 'kubectl get pods --all-namespaces']
	])('%s answered %s: right, and the note names the taught form', (expected, answer, taught) => {
		const result = gradeCommand(expected, answer);
		expect(result.correct).toBe(true);
		expect(result.note?.ko).toContain(taught);
		expect(result.note?.en).toContain(taught);
	});
	it('gives no note when the answer is in the taught form', () => {
		expect(gradeCommand('kubectl cordon n1', 'kubectl cordon n1').note).toBeUndefined();
	});
});
