/**
 * The GitHub emulator: one HTTP server on 127.0.0.1 laid out like GitHub
 * Enterprise Server (REST under /api/v3, uploads under /api/uploads, GraphQL
 * at /api/graphql, git remotes at /OWNER/REPO.git), with state inspectable
 * by tests, OpenAPI contract checks and fault injection.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS_BOT, userRecord } from './builders/users.js';
import { assetDownloadUrl } from './builders/releases.js';
import type { EmulatorCore, RouteContext, Urls } from './context.js';
import type { Contract, Finding, Violation } from './contract.js';
import { contractFor } from './contract.js';
import { DEFAULT_DISCUSSION_CATEGORIES, discussionCategories } from './discussions.js';
import type { ActiveFault, FaultKind, FaultSpec } from './faults.js';
import { FaultInjector, PRIMARY_RATE_LIMIT_DOCS, SECONDARY_RATE_LIMIT_DOCS, SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
import { BareRepo, runGit } from './git.js';
import { PROTECTED_REFS_ENV, REJECT_PUSH_ENV, installPreReceiveHook, serveGitHttp } from './git-http.js';
import { answerGraphql } from './graphql.js';
import { RequestHold, type HoldSpec } from './holds.js';
import type { RouteResult } from './http.js';
import { HttpError, readBody } from './http.js';
import type { SpecIndex } from './openapi.js';
import type { Denial, Need, TokenGrant } from './permissions.js';
import { GIT_NEEDS, NOT_ACCESSIBLE, OPERATION_NEEDS, acceptedHeader, allows, describeNeed, reaches } from './permissions.js';
import { loadSpec } from './openapi.js';
import { UPLOAD_OPERATIONS, routes } from './routes/index.js';
import type { EmulatorState, PagesRecord, RepoState, UserRecord } from './state.js';
import { isoNow, nodeId, repoKey } from './state.js';

export interface EmulatorOptions {
  /** The token accepted from the start, with every permission on every repository (default 'test-token'); `gh.issueToken` adds scoped ones. */
  token?: string;
  /** Who the token belongs to (default github-actions[bot]). */
  login?: string;
  /**
   * Answer a contract violation at once with a 400 naming it, instead of only recording it,
   * and record a call refused for its token's permissions as a violation too.
   */
  strict?: boolean;
  /**
   * Keep everything in this folder (created when missing): the bare repositories, and the
   * records saved after every write before it is answered, so that a process killed at any
   * moment leaves all it acknowledged on disk. An emulator started on a folder that holds a
   * saved state takes it up again, on the same port by default (URLs in the repositories'
   * history and in records stay valid). Without it, everything lives in a temp dir removed by
   * stop().
   */
  stateDir?: string;
  /** Listen on this port (default: the saved port of `stateDir`, else any free port). */
  port?: number;
}

/** What `stateDir` holds besides the repositories: records without asset bytes (those are in assets/<sha256>). */
interface SavedState {
  version: 1;
  port: number;
  ids: number;
  repos: EmulatorState['repos'];
  /** The tokens `issueToken` minted, so that one handed out before a kill is still taken after it. */
  tokens?: Record<string, TokenGrant>;
}

const STATE_FILE = 'emulator-state.json';

function pagesRecord(given: NonNullable<CreateRepoOptions['pages']>): PagesRecord {
  if ('buildType' in given) return { buildType: 'workflow', status: 'built' };
  return { buildType: 'legacy', source: { branch: given.branch, path: given.path ?? '/' }, status: 'built' };
}

export interface CreateRepoOptions {
  /** Default: the current branch of `fromDir`, else 'main'. */
  defaultBranch?: string;
  /** A local git repository whose branches and tags become the repository's content. */
  fromDir?: string;
  /** Without `fromDir`, start with one commit holding a README (default true), as GitHub's "Add a README". */
  autoInit?: boolean;
  private?: boolean;
  /** Discussion category names (default GitHub's six); [] disables discussions. */
  discussionCategories?: string[];
  /** Branches whose pushes and REST updates are refused (GitHub's GH006). */
  protectedBranches?: string[];
  /**
   * GitHub Pages enabled from the start (default: off). Unlike POST /pages, the branch is not
   * required to exist, so that a test can model a pages branch deleted after Pages was enabled.
   */
  pages?: { branch: string; path?: '/' | '/docs' } | { buildType: 'workflow' };
  /** Immutable releases on (default off): a published release's assets can no longer be uploaded, changed or deleted. */
  immutableReleases?: boolean;
}

