/**
 * Swarm (swarm, service, stack, node, secret, config), buildx, system/context/plugin/trust and
 * Docker Compose specs checked against the tools' own sources:
 * - docker/cli cli/command/{service,swarm,stack,node,secret,config,plugin}/*.go and the generated
 *   completion of docker/cli v26 (every flag, its short name and value type);
 * - docker/buildx commands/*.go (build, create, use, inspect, ls, rm, prune, du, imagetools, root);
 * - docker/compose cmd/compose/*.go and the generated completion of Compose v2.26.
 * Decisions worth knowing:
 * - `docker service create IMAGE` stops reading flags at the image (SetInterspersed(false)): what
 *   follows is the container command. `service update` has only the -add/-rm forms of list flags.
 * - `docker config create` has no `-d, --driver` (only `docker secret create` has it).
 * - `swarm init --default-addr-pool` is an IPNetSlice: comma-separated items, like buildx `--platform`.
 * - `stack deploy`/`stack rm` detach by default, so `--detach` alone changes nothing.
 * - Compose's `-T` is `--no-tty` (current exec.go), and the legacy `--no-TTY` is read as the same flag.
 *   `compose run` normalizes `--volumes`/`--labels` to `--volume`/`--label`.
 */
import { describe, expect, it } from 'vitest';
import { describePairs, type DifferentPair, type EqualPair } from './test-pairs';
import { parseCommand } from './index';

