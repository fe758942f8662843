/**
 * `grade_pair_ms`: mean time to grade one (expected, answer) pair, over varied pairs of every
 * program, right and wrong answers, measured after a warm-up (JIT and pattern caches settled).
 */
import { gradeCommand } from '../src/lib/drill';

const TEMPLATES: [string, string][] = [
	['docker run -d -p {n}:80 --name web{n} nginx', 'docker container run --name=web{n} -p{n}:80 -d docker.io/library/nginx:latest'],
	['docker run -d -p {n}:80 nginx', 'docker run -p 80:{n} -d nginx'],
	['docker run -it --rm -e A={n} -v /srv/{n}:/data alpine sh -c "echo {n}"', "docker run --rm -ti --env A={n} --volume=/srv/{n}:/data alpine sh -c 'echo {n}'"],
	['docker exec -it web{n} sh', 'docker exec web{n} -it sh'],
	['docker build -t app:{n} -f Dockerfile .', 'docker buildx build --tag=app:{n} --file ./Dockerfile ./'],
	['docker compose -f c{n}.yml up -d', 'docker-compose --file c{n}.yml up --detatch'],
	['kubectl get pods -n ns{n} -o wide', 'kubectl -n ns{n} get po -owide'],
	['kubectl get deploy web{n} -o yaml', 'kubectl get deployments.apps/web{n} --output=json'],
	['kubectl exec -it pod{n} -c app -- sh', 'kubectl exec --stdin --tty pod/pod{n} --container=app -- bash'],
	['kubectl run tmp{n} --image=busybox --restart=Never --rm -it -- sh', 'kubectl run tmp{n} --rm -ti --image busybox --restart Never -- sh'],
	['kubectl scale deploy web --replicas={n}', 'kubectl scale deployment/web --replicas {n}'],
	['kubectl port-forward svc/web {n}:80', 'kubectl port-forward service/web 80:{n}'],
	['minikube start --driver=docker --cpus {n}', 'minikube start --cpus={n} --vm-driver docker'],
	['helm upgrade --install web{n} ./chart -n web --set a={n}', 'helm upgrade -i web{n} chart --namespace=web --set a={n}'],
	['docker push [사용자명]/[이미지명]:[버전태그]', 'docker push user{n}/app:{n}'],
	['kubectl logs -f <pod>', 'dokcer logs -f pod{n}']
];

function pairs(count: number): [string, string][] {
	const out: [string, string][] = [];
	for (let i = 0; out.length < count; i++) {
		const [e, a] = TEMPLATES[i % TEMPLATES.length];
		const n = String(1000 + i);
		out.push([e.replaceAll('{n}', n), a.replaceAll('{n}', n)]);
	}
	return out;
}

export async function run(): Promise<Record<string, number>> {
	const work = pairs(4000);
	for (const [e, a] of work.slice(0, 500)) gradeCommand(e, a); // warm-up
	let sink = 0;
	const start = performance.now();
	for (const [e, a] of work) sink += gradeCommand(e, a).differences.length;
	const elapsed = performance.now() - start;
	if (sink < 0) throw new Error('unreachable'); // keeps the results alive
	return { grade_pair_ms: Number((elapsed / work.length).toFixed(4)) };
}