export type RequestArea = 'rest' | 'uploads' | 'graphql' | 'git' | 'download' | 'other';

export interface RequestLogEntry {
  method: string;
  area: RequestArea;
  /** Below the area's root: `/repos/o/r/releases`, `/graphql`, `/o/r.git/info/refs`. */
  path: string;
  query: string;
  /** 0 while unanswered (or never, for a stall). */
  status: number;
  operationId?: string;
  fault?: FaultKind;
  /** Stopped by a hold (`gh.hold`) before it was served. */
  held?: boolean;
  /** The name of the token's grant (see `gh.issueToken`); unset when no valid token was sent. */
  token?: string;
}

export interface Snapshot {
  repos: Record<string, { state: unknown; refs: Record<string, string> }>;
}

const API_ROOT = '/api/v3';
const UPLOADS_ROOT = '/api/uploads';
const GRAPHQL_PATH = '/api/graphql';
const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;
const DOWNLOAD_PATH = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/;
const STREAMING_FAULTS: FaultKind[] = ['status', 'secondary-rate-limit', '429', 'rate-limit-exhausted', 'stall', 'reset', 'late'];

export class GitHubEmulator implements EmulatorCore {
  readonly state: EmulatorState = { repos: {} };
  readonly requests: RequestLogEntry[] = [];
  readonly violations: Violation[] = [];
  /** Calls refused because the token lacked a permission or did not reach the repository. */
  readonly denials: Denial[] = [];
  private readonly grants = new Map<string, TokenGrant>();
  readonly user: UserRecord;
  readonly urls: Urls;
  private readonly faults = new FaultInjector();
  private readonly holds: RequestHold[] = [];
  private readonly sockets = new Set<Socket>();
  /** One per repository, so that each keeps its object reader between requests. */
  private readonly bareRepos = new Map<string, BareRepo>();
  private ids = 1000;
  /** Set when the state lives in a folder of the caller's (see EmulatorOptions.stateDir). */
  private persistent = false;
  /** Writes saved since start (the persistence test counts them). */
  saves = 0;

