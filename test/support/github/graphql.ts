/**
 * GraphQL, enough for Discussions: repository { discussionCategories,
 * discussions, discussion }, search(type: DISCUSSION), node(id),
 * createDiscussion and updateDiscussion. Documents are validated against
 * GitHub's published schema (`@octokit/graphql-schema`) and executed by
 * graphql-js against that same schema, so answers carry exactly the fields
 * asked for, aliases and fragments included.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GraphQLSchema, IntrospectionQuery } from 'graphql';
import { GraphQLError, buildClientSchema, execute, parse, validate } from 'graphql';
import type { EmulatorCore } from './context.js';
import type { Finding } from './contract.js';
import { createDiscussion } from './discussions.js';
import type { DiscussionCategoryRecord, DiscussionRecord, RepoState } from './state.js';
import { userRecord } from './builders/users.js';
import type { Need, TokenGrant } from './permissions.js';
import { DISCUSSION_READ, DISCUSSION_WRITE, NOT_ACCESSIBLE, allows, describeNeed, reaches } from './permissions.js';

let schemaLoading: Promise<GraphQLSchema> | undefined;

function loadSchema(): Promise<GraphQLSchema> {
  schemaLoading ??= (async () => {
    // The package exports only its ESM entry, which parses the schema eagerly; read the file itself.
    const dirs = createRequire(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
    const file = dirs.map((d) => join(d, '@octokit/graphql-schema/schema.json')).find((f) => existsSync(f));
    if (!file) throw new Error('@octokit/graphql-schema is not installed');
    return buildClientSchema(JSON.parse(await readFile(file, 'utf8')) as IntrospectionQuery);
  })();
  return schemaLoading;
}

export interface GraphqlAnswer {
  body: { data?: unknown; errors?: unknown[] };
  findings: Finding[];
  /** Fields refused for the token's permissions or repositories (answered null with a FORBIDDEN error). */
  forbidden: Array<{ repository?: string; needed: string; message: string }>;
}

const ALL: TokenGrant = { name: 'default' };

/** GitHub reports resolution failures with a top-level `type` such as NOT_FOUND. */
class TypedError extends GraphQLError {
  constructor(message: string, type: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { type, ...extra } });
  }
}

export async function answerGraphql(core: EmulatorCore, request: { query?: unknown; variables?: unknown; operationName?: unknown }, grant: TokenGrant = ALL): Promise<GraphqlAnswer> {
  const schema = await loadSchema();
  const forbidden: GraphqlAnswer['forbidden'] = [];
  if (typeof request.query !== 'string') {
    return { body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }, findings: [{ where: 'graphql', pointer: '/query', message: 'query is missing' }], forbidden };
  }
  let document;
  try {
    document = parse(request.query);
  } catch (err) {
    const message = (err as Error).message;
    return { body: { errors: [{ message }] }, findings: [{ where: 'graphql', pointer: '', message }], forbidden };
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return {
      body: { errors: invalid.map((e) => e.toJSON()) },
      findings: invalid.map((e) => ({ where: 'graphql' as const, pointer: e.locations?.map((l) => `${l.line}:${l.column}`).join(',') ?? '', message: e.message })),
      forbidden,
    };
  }
  const result = await execute({
    schema,
    document,
    rootValue: rootValue(core, guardFor(grant, forbidden)),
    variableValues: (request.variables ?? {}) as Record<string, unknown>,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
  });
  const findings: Finding[] = [];
  const errors = result.errors?.map((e) => {
    const { type, ...extensions } = e.extensions ?? {};
    // Anything but a deliberate GitHub-style error means the emulator lacks a field the document asked for.
    if (typeof type !== 'string') findings.push({ where: 'graphql', pointer: e.path?.join('.') ?? '', message: `not implemented by the emulator: ${e.message}` });
    return { ...(typeof type === 'string' ? { type } : {}), path: e.path, ...(Object.keys(extensions).length ? { extensions } : {}), locations: e.locations, message: e.message };
  });
  return { body: { data: result.data, ...(errors ? { errors } : {}) }, findings, forbidden };
}