/** [expected, answer, why they are equal] */
const EQUAL: EqualPair[] = [
	['docker compose exec -T web sh', 'docker compose exec --no-tty web sh', '--no-tty, and the legacy --no-TTY'],
	['docker compose exec --no-TTY web sh', 'docker compose exec --no-tty web sh', 'both spellings'],
	// docker container update (CPU scheduler flags)
	['docker update --cpu-quota 50000 --cpu-period 100000 web', 'docker container update --cpu-period=100000 --cpu-quota=50000 web', 'update, CFS flags in any order'],
	['docker update --cpuset-cpus 0-1 --cpuset-mems 0 web', 'docker update --cpuset-mems=0 --cpuset-cpus=0-1 web', 'cpuset flags'],
	// docker service
	['docker service create --name web --replicas 3 -p 8080:80 nginx', 'docker service create -p 8080:80 --replicas=3 --name=web nginx:latest', 'flag order, = forms, implicit tag'],
	['docker service create -e A=1 -e B=2 nginx', 'docker service create --env B=2 --env=A=1 nginx', '-e repeatable, long form'],
	['docker service create -l tier=fe --constraint node.role==worker nginx', 'docker service create --constraint=node.role==worker --label tier=fe nginx', '-l = --label'],
	['docker service create --mount type=bind,src=/data,dst=/data nginx', 'docker service create --mount type=bind,source=/data,target=/data nginx', 'mount key aliases'],
	[
		'docker service create --secret db --config app --with-registry-auth --network back --mode global nginx',
		'docker service create --mode=global --network=back --with-registry-auth --config app --secret db nginx',
		'secret, config, network, mode'
	],
	['docker service create -d -q -t nginx', 'docker service create --detach --quiet --tty nginx', 'short booleans'],
	['docker service create --dns-option ndots:2 --dns-search example.com nginx', 'docker service create --dns-search=example.com --dns-option=ndots:2 nginx', 'dns options'],
	['docker service create --name web nginx sh -c "echo hi"', "docker service create --name web nginx sh -c 'echo hi'", 'container command after the image'],
	['docker service ls', 'docker service list', 'ls alias'],
	['docker service ps -q web', 'docker service ps --quiet web', 'ps -q'],
	['docker service logs -f --tail 50 web', 'docker service logs --follow -n 50 web', 'logs -f, -n = --tail'],
	['docker service logs -f web', 'docker service logs web --follow', 'logs flags after the service'],
	['docker service scale web=5 api=2', 'docker service scale api=2 web=5', 'scale pairs as a set'],
	['docker service update --image nginx:1.25 web', 'docker service update web --image=nginx:1.25', 'update --image anywhere'],
	['docker service update --env-add A=1 --dns-option-add ndots:2 web', 'docker service update --dns-option-add=ndots:2 --env-add A=1 web', 'update -add flags'],
	['docker service update --publish-add 8080:80 --replicas 2 web', 'docker service update --replicas=2 --publish-add=8080:80 web', 'update --publish-add'],
	['docker service rm web api', 'docker service remove api web', 'rm = remove, names as a set'],
	['docker service inspect --pretty web', 'docker service inspect web --pretty', 'inspect --pretty'],
	// docker swarm
	['docker swarm init --advertise-addr 192.168.1.10', 'docker swarm init --advertise-addr=192.168.1.10', 'init --advertise-addr='],
	['docker swarm init --default-addr-pool 10.10.0.0/16,10.20.0.0/16', 'docker swarm init --default-addr-pool 10.20.0.0/16 --default-addr-pool 10.10.0.0/16', 'address pools as items'],
	['docker swarm join --token SWMTKN-1-abc 192.168.1.10:2377', 'docker swarm join 192.168.1.10:2377 --token=SWMTKN-1-abc', 'join --token anywhere'],
	['docker swarm join-token -q worker', 'docker swarm join-token worker --quiet', 'join-token -q'],
	['docker swarm leave --force', 'docker swarm leave -f', 'leave -f'],
	['docker swarm update --autolock', 'docker swarm update --autolock=true', 'boolean =true'],
	// docker stack
	['docker stack deploy -c docker-compose.yml app', 'docker stack up --compose-file ./docker-compose.yml app', 'deploy = up, -c = --compose-file'],
	['docker stack deploy -c base.yml -c prod.yml app', 'docker stack deploy --compose-file=base.yml --compose-file prod.yml app', '-c repeatable'],
	['docker stack deploy -c a.yml app', 'docker stack deploy -c a.yml --detach app', '--detach is the default'],
	['docker stack rm app', 'docker stack down app', 'rm = down'],
	['docker stack rm app', 'docker stack remove app', 'rm = remove'],
	['docker stack ls', 'docker stack list', 'ls = list'],
	['docker stack ps -q app', 'docker stack ps --quiet app', 'stack ps -q'],
	['docker stack services --format json app', 'docker stack services app --format=json', 'stack services --format'],
	// docker node, secret, config
	['docker node ls', 'docker node list', 'node ls = list'],
	['docker node update --availability drain worker1', 'docker node update worker1 --availability=drain', 'node update --availability'],
	['docker node update --label-add zone=a worker1', 'docker node update --label-add=zone=a worker1', '--label-add='],
	['docker node promote n1 n2', 'docker node promote n2 n1', 'promote names as a set'],
	['docker secret create -l env=prod db_pass ./pass.txt', 'docker secret create --label env=prod db_pass pass.txt', 'secret -l, file path'],
	['docker secret create -d vault db_pass -', 'docker secret create --driver=vault db_pass -', 'secret -d = --driver'],
	['docker config create --template-driver golang app ./app.conf', 'docker config create app app.conf --template-driver=golang', 'config --template-driver'],
	['docker config ls', 'docker config list', 'config ls = list'],
	// docker buildx
	[
		'docker buildx build --platform linux/amd64,linux/arm64 -t user/app --push .',
		'docker buildx build --push --platform linux/arm64 --platform linux/amd64 --tag user/app:latest .',
		'platforms as items, -t = --tag'
	],
	['docker buildx build --load -t app -f Dockerfile.dev .', 'docker build --file ./Dockerfile.dev --tag app --load .', 'buildx build = docker build'],
	[
		'docker buildx build --build-arg V=1 --cache-from type=registry,ref=u/app:cache --cache-to type=inline -t app .',
		'docker buildx build -t app --cache-to=type=inline --cache-from=type=registry,ref=u/app:cache --build-arg=V=1 .',
		'cache flags and build args'
	],
	['docker buildx --builder mybuilder build .', 'docker buildx build --builder mybuilder .', '--builder before or after build'],
	['docker buildx b -t app .', 'docker buildx build -t app .', 'b = build'],
	['docker buildx create --name mybuilder --use', 'docker buildx create --use --name=mybuilder', 'create --name --use'],
	['docker buildx create --driver-opt network=host,image=moby/buildkit:master', 'docker buildx create --driver-opt image=moby/buildkit:master --driver-opt network=host', 'driver options as items'],
	['docker buildx create --buildkitd-config bk.toml', 'docker buildx create --config bk.toml', 'hidden --config alias'],
	['docker buildx inspect --bootstrap mybuilder', 'docker buildx inspect mybuilder --bootstrap', 'inspect --bootstrap'],
	['docker buildx -D ls', 'docker buildx --debug ls', 'buildx -D = --debug'],
	['docker buildx prune -a -f', 'docker builder prune --all --force', 'builder prune = buildx prune'],
	// docker system, context, plugin, trust
	['docker system prune -a --volumes -f', 'docker system prune --force --all --volumes', 'system prune flags'],
	['docker system df -v', 'docker system df --verbose', 'df -v'],
	['docker context ls -q', 'docker context list --quiet', 'context ls = list'],
	['docker context rm -f prod', 'docker context remove --force prod', 'context rm = remove'],
	['docker plugin install vieux/sshfs --grant-all-permissions', 'docker plugin install --grant-all-permissions vieux/sshfs:latest', 'plugin names are image references'],
	['docker plugin ls', 'docker plugin list', 'plugin ls = list'],
	['docker plugin rm -f vieux/sshfs', 'docker plugin remove --force vieux/sshfs', 'plugin rm = remove'],
	['docker trust revoke -y user/app:1.0', 'docker trust revoke --yes user/app:1.0', 'trust revoke -y'],
	// docker compose
	['docker compose up -d --build --force-recreate', 'docker-compose up --force-recreate --detach --build', 'v1 = v2, flag order'],
	['docker compose up -d --scale web=3 --scale worker=2', 'docker compose up --scale worker=2 --scale=web=3 -d', '--scale repeatable'],
	['docker compose up -V --remove-orphans --no-deps web', 'docker compose up web --renew-anon-volumes --no-deps --remove-orphans', '-V = --renew-anon-volumes'],
	['docker compose up --wait', 'docker-compose up --wait', 'up --wait'],
	['docker compose down -v --rmi all --remove-orphans -t 5', 'docker compose down --volumes --timeout=5 --rmi=all --remove-orphans', 'down flags'],
	['docker compose logs -f -t --tail 100 web', 'docker compose logs --timestamps --follow -n 100 web', 'logs -t = --timestamps, -n = --tail'],
	['docker compose exec -T -u root -w /app -e A=1 web sh', 'docker compose exec --no-TTY --user root --workdir=/app --env A=1 web sh', 'exec short and long forms'],
	['docker compose exec web sh', 'docker compose exec -it web sh', '-i and -t are on by default'],
	['docker compose run --rm -e A=1 -p 8080:80 web bash', 'docker-compose run -p 8080:80 --env A=1 --rm web bash', 'run flags'],
	['docker compose run --service-ports --no-deps -d web', 'docker compose run -P --no-deps --detach web', '-P = --service-ports'],
	['docker compose run -v ./data:/data -l a=1 web', 'docker compose run --volumes ./data:/data --labels a=1 web', '--volumes and --labels are normalized'],
	['docker compose ps -a -q --services', 'docker compose ps --services --all --quiet', 'ps flags'],
	['docker compose build --no-cache --pull web', 'docker-compose build --pull --no-cache web', 'build flags'],
	['docker compose config -q', 'docker compose config --quiet', 'config -q'],
	['docker compose config --services', 'docker compose convert --services', 'convert = config'],
	['docker compose -f a.yml -f b.yml up', 'docker compose --file a.yml --file=b.yml up', '-f repeatable'],
	[
		'docker compose -p demo --profile debug --env-file .env.prod up -d',
		'docker compose --project-name=demo --env-file=.env.prod --profile=debug up --detach',
		'project options'
	]
];