  private constructor(
    private readonly server: Server,
    readonly root: string,
    private readonly token: string,
    private readonly strict: boolean,
    private readonly spec: SpecIndex,
    private readonly contract: Contract,
    login: string | undefined,
  ) {
    const { port } = server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    this.urls = { server: origin, api: origin + API_ROOT, uploads: origin + UPLOADS_ROOT, graphql: origin + GRAPHQL_PATH };
    this.user = login && login !== ACTIONS_BOT.login ? userRecord(login, ACTIONS_BOT) : ACTIONS_BOT;
    this.grants.set(token, { name: 'default' });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res));
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(opts: EmulatorOptions = {}): Promise<GitHubEmulator> {
    const spec = await loadSpec();
    let saved: SavedState | undefined;
    let root: string;
    if (opts.stateDir) {
      root = opts.stateDir;
      mkdirSync(root, { recursive: true });
      saved = readSaved(root);
    } else {
      root = await mkdtemp(join(tmpdir(), 'gh-emulator-'));
    }
    const server = createServer();
    const port = opts.port ?? saved?.port ?? 0;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'EADDRINUSE' ? new Error(`the GitHub emulator of ${root} listens on 127.0.0.1:${port}, which something else holds now: stop it, or start with a fresh folder`) : err),
      );
      server.listen(port, '127.0.0.1', resolve);
    });
    const gh = new GitHubEmulator(server, root, opts.token ?? 'test-token', opts.strict ?? false, spec, contractFor(spec), opts.login);
    if (opts.stateDir) {
      gh.persistent = true;
      if (saved) {
        gh.ids = saved.ids;
        Object.assign(gh.state.repos, saved.repos);
        for (const [token, grant] of Object.entries(saved.tokens ?? {})) gh.grants.set(token, grant);
      }
      gh.save();
    }
    return gh;
  }

  /**
   * Writes the records to the state folder (no-op without one): asset bytes once per sha256,
   * then the records to a new file renamed over the old one, so a kill mid-write leaves the
   * previous complete state.
   */
  save(): void {
    if (!this.persistent) return;
    const assets = join(this.root, 'assets');
    mkdirSync(assets, { recursive: true });
    const repos = structuredClone(this.state.repos);
    for (const repo of Object.values(repos)) {
      for (const release of repo.releases) {
        for (const a of release.assets) {
          const file = join(assets, a.sha256);
          if (!existsSync(file)) {
            writeFileSync(`${file}.new`, a.data);
            renameSync(`${file}.new`, file);
          }
          (a as { data?: unknown }).data = undefined;
        }
      }
    }
    const { port } = this.server.address() as AddressInfo;
    const tokens = Object.fromEntries([...this.grants].filter(([token]) => token !== this.token));
    const state: SavedState = { version: 1, port, ids: this.ids, repos, tokens };
    const file = join(this.root, STATE_FILE);
    writeFileSync(`${file}.new`, `${JSON.stringify(state)}\n`);
    renameSync(`${file}.new`, file);
    this.saves += 1;
  }

  get apiUrl(): string {
    return this.urls.api;
  }
  get serverUrl(): string {
    return this.urls.server;
  }
  get graphqlUrl(): string {
    return this.urls.graphql;
  }
  get uploadsUrl(): string {
    return this.urls.uploads;
  }

  /** The variables a runner would set, pointing at the emulator. */
  env(): Record<string, string> {
    return { GITHUB_API_URL: this.urls.api, GITHUB_SERVER_URL: this.urls.server, GITHUB_GRAPHQL_URL: this.urls.graphql, GITHUB_TOKEN: this.token };
  }

  /**
   * Git configuration through the environment that authenticates to the
   * emulator the way actions/checkout does (an `http.extraheader`), so the
   * token never appears in a remote URL or a log line.
   */
  gitAuthEnv(token = this.token): Record<string, string> {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${this.urls.server}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
  }

  /**
   * A new token with `permissions` (undefined: all) on `repositories` (undefined: all), as
   * GitHub mints a GITHUB_TOKEN per job from its `permissions:`. `name` names the holder in
   * denials and violations.
   */
  issueToken(grant: TokenGrant): string {
    const token = `ghs_${randomUUID().replace(/-/g, '')}`;
    this.grants.set(token, { ...grant, ...(grant.repositories ? { repositories: grant.repositories.map((r) => r.toLowerCase()) } : {}) });
    // saved before it is handed out, like every write
    this.save();
    return token;
  }

  /** The grant of a token issued by this emulator, or undefined. */
  grantOf(token: string): TokenGrant | undefined {
    return this.grants.get(token);
  }

  nextId(): number {
    this.ids += 1;
    return this.ids;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.state.repos[repoKey(`${owner}/${name}`)];
  }

  /** A repository's state; throws when the test did not create it. */
  repo(fullName: string): RepoState {
    const repo = this.state.repos[repoKey(fullName)];
    if (!repo) throw new Error(`the emulator has no repository ${fullName}`);
    return repo;
  }

  git(repo: RepoState): BareRepo {
    const path = this.repoPath(repo.fullName);
    let git = this.bareRepos.get(path);
    if (!git) this.bareRepos.set(path, (git = new BareRepo(path)));
    return git;
  }

  repoPath(fullName: string): string {
    const repo = this.state.repos[repoKey(fullName)];
    const [owner, name] = repo ? [repo.owner, repo.name] : fullName.split('/');
    return join(this.root, owner!, `${name}.git`);
  }

  async createRepo(fullName: string, opts: CreateRepoOptions = {}): Promise<RepoState> {
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(fullName);
    if (!m) throw new Error(`not an owner/name: ${fullName}`);
    if (this.state.repos[repoKey(fullName)]) throw new Error(`repository ${fullName} exists already`);
    const [, owner, name] = m as unknown as [string, string, string];
    const path = join(this.root, owner, `${name}.git`);
    let defaultBranch = opts.defaultBranch;
    if (!defaultBranch && opts.fromDir) {
      const head = await runGit(['-C', opts.fromDir, 'symbolic-ref', '--short', 'HEAD']);
      defaultBranch = head.code === 0 ? head.stdout.toString('utf8').trim() : undefined;
    }
    defaultBranch ??= 'main';
    await mkdir(join(this.root, owner), { recursive: true });
    // a kill between `git init` and the save leaves a folder no record knows: start it afresh
    if (this.persistent) await rm(path, { recursive: true, force: true });
    await runGit(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, path]);
    const git = new BareRepo(path);
    this.bareRepos.set(path, git);
    // GitHub serves pushes over HTTP and lets clients fetch any commit by sha (actions/checkout does).
    await appendFile(join(path, 'config'), '[http]\n\treceivepack = true\n[uploadpack]\n\tallowAnySHA1InWant = true\n');
    if (opts.protectedBranches?.length) installPreReceiveHook(path);
    const id = this.nextId();
    const repo: RepoState = {
      id,
      nodeId: nodeId('R', id),
      owner,
      name,
      fullName: `${owner}/${name}`,
      defaultBranch,
      private: opts.private ?? false,
      createdAt: isoNow(),
      latestReleaseId: null,
      releases: [],
      labels: [],
      milestones: [],
      issues: [],
      pulls: [],
      dispatches: [],
      discussionCategories: discussionCategories(id, opts.discussionCategories ?? DEFAULT_DISCUSSION_CATEGORIES),
      discussions: [],
      protectedBranches: opts.protectedBranches ?? [],
      ...(opts.pages ? { pages: pagesRecord(opts.pages) } : {}),
      ...(opts.immutableReleases ? { immutableReleases: true } : {}),
      nextNumber: 1,
    };
    if (opts.fromDir) {
      const r = await git.run(['fetch', '--quiet', '--no-tags', opts.fromDir, '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*']);
      if (r.code !== 0) throw new Error(`cannot import ${opts.fromDir}: ${r.stderr}`);
    } else if (opts.autoInit !== false) {
      const tree = await git.writeTree(null, [{ path: 'README.md', data: Buffer.from(`# ${name}\n`) }]);
      const who = { name: this.user.login, email: `${this.user.id}+${this.user.login}@users.noreply.github.com` };
      const sha = await git.commitTree(tree, [], 'Initial commit\n', who, who);
      await git.updateRef(`refs/heads/${defaultBranch}`, sha, '');
    }
    this.state.repos[repoKey(fullName)] = repo;
    this.save();
    return repo;
  }

  /** From now on pushes to the branch and REST updates of it are refused, as with branch protection. */
  protectBranch(fullName: string, branch: string): void {
    const repo = this.repo(fullName);
    if (!repo.protectedBranches.includes(branch)) repo.protectedBranches.push(branch);
    installPreReceiveHook(this.repoPath(repo.fullName));
    this.save();
  }

  injectFault(spec: FaultSpec): ActiveFault {
    return this.faults.inject(spec);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /**
   * From now on matching requests wait until the test releases them (see holds.ts): a race
   * run in the order the test chooses. Opt-in; nothing is held without it.
   */
  hold(spec: HoldSpec): RequestHold {
    const hold = new RequestHold(spec);
    this.holds.push(hold);
    return hold;
  }

  /** Every record and every ref of every repository, for "nothing changed" assertions. */
  async snapshot(): Promise<Snapshot> {
    const repos: Snapshot['repos'] = {};
    for (const repo of Object.values(this.state.repos)) {
      const copy = structuredClone(repo);
      for (const r of copy.releases) for (const a of r.assets) (a as { data?: unknown }).data = undefined;
      const refs = Object.fromEntries((await this.git(repo).refs()).map((r) => [r.ref, r.sha]));
      repos[repo.fullName] = { state: copy, refs };
    }
    return { repos };
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) => `- ${v.method} ${v.path} (${v.operationId ?? 'no operation'}${v.token ? `, token of ${v.token}` : ''}) ${v.where}${v.status ? ` ${v.status}` : ''} ${v.pointer}: ${v.message}`,
    );
    // Cleared once reported, so the next test is not blamed for them.
    this.violations.length = 0;
    throw new Error(`GitHub emulator saw ${lines.length} contract violation(s):\n${lines.join('\n')}`);
  }

  async stop(): Promise<void> {
    for (const hold of this.holds) hold.close();
    for (const git of this.bareRepos.values()) git.close();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (!this.persistent) await rm(this.root, { recursive: true, force: true });
    // what no test asserted on — an emulator error a client retry hid, a contract break — fails the teardown
    this.assertNoViolations();
  }

  // ---- request handling -------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.urls.server);
    const method = (req.method ?? 'GET').toUpperCase();
    const p = url.pathname;
    const [area, path]: [RequestArea, string] =
      p === API_ROOT || p.startsWith(`${API_ROOT}/`)
        ? ['rest', p.slice(API_ROOT.length) || '/']
        : p.startsWith(`${UPLOADS_ROOT}/`)
          ? ['uploads', p.slice(UPLOADS_ROOT.length)]
          : p === GRAPHQL_PATH
            ? ['graphql', '/graphql']
            : GIT_PATH.test(p)
              ? ['git', p]
              : DOWNLOAD_PATH.test(p)
                ? ['download', p]
                : ['other', p];
    const entry: RequestLogEntry = { method, area, path, query: url.search, status: 0 };
    this.requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    const hold = this.holds.find((h) => h.matches(entry));
    if (hold) await hold.park(entry, new Promise<void>((answered) => res.on('close', answered)));
    try {
      await this.dispatch(req, res, entry, url);
    } catch (err) {
      this.crash(res, entry, err);
    }
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, url: URL): Promise<void> {
    const { area, method, path } = entry;
    const p = url.pathname;

    if (area === 'other') return this.send(res, 404, { message: 'Not Found' });
    if (area === 'download') return this.download(res, p);
    if (area === 'git') return this.gitRequest(req, res, entry, url);

    const grant = this.authorized(req.headers.authorization);
    if (!grant) {
      const message = req.headers.authorization ? 'Bad credentials' : 'Requires authentication';
      return this.send(res, 401, { message, documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    entry.token = grant.name;
    if (area === 'graphql') {
      // The body first: a fault may name the operation, and every GraphQL call shares one path.
      const raw = await readBody(req);
      const operation = graphqlOperationName(raw);
      entry.operationId = operation;
      if (await this.streamFault(req, res, entry, method, path, { operation, bodyRead: true })) return;
      return this.graphql(res, entry, raw, grant, operation);
    }
    if (await this.streamFault(req, res, entry, method, path)) return;
    const raw = await readBody(req);
    return this.rest(req, res, entry, grant, { area, method, path, url, raw });
  }

  private authorized(header: string | undefined): TokenGrant | undefined {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    return m?.[1] === undefined ? undefined : this.grants.get(m[1]);
  }

  /**
   * Records a refused call (and, in strict mode, a violation: an action that swallows the 403
   * still fails the run that made it).
   */
  private deny(entry: RequestLogEntry, d: Omit<Denial, 'token' | 'method' | 'area' | 'path'>): void {
    const denial: Denial = { token: entry.token ?? '', method: entry.method, area: entry.area as Denial['area'], path: entry.path, ...d };
    this.denials.push(denial);
    if (this.strict) {
      this.record(entry, d.operationId ?? null, [{ where: 'route', pointer: '', message: `permission: the token of ${denial.token} ${d.needed.startsWith('does not') ? d.needed : `lacks ${d.needed}`}` }]);
    }
  }

  /** GitHub's 403 for a REST call its token may not make: body, and the permissions that would do. */
  private refuse(res: ServerResponse, entry: RequestLogEntry, docs: string | undefined, operationId: string, repository: string | undefined, need: Need | undefined): void {
    const needed = need ? describeNeed(need) : `does not reach ${repository ?? 'the repository'}`;
    this.deny(entry, { operationId, ...(repository ? { repository } : {}), needed, message: NOT_ACCESSIBLE });
    const headers: Record<string, string> = need ? { 'x-accepted-github-permissions': acceptedHeader(need) } : {};
    this.send(res, 403, { message: NOT_ACCESSIBLE, documentation_url: docs ?? 'https://docs.github.com/rest', status: '403' }, headers);
  }

  private async rest(
    req: IncomingMessage,
    res: ServerResponse,
    entry: RequestLogEntry,
    grant: TokenGrant,
    r: { area: RequestArea; method: string; path: string; url: URL; raw: Buffer },
  ): Promise<void> {
    const match = this.spec.match(r.method, r.path);
    const onUploads = r.area === 'uploads';
    if (!match || onUploads !== UPLOAD_OPERATIONS.has(match.operation.operationId)) {
      const why = match ? `${match.operation.operationId} is not served on the ${r.area} root` : 'no documented operation has this method and path';
      this.record(entry, null, [{ where: 'route', pointer: '', message: why }]);
      return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
    const { operation, params } = match;
    entry.operationId = operation.operationId;
    const docs = operation.docsUrl;

    const contentType = String(req.headers['content-type'] ?? '');
    const isJson = /json/.test(contentType) || (contentType === '' && !onUploads);
    const body: { present: boolean; json?: unknown; parseError?: string; contentType: string } = { present: r.raw.length > 0, contentType };
    if (body.present && isJson) {
      try {
        body.json = JSON.parse(r.raw.toString('utf8'));
      } catch (err) {
        body.parseError = (err as Error).message;
      }
    }
    const findings = this.contract.checkRequest(operation, params, r.url.searchParams, body);
    if (findings.length > 0) {
      this.record(entry, operation.operationId, findings);
      if (this.strict) return this.sendStrict(res, findings);
      if (body.parseError !== undefined) return this.send(res, 400, { message: 'Problems parsing JSON', documentation_url: docs, status: '400' });
      const bodyFindings = findings.filter((f) => f.where === 'body');
      if (bodyFindings.length > 0) {
        const detail = bodyFindings.map((f) => `For '${f.pointer}', ${f.message}.`).join('\n');
        return this.send(res, 422, { message: `Invalid request.\n\n${detail}`, documentation_url: docs, status: '422' });
      }
    }

    const handler = routes[operation.operationId];
    if (!handler) {
      this.record(entry, operation.operationId, [{ where: 'route', pointer: '', message: `${operation.operationId} is documented but not implemented by the emulator` }]);
      return this.send(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' });
    }
    let repo: RepoState | undefined;
    if (params.owner !== undefined && params.repo !== undefined) {
      const fullName = `${params.owner}/${params.repo}`;
      if (!reaches(grant, fullName)) return this.refuse(res, entry, docs, operation.operationId, fullName, undefined);
      repo = this.findRepo(params.owner, params.repo);
      if (!repo) return this.send(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' });
    }
    const need = OPERATION_NEEDS[operation.operationId];
    if (!need) throw new Error(`${operation.operationId} is served but declares no permission in permissions.ts`);
    if (!allows(grant, need)) return this.refuse(res, entry, docs, operation.operationId, repo?.fullName, need);
    const ctx: RouteContext = { core: this, operation, repo: repo!, params, url: r.url, headers: req.headers, body: body.json, raw: r.raw, grant };
    const afterWrite = this.faults.find(['after-write'], r.method, r.path);
    let result: RouteResult;
    try {
      result = await handler(ctx);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      result = { status: err.status, body: err.body(docs), headers: err.headers };
    }
    // saved before the answer: what a client was told is written survives a kill
    if (r.method !== 'GET' && r.method !== 'HEAD') this.save();
    if (result.body !== undefined && !result.bytes) {
      const problems = this.contract.checkResponse(operation, result.status, 'application/json', result.body);
      if (problems.length > 0) {
        this.record(entry, operation.operationId, problems);
        if (this.strict) return this.sendStrict(res, problems);
      }
    }
    if (afterWrite && result.status < 400) {
      this.faults.consume(afterWrite);
      entry.fault = 'after-write';
      return this.send(res, afterWrite.status ?? 500, { message: 'Server Error' });
    }
    if (result.bytes) {
      res.writeHead(result.status, { ...this.standardHeaders(), ...result.headers, 'content-type': result.bytes.contentType });
      res.end(result.bytes.data);
      return;
    }
    return this.send(res, result.status, result.body, result.headers);
  }

  private async graphql(res: ServerResponse, entry: RequestLogEntry, raw: Buffer, grant: TokenGrant, operation?: string): Promise<void> {
    let request: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      request = JSON.parse(raw.toString('utf8')) as typeof request;
    } catch {
      return this.send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql', status: '400' });
    }
    const answer = await answerGraphql(this, request, grant);
    for (const f of answer.forbidden) this.deny(entry, { operationId: operation ?? 'graphql', ...(f.repository ? { repository: f.repository } : {}), needed: f.needed, message: f.message });
    // a mutation may have written (a query writes nothing, but telling them apart is not worth a parse)
    this.save();
    entry.operationId = operation;
    if (answer.findings.length > 0) this.record(entry, entry.operationId ?? 'graphql', answer.findings);
    const afterWrite = this.faults.find(['after-write'], entry.method, entry.path, undefined, operation);
    if (afterWrite && !answer.body.errors) {
      this.faults.consume(afterWrite);
      entry.fault = 'after-write';
      return this.send(res, afterWrite.status ?? 500, { message: 'Server Error' });
    }
    return this.send(res, 200, answer.body);
  }

  private async gitRequest(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, url: URL): Promise<void> {
    const [, owner, name, service] = GIT_PATH.exec(url.pathname)!;
    const password = basicPassword(req.headers.authorization);
    const grant = password === undefined ? undefined : this.grants.get(password);
    if (!grant) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' });
      res.end(password === undefined ? 'Authentication required\n' : 'Invalid username or token. Password authentication is not supported for Git operations.\n');
      return;
    }
    const repo = this.findRepo(owner!, name!);
    if (!repo) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Repository not found.\n');
      return;
    }
    entry.token = grant.name;
    const pushing = service === 'git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack';
    const need = pushing ? GIT_NEEDS.push : GIT_NEEDS.fetch;
    if (!reaches(grant, repo.fullName) || !allows(grant, need)) {
      const needed = reaches(grant, repo.fullName) ? describeNeed(need) : `does not reach ${repo.fullName}`;
      const message = `Permission to ${repo.fullName}.git denied to ${this.user.login}.`;
      this.deny(entry, { operationId: pushing ? 'git-receive-pack' : 'git-upload-pack', repository: repo.fullName, needed, message });
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`${message}\n`);
      return;
    }
    if (await this.streamFault(req, res, entry, entry.method, entry.path)) return;
    const env: Record<string, string> = { [PROTECTED_REFS_ENV]: repo.protectedBranches.map((b) => `refs/heads/${b}`).join(',') };
    if (pushing) {
      const fault = this.faults.find(['reject-push'], entry.method, entry.path, repo.fullName);
      const nonFastForward = fault?.reason === 'non-fast-forward';
      // A concurrent push is staged while the pusher reads the refs; a protected branch refuses the push itself.
      if (fault && nonFastForward && service === 'info/refs') {
        this.faults.consume(fault);
        entry.fault = 'reject-push';
        await this.landConcurrentPush(repo, fault.branch ?? repo.defaultBranch, fault.from);
      } else if (fault && !nonFastForward && service === 'git-receive-pack') {
        this.faults.consume(fault);
        entry.fault = 'reject-push';
        env[REJECT_PUSH_ENV] = '1';
        // The refusing hook costs a node start per push, so it is only installed where a push may be refused.
        installPreReceiveHook(this.repoPath(repo.fullName));
      }
    }
    const cgi = { projectRoot: this.root, pathInfo: `/${repo.owner}/${repo.name}.git/${service}`, query: url.search.replace(/^\?/, ''), remoteUser: 'x-access-token', env };
    const afterWrite = service === 'git-receive-pack' ? this.faults.find(['after-write'], entry.method, entry.path) : undefined;
    if (afterWrite) {
      // The push is applied (refs updated, hooks run), then the pusher gets a 500 instead of git's report.
      this.faults.consume(afterWrite);
      entry.fault = 'after-write';
      await serveGitHttp(req, discardingResponse(), cgi);
      res.writeHead(afterWrite.status ?? 500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error\n');
      return;
    }
    await serveGitHttp(req, res, cgi);
  }

  /** Someone else pushed first: the branch gains a commit the pusher does not have. */
  private async landConcurrentPush(repo: RepoState, branch: string, from?: string): Promise<void> {
    const git = this.git(repo);
    const tip = await git.resolve(`refs/heads/${branch}`);
    // A branch that is not there yet starts from `from` when given, else as an orphan.
    const parent = tip ?? (from ? await git.resolve(`refs/heads/${from}`) : undefined);
    const tree = await git.writeTree(parent ? await git.resolve(parent, 'tree') : null, [{ path: 'CONCURRENT-CHANGE.md', data: Buffer.from(`${randomUUID()}\n`) }]);
    const who = { name: 'Someone Else', email: 'someone-else@example.invalid' };
    const sha = await git.commitTree(tree, parent ? [parent] : [], 'A concurrent change\n', who, who);
    await git.updateRef(`refs/heads/${branch}`, sha, tip ?? '');
  }

  /** Release downloads need no token, like the signed URLs GitHub redirects to. */
  private download(res: ServerResponse, path: string): void {
    const [, owner, name] = DOWNLOAD_PATH.exec(path)!;
    const repo = this.findRepo(decodeURIComponent(owner!), decodeURIComponent(name!));
    const wanted = decodeURIComponent(path);
    for (const release of repo?.releases ?? []) {
      const asset = release.assets.find((a) => decodeURIComponent(new URL(assetDownloadUrl(this.urls, repo!, release, a)).pathname) === wanted);
      if (!asset) continue;
      asset.downloadCount += 1;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.size), 'content-disposition': `attachment; filename=${asset.name}` });
      res.end(asset.data);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
  }

  /** Faults that replace the answer; true when one was applied. */
  private async streamFault(
    req: IncomingMessage,
    res: ServerResponse,
    entry: RequestLogEntry,
    method: string,
    path: string,
    opts: { operation?: string; bodyRead?: boolean } = {},
  ): Promise<boolean> {
    const fault = this.faults.find(STREAMING_FAULTS, method, path, undefined, opts.operation);
    if (!fault) return false;
    this.faults.consume(fault);
    entry.fault = fault.kind;
    const limitHeaders = (remaining: number, resetIn = 3600) => ({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
      'x-ratelimit-resource': 'core',
    });
    switch (fault.kind) {
      case 'status': {
        const status = fault.status ?? 500;
        this.send(res, status, { message: status === 503 ? 'Service Unavailable' : status === 502 ? 'Bad Gateway' : 'Server Error' });
        return true;
      }
      case 'secondary-rate-limit':
      case '429': {
        const retryAfter = fault.retryAfter === undefined ? 1 : fault.retryAfter;
        const headers: Record<string, string> = { ...limitHeaders(4000), ...(retryAfter === null ? {} : { 'retry-after': String(retryAfter) }) };
        const status = fault.kind === '429' ? 429 : 403;
        this.send(res, status, { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: SECONDARY_RATE_LIMIT_DOCS, status: String(status) }, headers);
        return true;
      }
      case 'rate-limit-exhausted':
        this.send(res, 403, { message: `API rate limit exceeded for installation ID 1.`, documentation_url: PRIMARY_RATE_LIMIT_DOCS, status: '403' }, limitHeaders(0, fault.resetIn ?? 1));
        return true;
      case 'stall':
        // Never answered; the client's timeout (or stop()) ends it.
        req.resume();
        return true;
      case 'reset':
        if (!opts.bodyRead) await readBody(req);
        req.socket.destroy();
        return true;
      case 'late':
        // then served as usual: an answer that comes late, not a failure
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
        return false;
      default:
        return false;
    }
  }

  private standardHeaders(): Record<string, string> {
    return {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - this.requests.length)),
      'x-ratelimit-used': String(Math.min(5000, this.requests.length)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
    };
  }

  private send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...this.standardHeaders(),
      ...headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }),
    });
    res.end(text);
  }

  private sendStrict(res: ServerResponse, findings: Finding[]): void {
    const detail = findings.map((f) => `${f.where}${f.status ? ` ${f.status}` : ''} ${f.pointer}: ${f.message}`).join('; ');
    this.send(res, 400, { message: `[github-emulator] OpenAPI contract violation: ${detail}` });
  }

  private record(entry: RequestLogEntry, operationId: string | null, findings: Finding[]): void {
    for (const f of findings) this.violations.push({ operationId, method: entry.method, path: entry.path, ...f, ...(entry.token ? { token: entry.token } : {}) });
  }

  /** An emulator bug: answered as GitHub's 500 and recorded, so the test fails with the cause. */
  private crash(res: ServerResponse, entry: RequestLogEntry, err: unknown): void {
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    this.record(entry, entry.operationId ?? null, [{ where: 'route', pointer: '', message: `emulator error: ${message}` }]);
    if (!res.headersSent) this.send(res, 500, { message: 'Server Error' });
    else res.end();
  }
}