/** Throws GitHub's FORBIDDEN error (the field answers null) when the token may not do `need` on `repo`. */
type Guard = (repo: RepoState, need: Need) => void;

function guardFor(grant: TokenGrant, forbidden: GraphqlAnswer['forbidden']): Guard {
  return (repo, need) => {
    const inReach = reaches(grant, repo.fullName);
    if (inReach && allows(grant, need)) return;
    forbidden.push({ repository: repo.fullName, needed: inReach ? describeNeed(need) : `does not reach ${repo.fullName}`, message: NOT_ACCESSIBLE });
    throw new TypedError(NOT_ACCESSIBLE, 'FORBIDDEN', { saml_failure: false });
  };
}

interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

function connection<T>(all: T[], args: { first?: number | null; after?: string | null }): Connection<T> {
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace('cursor:', '')) + 1 : 0;
  const end = args.first ? start + args.first : all.length;
  const nodes = all.slice(start, end);
  const cursor = (i: number) => Buffer.from(`cursor:${i}`).toString('base64');
  return {
    totalCount: all.length,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: cursor(start + i) })),
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: nodes.length ? cursor(start) : null,
      endCursor: nodes.length ? cursor(start + nodes.length - 1) : null,
    },
  };
}

function rootValue(core: EmulatorCore, guard: Guard) {
  const repos = () => Object.values(core.state.repos);
  const actor = (login: string) => {
    const user = userRecord(login, core.user);
    return { __typename: user.type, login: user.login, id: user.nodeId, url: `${core.urls.server}/${user.login}`, avatarUrl: `${core.urls.server}/avatars/u/${user.id}` };
  };
  const categoryNode = (repo: RepoState, c: DiscussionCategoryRecord) => ({
    __typename: 'DiscussionCategory',
    id: c.id,
    name: c.name,
    slug: c.slug,
    description: null,
    emoji: ':speech_balloon:',
    emojiHTML: '<div>💬</div>',
    isAnswerable: c.name === 'Q&A',
    createdAt: repo.createdAt,
    updatedAt: repo.createdAt,
    repository: () => repoNode(repo),
  });
  const discussionNode = (repo: RepoState, d: DiscussionRecord) => ({
    __typename: 'Discussion',
    id: d.id,
    number: d.number,
    title: d.title,
    body: d.body,
    url: `${core.urls.server}/${repo.fullName}/discussions/${d.number}`,
    resourcePath: `/${repo.fullName}/discussions/${d.number}`,
    createdAt: d.createdAt,
    updatedAt: d.createdAt,
    closed: false,
    locked: false,
    author: actor(d.author),
    category: categoryNode(repo, repo.discussionCategories.find((c) => c.id === d.categoryId)!),
    repository: () => repoNode(repo),
  });
  const repoNode = (repo: RepoState) => ({
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    url: `${core.urls.server}/${repo.fullName}`,
    isPrivate: repo.private,
    hasDiscussionsEnabled: repo.discussionCategories.length > 0,
    owner: actor(repo.owner),
    discussionCategories: (args: { first?: number; after?: string }) => {
      guard(repo, DISCUSSION_READ);
      return connection(repo.discussionCategories.map((c) => categoryNode(repo, c)), args);
    },
    discussionCategory: ({ slug }: { slug: string }) => {
      guard(repo, DISCUSSION_READ);
      const c = repo.discussionCategories.find((x) => x.slug === slug);
      return c ? categoryNode(repo, c) : null;
    },
    discussions: (args: { first?: number; after?: string; categoryId?: string | null; orderBy?: { direction?: string } }) => {
      guard(repo, DISCUSSION_READ);
      const list = repo.discussions.filter((d) => !args.categoryId || d.categoryId === args.categoryId);
      const ordered = args.orderBy?.direction === 'ASC' ? list : [...list].reverse();
      return connection(ordered.map((d) => discussionNode(repo, d)), args);
    },
    discussion: ({ number }: { number: number }) => {
      guard(repo, DISCUSSION_READ);
      const d = repo.discussions.find((x) => x.number === number);
      if (!d) throw new TypedError(`Could not resolve to a Discussion with the number of ${number}.`, 'NOT_FOUND');
      return discussionNode(repo, d);
    },
  });
  const repoById = (id: string) => repos().find((r) => r.nodeId === id);
  const discussionById = (id: string) => {
    for (const repo of repos()) {
      const d = repo.discussions.find((x) => x.id === id);
      if (d) return { repo, d };
    }
    return undefined;
  };

  return {
    viewer: () => actor(core.user.login),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = core.findRepo(owner, name);
      if (!repo) throw new TypedError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, 'NOT_FOUND');
      return repoNode(repo);
    },
    node: ({ id }: { id: string }) => {
      const repo = repoById(id);
      if (repo) return repoNode(repo);
      const found = discussionById(id);
      if (found) {
        guard(found.repo, DISCUSSION_READ);
        return discussionNode(found.repo, found.d);
      }
      throw new TypedError(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND');
    },
    /** `repo:OWNER/NAME` qualifiers and plain words matched against titles (`in:title` implied). */
    search: (args: { query: string; type: string; first?: number; after?: string }) => {
      const words = args.query.split(/\s+/).filter(Boolean);
      const scopes = words.filter((w) => w.startsWith('repo:')).map((w) => w.slice(5).toLowerCase());
      const terms = words
        .filter((w) => !/^(repo|in|is|category|sort):/.test(w))
        .map((w) => w.replace(/^"|"$/g, '').toLowerCase());
      const inScope = repos().filter((r) => scopes.length === 0 || scopes.includes(r.fullName.toLowerCase()));
      if (args.type === 'DISCUSSION') for (const r of inScope) guard(r, DISCUSSION_READ);
      const hits =
        args.type === 'DISCUSSION'
          ? inScope
              .flatMap((r) => [...r.discussions].reverse().filter((d) => terms.every((t) => d.title.toLowerCase().includes(t))).map((d) => discussionNode(r, d)))
          : [];
      return { ...connection(hits, args), discussionCount: hits.length, issueCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0, codeCount: 0 };
    },
    createDiscussion: ({ input }: { input: { repositoryId: string; categoryId: string; title: string; body: string; clientMutationId?: string } }) => {
      const repo = repoById(input.repositoryId);
      if (!repo) throw new TypedError(`Could not resolve to a node with the global id of '${input.repositoryId}'`, 'NOT_FOUND');
      guard(repo, DISCUSSION_WRITE);
      if (!repo.discussionCategories.some((c) => c.id === input.categoryId)) {
        throw new TypedError(`Could not resolve to a node with the global id of '${input.categoryId}'`, 'NOT_FOUND');
      }
      const d = createDiscussion(repo, { title: input.title, body: input.body, categoryId: input.categoryId, author: core.user.login });
      return { clientMutationId: input.clientMutationId ?? null, discussion: discussionNode(repo, d) };
    },
    updateDiscussion: ({ input }: { input: { discussionId: string; title?: string; body?: string; categoryId?: string; clientMutationId?: string } }) => {
      const found = discussionById(input.discussionId);
      if (!found) throw new TypedError(`Could not resolve to a node with the global id of '${input.discussionId}'`, 'NOT_FOUND');
      guard(found.repo, DISCUSSION_WRITE);
      if (input.title !== undefined) found.d.title = input.title;
      if (input.body !== undefined) found.d.body = input.body;
      if (input.categoryId !== undefined) found.d.categoryId = input.categoryId;
      return { clientMutationId: input.clientMutationId ?? null, discussion: discussionNode(found.repo, found.d) };
    },
  };
}