/** [expected, answer, why they differ] */
const DIFFERENT: DifferentPair[] = [
	// docker service
	['docker service create --replicas 3 nginx', 'docker service create --replicas 5 nginx', 'other replica count'],
	['docker service create -p 8080:80 nginx', 'docker service create -p 80:8080 nginx', 'published and target ports swapped'],
	['docker service create --name web nginx', 'docker service create nginx --name web', 'a flag after the image belongs to the container command'],
	['docker service update --image nginx:1.25 web', 'docker service update --image=nginx:1.26 web', 'other image'],
	['docker service update --env-add A=1 web', 'docker service update -e A=1 web', 'update has no -e, only --env-add'],
	['docker service scale web=3', 'docker service scale web=5', 'other scale'],
	['docker service logs -f web', 'docker service logs web', 'missing -f'],
	['docker service ls', 'docker service ps', 'ls is not ps'],
	// docker swarm, stack, node
	['docker swarm join-token worker', 'docker swarm join-token manager', 'other role'],
	['docker swarm leave --force', 'docker swarm leave', 'missing --force'],
	['docker swarm init --advertise-addr 10.0.0.1', 'docker swarm init --listen-addr 10.0.0.1', 'advertise is not listen'],
	['docker stack deploy -c a.yml app', 'docker stack deploy -c b.yml app', 'other compose file'],
	['docker stack deploy -c a.yml app', 'docker stack deploy -c a.yml --detach=false app', 'a default-true flag turned off'],
	['docker stack rm app', 'docker stack ls', 'rm is not ls'],
	['docker node update --availability drain n1', 'docker node update --availability active n1', 'other availability'],
	['docker node promote n1', 'docker node demote n1', 'promote is not demote'],
	['docker config create cfg ./app.conf', 'docker config create -d mydriver cfg ./app.conf', 'config create has no -d'],
	// buildx, system, trust, plugin
	['docker buildx build --push -t app .', 'docker buildx build --load -t app .', 'push is not load'],
	['docker buildx build --platform linux/amd64 .', 'docker buildx build --platform linux/arm64 .', 'other platform'],
	['docker buildx create --name b1 --use', 'docker buildx create --name b1', 'missing --use'],
	['docker buildx use b1', 'docker buildx create b1', 'use is not create'],
	['docker system prune -a', 'docker system prune --volumes', '-a is not --volumes'],
	['docker trust sign user/app:1.0', 'docker trust revoke user/app:1.0', 'sign is not revoke'],
	['docker plugin install vieux/sshfs', 'docker plugin install vieux/sshfs --disable', 'extra --disable'],
	// docker compose
	['docker compose up -d', 'docker compose up -D', 'case of a short flag'],
	['docker compose up --build', 'docker compose up --no-build', 'build is not no-build'],
	['docker compose down -v', 'docker compose down --rmi all', '-v is not --rmi'],
	['docker compose logs --tail 10 web', 'docker compose logs --tail 100 web', 'other tail'],
	['docker compose exec -T web sh', 'docker compose exec -t web sh', '-T is not -t'],
	['docker compose run --rm web', 'docker compose run web', 'missing --rm'],
	['docker compose ps --services', 'docker compose ps -q', '--services is not -q'],
	['docker compose -p demo up', 'docker compose -p prod up', 'other project name'],
	['docker compose --profile debug up', 'docker compose up --profile debug', '--profile is a project option, before the subcommand'],
	['docker compose build --no-cache', 'docker compose build --pull', 'other build flag'],
	['docker compose config --services', 'docker compose config --volumes', 'other listing']
];

