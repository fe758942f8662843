/**
 * Pairs written apart from the grader's own cases, to check it the way the shell and each tool read
 * a command line. Decisions worth knowing:
 * - `$(pwd)`, `` `pwd` ``, `$PWD`, `"$PWD"` and `${PWD}` are equal: the shell expands all of them to
 *   the current directory (the words differ, their meaning does not). `$HOME` is not `~`.
 * - `kubectl exec -it web sh` (no `--`) is wrong: kubectl answers "exec [POD] [COMMAND] is not
 *   supported anymore. Use exec [POD] -- [COMMAND] instead".
 * - Docker memory sizes are binary and case-insensitive (go-units RAMInBytes): `512m` = `512M` =
 *   `512MiB`, `1g` = `1024m`; minikube `--memory 4096` means megabytes.
 * - StringSlice flags (kubectl `create role --verb`, buildx `--platform`, helm `--set`) take
 *   comma-separated items: `--verb get,list` = `--verb get --verb list`.
 * - A subcommand the specs do not know (a plugin) is compared word by word, never passed blindly.
 */
import { describe, expect, it } from 'vitest';
import { describePairs, type DifferentPair, type EqualPair } from './test-pairs';
import { gradeCommand } from './index';

/** [expected, answer, why they are equal] */
const EQUAL: EqualPair[] = [
	// quoting and shell words
	['docker run -e "A=b c" alpine', "docker run -e 'A=b c' alpine", 'double vs single quotes'],
	['docker run -e "A=b c" alpine', 'docker run -e A=b\\ c alpine', 'quotes vs backslash-escaped space'],
	['docker run -e "A=b c" alpine', 'docker run -e A="b c" alpine', 'quotes in the middle of a word'],
	['docker run --env=A=1 alpine', 'docker run -e A=1 alpine', '--env= with a value containing ='],
	['docker run -e A=1 alpine', "docker run '-e' 'A=1' 'alpine'", 'every word quoted'],
	['docker run -v $(pwd):/app node', 'docker run -v "$PWD":/app node', '$(pwd) and "$PWD" expand alike'],
	['docker run -v $(pwd):/app node', 'docker run -v ${PWD}:/app node', '${PWD}'],
	['docker run -v $(pwd):/app node', 'docker run -v `pwd`:/app node', 'backticks'],
	['docker run -v "$(pwd)/data:/data" node', 'docker run -v $PWD/data:/data node', 'substitution inside double quotes'],
	['docker rm -f $(docker ps -aq)', 'docker rm --force $(docker ps -aq)', 'a command substitution is one word'],
	['docker rm $(docker ps -a -q)', 'docker rm $( docker ps -a -q )', 'blanks inside $( ) do not matter'],
	['docker run -e HOME=${HOME} alpine', 'docker run -e HOME=$HOME alpine', '${HOME} = $HOME'],
	// docker run
	['docker run -p 127.0.0.1:8080:80 nginx', 'docker run --publish=127.0.0.1:8080:80 nginx', 'host IP kept in -p'],
	['docker run -p 1:1 -p 2:2 nginx', 'docker run -p 2:2 -p 1:1 nginx', 'repeated -p in any order'],
	['docker run -p 53:53/udp dns', 'docker run --publish 53:53/udp dns', 'udp port'],
	['docker run nginx', 'docker run --rm=false nginx', '--rm=false is no --rm'],
	['docker run -d nginx', 'docker run --detach=true nginx', '--detach=true'],
	['docker run -m 512m nginx', 'docker run --memory=512M nginx', 'memory units ignore case'],
	['docker run -m 1g nginx', 'docker run --memory 1024m nginx', '1g = 1024m'],
	['docker run -m 512m nginx', 'docker run -m 512MiB nginx', 'MiB suffix'],
	['docker run --shm-size 2g nginx', 'docker run --shm-size=2G nginx', 'shm-size units'],
	['docker run --pull always nginx', 'docker run --pull=always nginx', '--pull'],
	['docker run --platform linux/amd64 nginx', 'docker run --platform=linux/amd64 nginx', '--platform'],
	['docker run --gpus all nvidia/cuda', 'docker run --gpus=all nvidia/cuda:latest', '--gpus'],
	['docker run --cpus=1.5 nginx', 'docker run --cpus 1.5 nginx', '--cpus'],
	['docker run -it --entrypoint sh nginx', 'docker run --entrypoint=sh -ti nginx', '--entrypoint'],
	['docker run -d --health-cmd "curl -f localhost" nginx', "docker run --health-cmd='curl -f localhost' -d nginx", '--health-cmd quoting'],
	['docker run --mount type=volume,src=data,dst=/data nginx', 'docker run --mount source=data,target=/data,type=volume nginx', '--mount keys'],
	['docker run --add-host host.docker.internal:host-gateway nginx', 'docker run --add-host=host.docker.internal:host-gateway nginx', '--add-host'],
	['docker run -it ubuntu:22.04 bash -c "ls -la"', "docker run -t -i ubuntu:22.04 bash -c 'ls -la'", 'container command quoting'],
	['docker container run --name web -d nginx', 'docker run -d --name=web nginx', 'container run = run'],
	// other docker commands
	['docker build --build-arg A=1 --build-arg B=2 .', 'docker build --build-arg B=2 --build-arg A=1 .', '--build-arg as a multiset'],
	['docker build --target prod -t app .', 'docker buildx build -t app --target=prod .', '--target'],
	['docker buildx build --platform linux/amd64,linux/arm64 -t u/app --push .', 'docker buildx build --push --platform=linux/arm64 --platform linux/amd64 -t u/app .', '--platform items'],
	['docker buildx build --load -t app .', 'docker build --load -t app .', '--load'],
	['docker build -t app -f docker/Dockerfile .', 'docker image build --file=./docker/Dockerfile --tag app:latest ./', 'image build'],
	['docker inspect -f "{{.State.Status}}" web', "docker inspect --format '{{.State.Status}}' web", 'inspect -f = --format'],
	['docker inspect -f "{{.State.Status}}" web', 'docker inspect --format="{{.State.Status}}" web', 'inspect --format='],
	['docker logs --since 10m web', 'docker logs web --since=10m', 'logs --since'],
	['docker logs -t web', 'docker container logs --timestamps web', 'logs -t'],
	['docker ps --filter status=exited', 'docker ps -f status=exited', 'ps -f is --filter'],
	['docker ps -a --format "{{.Names}}"', "docker container ls --all --format '{{.Names}}'", 'ps --format'],
	['docker system prune -af --volumes', 'docker system prune --volumes -a -f', 'system prune'],
	['docker image ls -a', 'docker images --all', 'images --all'],
	['docker image history nginx', 'docker history nginx:latest', 'history'],
	['docker info', 'docker system info', 'info'],
	['docker network create --driver bridge --subnet 172.20.0.0/16 net', 'docker network create --subnet=172.20.0.0/16 -d bridge net', 'network create'],
	['docker login ghcr.io -u me --password-stdin', 'docker login --password-stdin --username=me ghcr.io', 'login'],
	['docker cp ./app.conf web:/etc/app.conf', 'docker container cp app.conf web:/etc/app.conf', 'cp path spelling'],
	['docker update -m 1g web', 'docker container update --memory 1024M web', 'update memory'],
	['docker context ls', 'docker context list', 'context list'],
	['docker context use prod', 'docker context use prod', 'context use'],
	['docker context create remote --docker host=ssh://me@host', 'docker context create remote --docker "host=ssh://me@host"', 'context create'],
	['docker buildx create --use --name b', 'docker buildx create --name=b --use', 'buildx create'],
	['docker buildx ls', 'docker builder ls', 'builder ls'],
	['docker builder prune -af', 'docker buildx prune --all --force', 'builder prune'],
	['docker swarm init --advertise-addr 10.0.0.1', 'docker swarm init --advertise-addr=10.0.0.1', 'swarm init'],
	['docker service create --name web -p 80:80 --replicas 3 nginx', 'docker service create --replicas=3 --publish 80:80 --name web nginx:latest', 'service create'],
	['docker service scale web=5', 'docker service scale web=5', 'service scale'],
	['docker service ls', 'docker service list', 'service ls'],
	['docker stack deploy -c docker-compose.yml app', 'docker stack deploy --compose-file ./docker-compose.yml app', 'stack deploy'],
	['docker node ls', 'docker node list', 'node ls'],
	['docker secret create db_pass ./pass.txt', 'docker secret create db_pass pass.txt', 'secret create'],
	// compose
	['docker compose -f a.yml up -d', 'docker-compose --file a.yml up --detach', 'compose -f, v1 spelling'],
	['docker compose run --rm web sh', 'docker-compose run --rm web sh', 'compose run --rm'],
	['docker compose run --rm -e A=1 web env', 'docker compose run -e A=1 --rm web env', 'compose run flags'],
	['docker compose restart web', 'docker-compose restart web', 'compose restart'],
	['docker compose stop -t 5', 'docker compose stop --timeout=5', 'compose stop -t'],
	['docker compose up -d --build', 'docker compose up --build --detach', 'compose up --build'],
	['docker compose up -d --scale web=3', 'docker compose up --scale web=3 -d', 'compose up --scale'],
	['docker compose down --rmi all -v', 'docker compose down -v --rmi=all', 'compose down'],
	['docker compose logs -f --tail=100 web', 'docker compose logs --tail 100 --follow web', 'compose logs'],
	['docker compose exec -T db psql', 'docker compose exec --no-TTY db psql', 'compose exec -T'],
	['docker compose --env-file .env.prod up', 'docker compose --env-file=.env.prod up', 'compose --env-file'],
	['docker compose --profile debug up', 'docker compose --profile=debug up', 'compose --profile'],
	['docker compose up --dry-run', 'docker compose --dry-run up', '--dry-run is inherited'],
	['docker compose cp web:/a ./a', 'docker compose cp web:/a a', 'compose cp'],
	['docker compose ps -a', 'docker compose ps --all', 'compose ps'],
	// kubectl
	['kubectl -n dev get po', 'kubectl get pods --namespace=dev', 'global -n before the verb'],
	['kubectl get pods -n dev', 'kubectl get pods --namespace dev', '--namespace'],
	['kubectl get pod/web', 'kubectl get pods web', 'type/name = type name'],
	['kubectl delete -f a.yaml', 'kubectl delete --filename=a.yaml', 'delete -f'],
	['kubectl exec -it web -- sh', 'kubectl exec web -it -- sh', 'exec flags after the pod'],
	['kubectl exec -n dev -it web -- sh', 'kubectl -n dev exec -i -t web -- sh', 'global flag before the verb, split cluster'],
	['kubectl create deploy web --image=nginx --dry-run=client -o yaml', 'kubectl create deployment web --image nginx -o yaml --dry-run=client', 'dry-run yaml'],
	['kubectl get pods --field-selector status.phase=Running', 'kubectl get po --field-selector=status.phase=Running', '--field-selector'],
	['kubectl get pods --sort-by=.metadata.creationTimestamp', 'kubectl get pods --sort-by .metadata.creationTimestamp', '--sort-by'],
	['kubectl get pods --all-namespaces -o wide', 'kubectl get -A pods -owide', '-A and glued -o'],
	['kubectl get pods -o jsonpath="{.items[*].metadata.name}"', "kubectl get pods -o 'jsonpath={.items[*].metadata.name}'", 'jsonpath quoting'],
	['kubectl logs web --since=1h', 'kubectl logs --since 1h web', 'logs --since'],
	['kubectl logs web --timestamps', 'kubectl logs --timestamps=true pod/web', 'logs --timestamps'],
	['kubectl logs -l app=web', 'kubectl logs --selector=app=web', 'logs -l'],
	['kubectl logs web --previous', 'kubectl logs -p web', 'logs -p'],
	['kubectl rollout restart deployment web', 'kubectl rollout restart deploy/web', 'rollout restart'],
	['kubectl set image deploy/web web=nginx:1.25', 'kubectl set image deployment web web=nginx:1.25', 'set image'],
	['kubectl autoscale deploy web --min=2 --max=5 --cpu-percent=80', 'kubectl autoscale deployment/web --cpu-percent 80 --max 5 --min 2', 'autoscale'],
	['kubectl wait --for=condition=Ready pod/web --timeout=60s', 'kubectl wait pod web --for condition=Ready --timeout 60s', 'wait'],
	['kubectl patch deploy web -p \'{"spec":{"replicas":2}}\'', 'kubectl patch deployment/web --patch \'{"spec":{"replicas":2}}\'', 'patch'],
	['kubectl auth can-i create pods --as=bob -n dev', 'kubectl auth can-i create pods --namespace dev --as bob', 'auth can-i'],
	// Not `= kubectl api-resources`: the filter applies only when the flag is given (see unseen2.test.ts).
	['kubectl api-resources --namespaced=true', 'kubectl api-resources --namespaced', 'bare --namespaced means true'],
	['kubectl cluster-info', 'kubectl cluster-info', 'cluster-info'],
	['kubectl drain node1 --ignore-daemonsets --delete-emptydir-data', 'kubectl drain --delete-emptydir-data node/node1 --ignore-daemonsets', 'drain node/name'],
	['kubectl cordon node1', 'kubectl cordon node/node1', 'cordon node/name'],
	['kubectl taint nodes node1 key=value:NoSchedule-', 'kubectl taint no/node1 key=value:NoSchedule-', 'taint removal'],
	['kubectl config set-context --current --namespace=dev', 'kubectl config set-context --namespace dev --current', 'set-context --current'],
	['kubectl create role r --verb=get,list --resource=pods', 'kubectl create role r --resource=pods --verb=list --verb=get', 'StringSlice --verb'],
	['kubectl cp ./a web:/tmp/a -c app', 'kubectl cp a web:/tmp/a --container app', 'cp path spelling'],
	['kubectl run tmp --rm -it --image=busybox --restart=Never -- sh', 'kubectl run tmp -ti --rm --image busybox --restart Never -- sh', 'run interactive'],
	['kubectl get secret db -o jsonpath="{.data.password}" | base64 -d', "kubectl get secrets/db -o 'jsonpath={.data.password}' | base64 -d", 'pipeline'],
	['kubectl get pods -l "env in (dev,qa)"', "kubectl get pods -l 'env in (dev,qa)'", 'set-based selector'],
	['kubectl proxy --port=8001', 'kubectl proxy -p 8001', 'proxy'],
	['kubectl certificate approve csr1', 'kubectl certificate approve csr1', 'certificate approve'],
	// helm
	['helm install my ./chart -n x --create-namespace', 'helm install my chart --namespace=x --create-namespace', 'install with namespace'],
	['helm install web bitnami/nginx --set image.tag=1.25,replicaCount=2', 'helm install web bitnami/nginx --set replicaCount=2 --set image.tag=1.25', '--set items'],
	['helm upgrade --install web ./chart -f values.yaml -n prod', 'helm upgrade web chart -i --values values.yaml --namespace prod', 'upgrade --install'],
	['helm install --generate-name bitnami/nginx', 'helm install bitnami/nginx -g', '--generate-name'],
	['helm install web bitnami/nginx --dry-run', 'helm install web bitnami/nginx --dry-run=client', 'bare --dry-run'],
	['helm dependency update ./chart', 'helm dep up chart', 'dependency aliases'],
	['helm search repo bitnami/nginx --versions', 'helm search repo bitnami/nginx -l', 'search --versions'],
	['helm plugin list', 'helm plugin ls', 'plugin list'],
	['helm registry login ghcr.io -u me', 'helm registry login ghcr.io --username me', 'registry login'],
	// minikube
	['minikube start --driver=docker', 'minikube start --driver docker', 'start --driver'],
	['minikube start --driver=docker --cpus=2 --memory=4g', 'minikube start --memory 4096 --cpus 2 --driver docker', 'memory in MB'],
	['minikube start --nodes 3 -p multi', 'minikube start -n 3 --profile=multi', 'nodes and profile'],
	['minikube image build -t myapp .', 'minikube image build --tag myapp ./', 'image build'],
	['minikube kubectl -- get pods -n kube-system', 'minikube kubectl -- -n kube-system get po', 'kubectl passthrough'],
	['minikube cache add nginx', 'minikube cache add nginx:latest', 'cache add']
];

