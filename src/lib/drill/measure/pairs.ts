/**
 * MEASURING set of the command grader (issue 13). Written before any rule change and never used to
 * tune rules: `npx tsx scripts/measure-grader.ts` reports the rate, by kind. Each pair names where its
 * expected command comes from:
 *   D:<page>  docker CLI reference, docker/cli docs/reference/commandline/<page>.md (examples)
 *   K:<cmd>   kubectl reference examples (`kubectl <cmd> --help`, kubernetes/kubectl pkg/cmd)
 *   C:env     Docker Compose docs, "Environment variables precedence / COMPOSE_* variables"
 *   N:<id>    a public note on GitHub (id of the stored file in the search index; Korean notes are
 *             42500959925, 41905871903, 33180882482, 200827360)
 * `equal` is how the real CLI reads the two lines: same effect = true.
 */
export type MeasureKind = 'defaults' | 'spellings' | 'kubectl' | 'refused' | 'shell' | 'env' | 'basic';

export interface MeasurePair {
	kind: MeasureKind;
	expected: string;
	answer: string;
	equal: boolean;
	why: string;
	source: string;
}

/** [kind, expected, answer, equal, why, source] */
export type MeasureRow = [MeasureKind, string, string, boolean, string, string];

export function measurePairs(rows: readonly MeasureRow[]): MeasurePair[] {
	return rows.map(([kind, expected, answer, equal, why, source]) => ({ kind, expected, answer, equal, why, source }));
}