describePairs('swarm, buildx and compose specs', EQUAL, DIFFERENT);

describe('swarm, buildx and compose specs: parsed structure', () => {
	it('has at least 30 pairs', () => {
		expect(EQUAL.length + DIFFERENT.length).toBeGreaterThanOrEqual(30);
	});

	it('stop service create flags at the image', () => {
		const cmd = parseCommand('docker service create --name web nginx --name other');
		expect(cmd.flags['--name']).toEqual(['web']);
		expect(cmd.command).toEqual(['--name', 'other']);
	});

	it('give update only the -add/-rm forms of list flags', () => {
		expect(parseCommand('docker service update --dns-search-add example.com web').unknownFlags).toEqual([]);
		expect(parseCommand('docker service update --dns-search example.com web').unknownFlags).toContain('--dns-search');
	});

	it('split comma-separated items of slice flags', () => {
		expect(parseCommand('docker swarm init --default-addr-pool 10.10.0.0/16,10.20.0.0/16').flags['--default-addr-pool']).toHaveLength(2);
		expect(parseCommand('docker manifest annotate --os-features a,b list img').flags['--os-features']).toHaveLength(2);
	});

	it('give -d, --driver to secrets only', () => {
		expect(parseCommand('docker secret create -d vault s f').unknownFlags).toEqual([]);
		expect(parseCommand('docker config create -d vault c f').unknownFlags).toContain('-d');
	});

	it('know plugin and trust commands', () => {
		expect(parseCommand('docker plugin list').path).toEqual(['plugin', 'ls']);
		expect(parseCommand('docker trust signer add --key alice.pub alice user/app').positionals).toEqual(['alice', 'user/app']);
		expect(parseCommand('docker trust key generate alice').path).toEqual(['trust', 'key', 'generate']);
	});

	it('know flags that take no value', () => {
		// `--with-registry-auth` and `--bootstrap` must not swallow the next word.
		expect(parseCommand('docker service create --with-registry-auth nginx').positionals).toEqual(['nginx:latest']);
		expect(parseCommand('docker buildx inspect --bootstrap mybuilder').positionals).toEqual(['mybuilder']);
		expect(parseCommand('docker compose up --wait web').positionals).toEqual(['web']);
	});

	it('read compose run options', () => {
		const cmd = parseCommand('docker compose run --env-from-file .env -q --quiet-build web ls');
		expect(cmd.unknownFlags).toEqual([]);
		expect(cmd.command).toEqual(['ls']);
	});
});