/** [expected, answer, why they differ, the part that differs] */
const DIFFERENT: DifferentPair[] = [
	// docker run
	['docker run -d -p 8080:80 nginx', 'docker run -p 8080:80 nginx -d', 'a flag after the image belongs to the container', 'flag'],
	['docker run -p 127.0.0.1:8080:80 nginx', 'docker run -p 8080:80 nginx', 'host IP dropped', 'flag'],
	['docker run -p 8080:80 nginx', 'docker run -p 80:8080 nginx', 'swapped -p sides', 'flag'],
	['docker run -v $(pwd):/app node', 'docker run -v /app:$(pwd) node', 'swapped -v sides', 'flag'],
	['docker run -v $(pwd):/app node', 'docker run -v $HOME:/app node', 'another directory', 'flag'],
	['docker run -v data:/data nginx', 'docker run -v data:/data:ro nginx', 'read-only is not the default', 'flag'],
	['docker run -m 512m nginx', 'docker run -m 512k nginx', 'other unit', 'flag'],
	['docker run -e "A=b c" alpine', 'docker run -e A=b c alpine', 'unquoted space splits the word', 'argument'],
	['docker run --pull always nginx', 'docker run --pull missing nginx', 'other pull policy', 'flag'],
	['docker run --platform linux/amd64 nginx', 'docker run --platform linux/arm64 nginx', 'other platform', 'flag'],
	['docker run -it ubuntu', 'docker run -it ubuntu:22.04', 'latest is not 22.04', 'argument'],
	['docker run --rm nginx', 'docker run --rm=false nginx', '--rm=false turns it off', 'flag'],
	['docker run -d nginx', 'docker run -D nginx', 'case: -D is unknown here', 'flag'],
	// other docker commands
	['docker build --build-arg A=1 .', 'docker build --build-arg A=2 .', 'other build arg', 'flag'],
	['docker build --target prod .', 'docker build --target dev .', 'other target', 'flag'],
	['docker buildx build --platform linux/amd64,linux/arm64 .', 'docker buildx build --platform linux/amd64 .', 'one platform missing', 'flag'],
	['docker buildx build --push -t u/app .', 'docker buildx build --load -t u/app .', 'push is not load', 'flag'],
	['docker inspect -f "{{.State.Status}}" web', 'docker inspect -f "{{.State.Running}}" web', 'other template', 'flag'],
	['docker logs --since 10m web', 'docker logs --until 10m web', 'since is not until', 'flag'],
	['docker rm -f $(docker ps -aq)', 'docker rm -f $(docker ps -q)', 'other substitution', 'argument'],
	['docker context ls', 'docker context use prod', 'other context verb', 'verb'],
	['docker context use prod', 'docker context use dev', 'other context', 'argument'],
	['docker buildx use b', 'docker buildx rm b', 'use is not rm', 'verb'],
	['docker service scale web=5', 'docker service scale web=3', 'other replica count', 'argument'],
	['docker stack deploy -c a.yml app', 'docker stack rm app', 'deploy is not rm', 'verb'],
	['docker scout cves nginx', 'docker scout quickview nginx', 'a plugin subcommand compared word by word', 'argument'],
	['docker network connect net web', 'docker network disconnect net web', 'connect is not disconnect', 'verb'],
	// compose
	['docker compose -f a.yml up -d', 'docker compose -f b.yml up -d', 'other compose file', 'flag'],
	['docker compose run --rm web sh', 'docker compose run web sh', 'missing --rm', 'flag'],
	['docker compose run --rm web sh', 'docker compose run web --rm sh', '--rm after the service goes to the command', 'flag'],
	['docker compose restart web', 'docker compose stop web', 'restart is not stop', 'verb'],
	['docker compose start', 'docker compose up', 'start is not up', 'verb'],
	['docker compose top', 'docker compose ps', 'top is not ps', 'verb'],
	['docker compose images', 'docker compose ps', 'images is not ps', 'verb'],
	['docker compose cp web:/a ./a', 'docker compose cp web:/b ./a', 'other source', 'argument'],
	['docker compose exec -T db psql', 'docker compose exec db psql', 'missing -T', 'flag'],
	// kubectl
	['kubectl exec -it web -- sh', 'kubectl exec -it web sh', 'no -- before the command (refused by kubectl)', 'argument'],
	['kubectl exec web -- ls -la', 'kubectl exec web -- ls -l', 'other command flag', 'argument'],
	['kubectl get pods -o wide', 'kubectl get pods -o Wide', 'output names are case-sensitive', 'flag'],
	['kubectl get pods -A', 'kubectl get pods -a', 'case: -a is not -A', 'flag'],
	['kubectl get pods -A', 'kubectl get pods -n default', 'all namespaces is not default', 'flag'],
	['kubectl logs web --since=1h', 'kubectl logs web --since=2h', 'other duration', 'flag'],
	['kubectl logs web -p', 'kubectl logs web -f', 'previous is not follow', 'flag'],
	['kubectl drain node1 --ignore-daemonsets', 'kubectl cordon node1', 'drain is not cordon', 'verb'],
	['kubectl cordon node1', 'kubectl uncordon node1', 'cordon is not uncordon', 'verb'],
	['kubectl cordon node1', 'kubectl cordon pod/node1', 'a pod is not a node', 'argument'],
	['kubectl taint nodes node1 key=value:NoSchedule', 'kubectl taint nodes node1 key=value:NoExecute', 'other effect', 'resource'],
	['kubectl taint nodes node1 key=value:NoSchedule', 'kubectl taint nodes node1 key=value:NoSchedule-', 'adding is not removing', 'resource'],
	['kubectl config set-context --current --namespace=dev', 'kubectl config set-context --namespace=dev', 'missing --current', 'flag'],
	['kubectl config set-context --current --namespace=dev', 'kubectl config use-context dev', 'set-context is not use-context', 'verb'],
	['kubectl auth can-i create pods', 'kubectl auth can-i delete pods', 'other verb asked', 'argument'],
	['kubectl auth can-i create pods', 'kubectl auth can-i create pods --as bob', 'impersonation added', 'flag'],
	['kubectl wait --for=condition=Ready pod/web', 'kubectl wait --for=condition=Ready pod/api', 'other pod', 'resource'],
	['kubectl set image deploy/web web=nginx:1.25', 'kubectl set image deploy/web web=nginx:1.26', 'other image', 'resource'],
	['kubectl autoscale deploy web --min=2 --max=5', 'kubectl autoscale deploy web --min=5 --max=2', 'min and max swapped', 'flag'],
	['kubectl rollout restart deploy/web', 'kubectl rollout undo deploy/web', 'restart is not undo', 'verb'],
	['kubectl patch deploy web -p \'{"spec":{"replicas":2}}\'', 'kubectl patch deploy web -p \'{"spec":{"replicas":3}}\'', 'other patch', 'flag'],
	['kubectl run web --image=nginx --dry-run=client -o yaml', 'kubectl run web --image=nginx -o yaml', 'missing dry run', 'flag'],
	['kubectl run web --image=nginx --dry-run=client -o yaml', 'kubectl run web --image=nginx --dry-run=client -o json', 'yaml is not json', 'flag'],
	['kubectl delete -f a.yaml', 'kubectl delete -f b.yaml', 'other file', 'flag'],
	['kubectl get pods --field-selector status.phase=Running', 'kubectl get pods --field-selector status.phase=Pending', 'other field selector', 'flag'],
	['kubectl get pods --sort-by=.metadata.name', 'kubectl get pods --sort-by=.metadata.creationTimestamp', 'other sort key', 'flag'],
	['kubectl api-resources --namespaced=false', 'kubectl api-resources', 'cluster-scoped only', 'flag'],
	['kubectl label pod web app-', 'kubectl label pod web app=', 'removing is not emptying', 'resource'],
	['kubectl create role r --verb=get,list --resource=pods', 'kubectl create role r --verb=get --resource=pods', 'one verb missing', 'flag'],
	['kubectl certificate approve csr1', 'kubectl certificate deny csr1', 'approve is not deny', 'verb'],
	['kubectl proxy --port=8001', 'kubectl port-forward 8001', 'proxy is not port-forward', 'verb'],
	// helm
	['helm install my ./chart -n x --create-namespace', 'helm install my ./chart -n x', 'missing --create-namespace', 'flag'],
	['helm install web bitnami/nginx --version 15.0.0', 'helm install web bitnami/nginx --version 15.0.1', 'other chart version', 'flag'],
	['helm install web bitnami/nginx --set a=1,b=2', 'helm install web bitnami/nginx --set a=1', 'one value missing', 'flag'],
	['helm upgrade --install web ./chart', 'helm install web ./chart', 'upgrade is not install', 'verb'],
	['helm get values web', 'helm get manifest web', 'values is not manifest', 'verb'],
	['helm plugin list', 'helm plugin install x', 'list is not install', 'verb'],
	['helm registry login ghcr.io -u me', 'helm registry logout ghcr.io', 'login is not logout', 'verb'],
	// minikube
	['minikube start --driver=docker', 'minikube start --driver=Docker', 'driver names are case-sensitive', 'flag'],
	['minikube start --memory=4g', 'minikube start --memory=4000', '4000 MB is not 4 GiB', 'flag'],
	['minikube delete', 'minikube delete --all', 'extra --all', 'flag'],
	['minikube cache add nginx', 'minikube cache delete nginx', 'add is not delete', 'verb'],
	['minikube ssh -- ls /', 'minikube ssh -- ls /tmp', 'other ssh command', 'argument']
];

describePairs('unseen pairs', EQUAL, DIFFERENT);

describe('unseen pairs: explanations', () => {
	it('tells why `kubectl exec POD COMMAND` is wrong, in both languages', () => {
		const { differences } = gradeCommand('kubectl exec -it web -- sh', 'kubectl exec -it web sh');
		expect(differences).toHaveLength(1);
		expect(differences[0].message.en).toContain('`--`');
		expect(differences[0].message.ko).toContain('`--`');
	});

	it('accepts the form without `--` when the expected answer is written so too', () => {
		expect(gradeCommand('kubectl exec web ls', 'kubectl exec web ls').correct).toBe(true);
		expect(gradeCommand('kubectl exec web ls', 'kubectl exec web -- ls').correct).toBe(true);
	});

	it('shows memory sizes in one spelling', () => {
		const [d] = gradeCommand('docker run -m 1g nginx', 'docker run -m 512M nginx').differences;
		expect(d).toMatchObject({ expected: '1g', actual: '512m' });
	});
});

it('has at least 120 unseen pairs', () => {
	expect(EQUAL.length + DIFFERENT.length).toBeGreaterThanOrEqual(120);
});