function readSaved(root: string): SavedState | undefined {
  const file = join(root, STATE_FILE);
  if (!existsSync(file)) return undefined;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
  if (saved.version !== 1) throw new Error(`${file}: not a state this emulator can read (version ${String(saved.version)})`);
  for (const repo of Object.values(saved.repos)) {
    for (const release of repo.releases) for (const a of release.assets) a.data = readFileSync(join(root, 'assets', a.sha256));
  }
  return saved;
}

function basicPassword(header: string | undefined): string | undefined {
  const m = /^basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : decoded.slice(colon + 1);
}

/** The operation name of a GraphQL request: `operationName`, else the first named `query`/`mutation` of the document. */
function graphqlOperationName(raw: Buffer): string | undefined {
  try {
    const request = JSON.parse(raw.toString('utf8')) as { query?: unknown; operationName?: unknown };
    if (typeof request.operationName === 'string') return request.operationName;
    return typeof request.query === 'string' ? /^\s*(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] : undefined;
  } catch {
    return undefined;
  }
}

/** A response that goes nowhere: git's answer to a push whose pusher is sent a 500 instead. */
function discardingResponse(): ServerResponse {
  const sink = { writeHead: () => sink, write: () => true, end: () => sink };
  return sink as unknown as ServerResponse;
}