const ROWS: MeasureRow[] = [
	// defaults
	['defaults', 'docker pull nginx', 'docker pull library/nginx', true, 'library/ is the namespace of official images', 'D:image_pull'],
	['defaults', 'docker run -d -p 8080:80 --name corgi-docker-container smallhand/corgi-docker:latest', 'docker run -d -p 8080:80 --name corgi-docker-container smallhand/corgi-docker', true, ':latest implied', 'N:41905871903'],
	['defaults', 'docker run -it --network mynet --rm mysql mysql -h mysql_server -u root -p', 'docker run -it --network mynet --rm library/mysql:latest mysql -h mysql_server -u root -p', true, 'library/ and :latest implied', 'N:33180882482'],
	['defaults', 'docker build -t unity-webgl .', 'docker build -f Dockerfile -t unity-webgl .', true, 'the context Dockerfile is the default', 'N:41905871903'],
	['defaults', 'docker build -f Dockerfile.dev -t tedkov2024/docker-react-app ./', 'docker build -t tedkov2024/docker-react-app .', false, 'Dockerfile.dev is not the default file', 'N:42500959925'],
	['defaults', 'docker build -t app ./web', 'docker build -f web/Dockerfile -t app web', true, 'PATH/Dockerfile is the default', 'D:build'],
	['defaults', 'docker build -t app ./web', 'docker build -f Dockerfile -t app ./web', false, '-f is relative to the working directory, not to the context', 'D:build'],
	['defaults', 'kubectl port-forward pod/mypod 8888:5000', 'kubectl port-forward --address localhost pod/mypod 8888:5000', true, 'localhost is the default address', 'K:port-forward'],
	['defaults', 'kubectl port-forward --address 0.0.0.0 pod/mypod 8888:5000', 'kubectl port-forward pod/mypod 8888:5000', false, 'all interfaces vs localhost', 'K:port-forward'],
	['defaults', 'kubectl expose deployment myapp1 --port 80 --target-port 80', 'kubectl expose deployment myapp1 --port 80', true, 'targetPort defaults to port', 'N:71436033494'],
	['defaults', 'kubectl expose deployment my-app --port=80 --target-port=3000 --dry-run=client -o yaml', 'kubectl expose deployment my-app --port=80 --dry-run=client -o yaml', false, 'target port 3000 missing', 'N:46566720314'],
	['defaults', 'kubectl expose deployment web --port=80 --target-port=80 -n practice', 'kubectl expose deployment web --port=80 -n practice', true, 'targetPort defaults to port', 'N:54228748409'],
	['defaults', 'docker run --mount type=volume,source=data,target=/data alpine', 'docker run --mount source=data,target=/data alpine', true, 'type=volume is the default of --mount', 'D:container_run'],
	['defaults', 'docker run --device=/dev/sdc:/dev/xvdc alpine', 'docker run --device=/dev/sdc:/dev/xvdc:rwm alpine', true, 'rwm is the default mode', 'D:container_run'],
	['defaults', 'docker run --device=/dev/sda:/dev/xvdc:r alpine', 'docker run --device=/dev/sda:/dev/xvdc alpine', false, 'read-only vs rwm', 'D:container_run'],
	['defaults', 'docker run --device=/dev/snd alpine', 'docker run --device=/dev/snd:/dev/snd alpine', true, 'the path in the container defaults to the host path', 'D:container_run'],
	['defaults', 'docker run --ulimit nofile=1024:1024 --rm debian sh -c "ulimit -n"', 'docker run --ulimit nofile=1024 --rm debian sh -c "ulimit -n"', true, 'one value sets soft and hard', 'D:container_run'],
	['defaults', 'docker run --ulimit nofile=1024:2048 debian', 'docker run --ulimit nofile=1024 debian', false, 'hard limit differs', 'D:container_run'],
	['defaults', 'docker run --network bridge nginx', 'docker run nginx', true, 'bridge is the default network', 'D:container_run'],
	['defaults', 'docker logs web', 'docker logs --tail all web', true, 'all is the default of --tail', 'D:container_logs'],
	['defaults', 'kubectl create deployment my-dep --image=nginx', 'kubectl create deployment my-dep --image=nginx --replicas=1', true, 'one replica is the default', 'K:create deployment'],
	['defaults', 'kubectl run nginx --image=nginx', 'kubectl run nginx --image=nginx --restart=Always', true, 'Always is the default restart policy', 'K:run'],
	['defaults', 'docker kill my_container', 'docker kill -s KILL my_container', true, 'SIGKILL is the default signal', 'D:container_kill'],
	['defaults', 'docker network create mynet', 'docker network create --driver bridge mynet', true, 'bridge is the default driver', 'N:33180882482'],
	['defaults', 'docker volume create guac-db-data', 'docker volume create --driver local guac-db-data', true, 'local is the default driver', 'N:200827360'],
	['defaults', 'docker push myrepo/app:1.0', 'docker push library/myrepo/app:1.0', false, 'library/ applies to one-part names only', 'D:image_push'],
	['defaults', 'docker image rm nginx', 'docker rmi library/nginx:latest', true, 'library/ and :latest implied', 'D:image_rm'],
	['defaults', 'docker tag nginx myrepo/nginx:v1', 'docker tag library/nginx myrepo/nginx:v1', true, 'library/ implied', 'D:image_tag'],
	// spellings
	['spellings', 'docker kill --signal=SIGHUP my_container', 'docker kill --signal=HUP my_container', true, 'SIG prefix optional', 'D:container_kill'],
	['spellings', 'docker kill --signal=SIGHUP my_container', 'docker kill --signal=1 my_container', true, 'signal by number', 'D:container_kill'],
	['spellings', 'docker kill --signal=SIGHUP my_container', 'docker kill -s hup my_container', true, 'names are upper-cased; -s = --signal', 'D:container_kill'],
	['spellings', 'docker kill --signal=SIGHUP my_container', 'docker kill --signal=SIGINT my_container', false, 'another signal', 'D:container_kill'],
	['spellings', 'docker run --stop-signal=SIGQUIT nginx', 'docker run --stop-signal=3 nginx', true, 'SIGQUIT is 3', 'D:container_run'],
	['spellings', 'kubectl logs --since=1h nginx', 'kubectl logs --since=60m nginx', true, 'same duration', 'K:logs'],
	['spellings', 'kubectl logs --since=1h nginx', 'kubectl logs --since=30m nginx', false, 'another duration', 'K:logs'],
	['spellings', 'kubectl wait --for=condition=Ready pod/busybox1 --timeout=60s', 'kubectl wait --for=condition=Ready pod/busybox1 --timeout=1m', true, 'same duration', 'K:wait'],
	['spellings', 'docker logs --since 60m web', 'docker logs --since 1h web', true, 'same relative duration', 'D:container_logs'],
	['spellings', 'docker run --health-interval=30s nginx', 'docker run --health-interval=0.5m nginx', true, 'Go duration 0.5m = 30s', 'D:container_run'],
	['spellings', 'kubectl rollout status deployment/nginx --timeout=5m', 'kubectl rollout status deployment/nginx --timeout=300s', true, 'same duration', 'K:rollout status'],
	['spellings', 'docker run --cap-add=SYS_PTRACE alpine', 'docker run --cap-add=sys_ptrace alpine', true, 'capabilities are case-insensitive', 'D:container_run'],
	['spellings', 'docker run --cap-add=SYS_PTRACE alpine', 'docker run --cap-add=CAP_SYS_PTRACE alpine', true, 'CAP_ prefix optional', 'D:container_run'],
	['spellings', 'docker run --cap-add=SYS_ADMIN alpine', 'docker run --cap-add=NET_ADMIN alpine', false, 'another capability', 'D:container_run'],
	['spellings', 'docker run -d --name statustick-agent --restart unless-stopped --shm-size 512m --cap-drop ALL --cap-add SETUID --cap-add SETGID ghcr.io/statustick/agent:1', 'docker run -d --name statustick-agent --restart unless-stopped --shm-size 512m --cap-drop all --cap-add setgid --cap-add setuid ghcr.io/statustick/agent:1', true, 'case and order of capabilities', 'N:71654800617'],
	['spellings', 'docker run --cap-add SETUID --cap-add SETGID alpine', 'docker run --cap-add SETUID,SETGID alpine', false, 'docker does not split --cap-add at commas', 'D:container_run'],
	['spellings', 'kubectl get pods --sort-by=.metadata.name', 'kubectl get pods --sort-by=metadata.name', true, 'relaxed JSONPath', 'K:get'],
	['spellings', 'kubectl get pv --sort-by=.spec.capacity.storage', "kubectl get pv --sort-by='{.spec.capacity.storage}'", true, 'relaxed JSONPath', 'K:get'],
	['spellings', 'kubectl get pods --sort-by=.metadata.name', 'kubectl get pods --sort-by=.metadata.creationTimestamp', false, 'another field', 'K:get'],
	['spellings', `kubectl get pods -o go-template --template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`, `kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`, true, 'template in -o or --template', 'K:get'],
	['spellings', "kubectl get pods -o jsonpath='{.items[*].metadata.name}'", "kubectl get pods -o jsonpath --template='{.items[*].metadata.name}'", true, 'template in -o or --template', 'K:get'],
	['spellings', "kubectl get pods -o jsonpath='{.items[*].metadata.name}'", "kubectl get pods -o=jsonpath='{.items[0].metadata.name}'", false, 'first item only', 'K:get'],
	['spellings', 'docker run -v vol:/p:ro alpine', 'docker run --mount source=vol,target=/p,readonly alpine', true, '-v and --mount, same volume', 'D:container_run'],
	['spellings', 'docker run -v /mnt/bt:/mnt/bt/kodi haven200/transmission-daemon', 'docker run --mount type=bind,source=/mnt/bt,target=/mnt/bt/kodi haven200/transmission-daemon', true, '-v and --mount, same bind', 'N:10358422902'],
	['spellings', 'docker run -v data:/data alpine', 'docker run --mount type=bind,source=data,target=/data alpine', false, 'volume vs bind', 'D:container_run'],
	['spellings', 'docker run -v data:/data:ro alpine', 'docker run --mount source=data,target=/data alpine', false, 'read-only lost', 'D:container_run'],
	['spellings', 'docker run --cpus .5 nginx', 'docker run --cpu-period 100000 --cpu-quota 50000 nginx', true, '--cpus is period/quota', 'D:container_run'],
	['spellings', 'docker run --cpus 1.5 nginx', 'docker run --cpu-period=100000 --cpu-quota=150000 nginx', true, '--cpus is period/quota', 'D:container_run'],
	['spellings', 'docker run --cpus 1.5 nginx', 'docker run --cpu-quota=50000 nginx', false, 'another limit', 'D:container_run'],
	['spellings', 'docker update --cpu-shares 512 -m 300M abebf7571666 hopeful_morse', 'docker update -c 512 --memory 300m hopeful_morse abebf7571666', true, 'short flags, unit case, container order', 'D:container_update'],
	['spellings', 'docker update --restart=on-failure:3 abebf7571666 hopeful_morse', 'docker update --restart on-failure:3 abebf7571666 hopeful_morse', true, '= or space', 'D:container_update'],
	['spellings', 'docker update --restart=on-failure:3 abebf7571666', 'docker update --restart=on-failure abebf7571666', false, 'retry count lost', 'D:container_update'],
	['spellings', 'docker run -p 12345:12345/udp haven200/transmission-daemon', 'docker run -p 12345:12345 haven200/transmission-daemon', false, 'udp vs tcp', 'N:10358422902'],
	['spellings', 'docker run -d -p 8080:80 nginx', 'docker run -d -p 127.0.0.1:8080:80 nginx', false, 'bound to localhost only', 'D:container_run'],
	['spellings', 'docker run -m 512m nginx', 'docker run --memory 536870912 nginx', true, 'bytes', 'D:container_run'],
	['spellings', 'kubectl get pods --field-selector=status.phase=Running', 'kubectl get pods --field-selector status.phase==Running', true, '== is =', 'K:get'],
	// kubectl normalisation
	['kubectl', 'kubectl get pods --all-namespaces', 'kubectl get pods --all_namespaces', true, '_ read as -', 'K:options'],
	['kubectl', 'kubectl delete pod web --grace-period=0 --force', 'kubectl delete pod web --grace_period=0 --force', true, '_ read as -', 'K:delete'],
	['kubectl', 'kubectl drain foo --ignore-daemonsets --delete-emptydir-data', 'kubectl drain foo --ignore_daemonsets --delete_emptydir_data', true, '_ read as -', 'K:drain'],
	['kubectl', 'docker run --cap-add SYS_ADMIN alpine', 'docker run --cap_add SYS_ADMIN alpine', false, 'docker does not read _ as -', 'D:container_run'],
	['kubectl', 'kubectl apply -f configmap.yaml,secret.yaml,db.yaml,web.yaml', 'kubectl apply -f configmap.yaml -f secret.yaml -f db.yaml -f web.yaml', true, 'comma list', 'N:15291854'],
	['kubectl', 'kubectl delete -f a.yaml -f b.yaml', 'kubectl delete -f a.yaml,b.yaml', true, 'comma list', 'K:delete'],
	['kubectl', 'kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx', 'kubectl create deployment my-dep --image=busybox,ubuntu,nginx', true, 'comma list; latest implied', 'K:create deployment'],
	['kubectl', 'kubectl get pv', 'kubectl get pv -n kube-system', true, 'cluster-scoped', 'K:get'],
	['kubectl', 'kubectl get nodes', 'kubectl get nodes -n dev', true, 'cluster-scoped', 'K:get'],
	['kubectl', 'kubectl describe node worker-1', 'kubectl describe node worker-1 --namespace=prod', true, 'cluster-scoped', 'K:describe'],
	['kubectl', 'kubectl get pods', 'kubectl get pods -n kube-system', false, 'pods are namespaced', 'K:get'],
	['kubectl', 'kubectl get ns', 'kubectl get namespaces -n default', true, 'cluster-scoped', 'K:get'],
	['kubectl', 'kubectl delete pv pv-data', 'kubectl delete pv pv-data -n app', true, 'cluster-scoped', 'K:delete'],
	['kubectl', 'kubectl cordon foo', `kubectl patch node foo -p '{"spec":{"unschedulable":true}}'`, true, 'cordon is this patch', 'K:cordon'],
	['kubectl', 'kubectl uncordon foo', `kubectl patch node foo -p '{"spec":{"unschedulable":false}}'`, true, 'uncordon is this patch', 'K:uncordon'],
	['kubectl', 'kubectl cordon foo', `kubectl patch node foo -p '{"spec":{"unschedulable":false}}'`, false, 'the opposite', 'K:cordon'],
	['kubectl', 'kubectl cordon foo', 'kubectl drain foo', false, 'drain also evicts', 'K:cordon'],
	['kubectl', 'kubectl get pods -l app=nginx', 'kubectl get pods --selector app=nginx', true, 'long form', 'K:get'],
	['kubectl', 'kubectl -n cattle-system logs -l app=cattle-agent', 'kubectl logs -l app=cattle-agent -n cattle-system', true, 'global flag position', 'N:25800221384'],
	['kubectl', 'kubectl exec -it deployment/redis -- ps aux', 'kubectl exec -it deploy/redis -- ps aux', true, 'short name', 'N:5730077609'],
	['kubectl', 'kubectl exec -it deployment/redis -- ps aux', 'kubectl exec -it redis -- ps aux', false, 'a pod named redis', 'N:5730077609'],
	// refused by the CLI
	['refused', 'docker commit --change "ENV DEBUG=true" c3f279d17e0a svendowideit/testimage:version3', 'docker commit c3f279d17e0a svendowideit/testimage:version3 --change "ENV DEBUG=true"', false, 'commit stops reading flags at CONTAINER', 'D:container_commit'],
	['refused', 'docker commit --change "ENV DEBUG=true" c3f279d17e0a svendowideit/testimage:version3', 'docker commit -c "ENV DEBUG=true" c3f279d17e0a svendowideit/testimage:version3', true, '-c = --change', 'D:container_commit'],
	['refused', `docker commit --change='CMD ["apachectl", "-DFOREGROUND"]' -c "EXPOSE 80" c3f279d17e0a svendowideit/testimage:version4`, `docker commit -c "EXPOSE 80" --change='CMD ["apachectl", "-DFOREGROUND"]' c3f279d17e0a svendowideit/testimage:version4`, true, 'independent changes', 'D:container_commit'],
	['refused', 'docker commit c3f279d17e0a svendowideit/testimage:version3', 'docker commit c3f279d17e0a --pause=false svendowideit/testimage:version3', false, 'three arguments: refused', 'D:container_commit'],
	['refused', 'kubectl create deployment my-dep --image=busybox -- date', 'kubectl create deployment my-dep --image=busybox date', false, 'exactly one NAME is required', 'K:create deployment'],
	['refused', 'kubectl create job my-job --image=busybox -- date', 'kubectl create job my-job --image=busybox date', false, 'exactly one NAME is required', 'K:create job'],
	['refused', 'kubectl create job my-job --image=busybox -- date', 'kubectl create job my-job -- date --image=busybox', false, '--image after -- belongs to the command', 'K:create job'],
	['refused', 'kubectl create deployment my-dep --image=busybox -- date', 'kubectl create deployment --image=busybox my-dep -- date', true, 'flag before NAME', 'K:create deployment'],
	['refused', 'docker run -d --name web nginx', 'docker run nginx -d --name web', false, 'flags after IMAGE go to the container', 'D:container_run'],
	['refused', 'docker exec -it web sh', 'docker exec web -it sh', false, 'flags after CONTAINER go to the command', 'D:container_exec'],
	['refused', 'docker build -t myapp .', 'docker build . -t myapp', true, 'build reads flags anywhere', 'D:build'],
	['refused', 'kubectl scale deployment web --replicas=3 -n practice', 'kubectl scale deployment web -n practice --replicas 3', true, 'kubectl reads flags anywhere', 'N:54228748409'],
	['refused', 'docker kill --signal=SIGHUP my_container', 'docker kill my_container --signal=SIGHUP', true, 'kill reads flags anywhere', 'D:container_kill'],
	// host shell
	['shell', "docker exec web sh -c 'echo $HOME'", 'docker exec web sh -c "echo $HOME"', false, 'double quotes: the host expands $HOME', 'D:container_exec'],
	['shell', "docker exec web sh -c 'echo $HOME'", 'docker exec web sh -c "echo \\$HOME"', true, 'escaped $ reaches the container', 'D:container_exec'],
	['shell', 'docker exec web sh -c "echo hello"', "docker exec web sh -c 'echo hello'", true, 'nothing to expand', 'D:container_exec'],
	['shell', "docker run --rm alpine sh -c 'date; echo $(hostname)'", 'docker run --rm alpine sh -c "date; echo $(hostname)"', false, '$(...) runs on the host', 'D:container_run'],
	['shell', "docker ps --format '{{.Names}}'", 'docker ps --format "{{.Names}}"', true, 'nothing to expand', 'D:container_ls'],
	['shell', 'docker inspect -f "{{ .Config.Env }}" c3f279d17e0a', "docker inspect -f '{{ .Config.Env }}' c3f279d17e0a", true, 'nothing to expand', 'D:container_commit'],
	['shell', 'docker run -it -p 3000:3000 -v /usr/src/app/node_modules -v $(pwd):/usr/src/app tedkov2024/docker-react-app', 'docker run -it -p 3000:3000 -v /usr/src/app/node_modules -v "$PWD":/usr/src/app tedkov2024/docker-react-app', true, '$(pwd) = $PWD', 'N:42500959925'],
	['shell', 'docker run -d --name cleansky-dev-cache --entrypoint sleep -v "$PWD:/workspace" -w /workspace cleansky-contactless-test infinity', 'docker run -d --name cleansky-dev-cache --entrypoint sleep -v "$(pwd)":/workspace -w /workspace cleansky-contactless-test infinity', true, '$(pwd) = $PWD', 'N:53360856837'],
	['shell', 'docker run -d --name cleansky-dev-cache --entrypoint sleep -v "$PWD:/workspace" -w /workspace cleansky-contactless-test infinity', "docker run -d --name cleansky-dev-cache --entrypoint sleep -v '$PWD:/workspace' -w /workspace cleansky-contactless-test infinity", false, 'single quotes keep $PWD literal', 'N:53360856837'],
	['shell', "kubectl exec web -- sh -c 'echo $HOSTNAME'", 'kubectl exec web -- sh -c "echo $HOSTNAME"', false, 'the host expands $HOSTNAME', 'K:exec'],
	['shell', `docker run --rm alpine sh -c 'echo "$2"' sh a b`, `docker run --rm alpine sh -c "echo '$2'" sh a b`, false, 'the host expands $2 to empty', 'D:container_run'],
	['shell', 'docker exec web sh -c "ls /tmp"', 'docker exec web sh -c ls\\ /tmp', true, 'escaped blank', 'D:container_exec'],
	['shell', "docker compose exec db psql -U postgres -c 'SELECT 1'", 'docker compose exec db psql -U postgres -c "SELECT 1"', true, 'nothing to expand', 'C:exec'],
	['shell', "docker exec web awk '{print $1}' /etc/hosts", 'docker exec web awk "{print $1}" /etc/hosts', false, 'the host expands $1', 'D:container_exec'],
	['shell', 'docker run --ulimit nofile=1024:1024 --rm debian sh -c "ulimit -n"', "docker run --ulimit nofile=1024:1024 --rm debian sh -c 'ulimit -n'", true, 'nothing to expand', 'D:container_run'],
	// environment as CLI input
	['env', 'docker compose -p my_project up -d', 'COMPOSE_PROJECT_NAME=my_project docker compose up -d', true, 'COMPOSE_PROJECT_NAME = -p', 'C:env'],
	['env', 'docker compose -p my_project up -d', 'COMPOSE_PROJECT_NAME=other docker compose up -d', false, 'another project', 'C:env'],
	['env', 'docker compose -f docker-compose.prod.yml up -d', 'COMPOSE_FILE=docker-compose.prod.yml docker compose up -d', true, 'COMPOSE_FILE = -f', 'C:env'],
	['env', 'docker compose --profile debug up', 'COMPOSE_PROFILES=debug docker compose up', true, 'COMPOSE_PROFILES = --profile', 'C:env'],
	['env', 'docker compose -p app down', 'COMPOSE_PROJECT_NAME=app docker compose -p app down', true, 'same project', 'C:env'],
	['env', 'docker compose -p app down', 'COMPOSE_PROJECT_NAME=x docker compose -p app down', true, '-p wins over the variable', 'C:env'],
	['env', 'kubectl get pods --kubeconfig $HOME/.kube/dev', 'KUBECONFIG=$HOME/.kube/dev kubectl get pods', true, 'KUBECONFIG = --kubeconfig', 'K:config'],
	['env', 'docker ps', 'DOCKER_HOST=ssh://me@remote docker ps', false, 'another daemon', 'D:cli'],
	['env', 'docker -H ssh://me@remote ps', 'DOCKER_HOST=ssh://me@remote docker ps', true, 'DOCKER_HOST = -H', 'D:cli'],
	['env', 'docker compose up -d', 'COMPOSE_PROJECT_NAME=demo docker compose up -d', false, 'project name changed', 'C:env'],
	// basic forms and mistakes
	['basic', 'docker run -d -p 8080:80 --name unity-webgl-container unity-webgl', 'docker run --name unity-webgl-container -dp 8080:80 unity-webgl', true, 'clustered flags', 'N:41905871903'],
	['basic', 'docker run -d -p 8080:80 --name unity-webgl-container unity-webgl', 'docker run -d -p 80:8080 --name unity-webgl-container unity-webgl', false, 'ports swapped', 'N:41905871903'],
	['basic', 'docker run -d -p 8085:8080 --name mypython mypython', 'docker run -d -p 8085:8080 mypython', false, '--name missing', 'N:33180882482'],
	['basic', 'docker network create app-tier --driver bridge', 'docker network create app-tier', true, 'bridge is the default driver', 'N:1406232'],
	['basic', 'docker build -t gooddb .', 'docker build --tag gooddb:latest .', true, 'long flag, latest implied', 'N:33180882482'],
	['basic', 'docker run -d --network mynet --name gooddb gooddb', 'docker run -d --net=mynet --name=gooddb gooddb', true, 'alias and =', 'N:33180882482'],
	['basic', 'kubectl create deployment nginx-1 --image=192.168.0.10:5000/multi-img', 'kubectl create deploy nginx-1 --image 192.168.0.10:5000/multi-img:latest', true, 'alias, latest implied', 'N:19525810184'],
	['basic', 'kubectl expose deployment nginx-1 --type=LoadBalancer --port=8080 --target-port=80 --name=nginx-svc', 'kubectl expose deployment nginx-1 --type=NodePort --port=8080 --target-port=80 --name=nginx-svc', false, 'another type', 'N:19525810184'],
	['basic', 'kubectl expose deployment/redis --port 6379', 'kubectl expose deploy redis --port=6379', true, 'TYPE NAME and short name', 'N:5730077609'],
	['basic', 'kubectl get po -o wide', 'kubectl get pods -owide', true, 'glued value', 'N:5730077609'],
	['basic', 'kubectl drain foo --force', 'kubectl drain foo', false, '--force missing', 'K:drain'],
	['basic', 'kubectl drain foo --grace-period=900', 'kubectl drain foo --grace-period=90', false, 'another period', 'K:drain'],
	['basic', 'docker pull smallhand/corgi-docker:latest', 'docker pull docker.io/smallhand/corgi-docker', true, 'registry and tag implied', 'N:41905871903'],
	['basic', 'docker stop [CONTAINER ID]', 'docker stop 1a2b3c', true, 'placeholder', 'N:42500959925'],
	['basic', 'docker network create app-tier --driver bridge', 'docker network create app-tier --driver overlay', false, 'another driver', 'N:1406232'],
	['basic', 'docker run -d --name nats-server --network app-tier --publish 4222:4222 --publish 6222:6222 --publish 8222:8222 bitnami/nats:latest', 'docker run -d --name nats-server --network app-tier -p 8222:8222 -p 4222:4222 -p 6222:6222 bitnami/nats', true, 'order of ports', 'N:1406232'],
	['basic', 'docker run -d --name nats-server --network app-tier --publish 4222:4222 --publish 6222:6222 --publish 8222:8222 bitnami/nats:latest', 'docker run -d --name nats-server --network app-tier -p 4222:4222 -p 6222:6222 bitnami/nats', false, 'one port missing', 'N:1406232'],
	['basic', 'kubectl logs --tail=20 nginx', 'kubectl logs nginx --tail 20', true, 'flag position', 'K:logs'],
	['basic', 'kubectl logs -p -c ruby web-1', 'kubectl logs web-1 -c ruby --previous', true, 'long form', 'K:logs'],
	['basic', 'kubectl logs -p -c ruby web-1', 'kubectl logs web-1 -c ruby', false, '--previous missing', 'K:logs'],
	['basic', 'kubectl port-forward service/myservice 8443:https', 'kubectl port-forward svc/myservice 8443:https', true, 'short name', 'K:port-forward'],
	['basic', 'kubectl port-forward pod/mypod 5000 6000', 'kubectl port-forward mypod 6000 5000', true, 'pods by default; port order', 'K:port-forward'],
	['basic', 'kubectl port-forward pod/mypod 8888:5000', 'kubectl port-forward pod/mypod 5000:8888', false, 'ports swapped', 'K:port-forward'],
	['basic', 'kubectl port-forward --address localhost,10.19.21.23 pod/mypod 8888:5000', 'kubectl port-forward --address 10.19.21.23,localhost pod/mypod 8888:5000', true, 'address list order', 'K:port-forward'],
	['basic', 'docker stop --time 30 web', 'docker stop -t 30 web', true, 'short flag', 'D:container_stop'],
	['basic', 'docker container run --rm -it ubuntu bash', 'docker run -it --rm ubuntu:latest bash', true, 'alias', 'D:container_run'],
	['basic', 'kubectl get pods -A', 'kubectl get pods --all-namespaces=true', true, 'long form', 'K:get'],
	['basic', 'kubectl apply -f ./config/redis.yml', 'kubectl apply -f config/redis.yml', true, './ prefix', 'N:5730077609'],
	['basic', 'docker logs --tail 20 -f web', 'docker logs -n 20 --follow web', true, 'short and long', 'D:container_logs'],
	['basic', 'docker cp web:/etc/nginx/nginx.conf ./nginx.conf', 'docker cp web:/etc/nginx/nginx.conf nginx.conf', true, './ prefix', 'D:container_cp'],
	['basic', 'docker run --rm guacamole/guacamole /opt/guacamole/bin/initdb.sh --mysql > initdb.sql', 'docker run --rm guacamole/guacamole /opt/guacamole/bin/initdb.sh --mysql >initdb.sql', true, 'redirection spacing', 'N:200827360'],
	['basic', 'docker run -d --name vault -p 8200:8200 -e VAULT_DEV_ROOT_TOKEN_ID=mytoken vault:latest', 'docker run -d --name vault -p 8200:8200 -e VAULT_DEV_ROOT_TOKEN_ID=mytoken vault', true, 'latest implied', 'N:32986439127'],
	['basic', 'docker run -d --name vault -p 8200:8200 -e VAULT_DEV_ROOT_TOKEN_ID=mytoken vault:latest', 'docker run -d --name vault -p 8200:8200 vault:latest', false, '-e missing', 'N:32986439127']
];

export const MEASURE_PAIRS: MeasurePair[] = measurePairs(ROWS);
