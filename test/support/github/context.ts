/**
 * What route handlers and builders get from the emulator: its URLs, its
 * state, the authenticated user and the bare repositories.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { BareRepo } from './git.js';
import type { TokenGrant } from './permissions.js';
import type { RouteResult } from './http.js';
import type { Operation } from './openapi.js';
import type { EmulatorState, RepoState, UserRecord } from './state.js';

/** Laid out like GitHub Enterprise Server: everything on one origin. */
export interface Urls {
  /** GITHUB_SERVER_URL: html pages, git remotes, release downloads. */
  server: string;
  /** GITHUB_API_URL. */
  api: string;
  /** Where `upload_url` points (uploads.github.com on github.com). */
  uploads: string;
  /** GITHUB_GRAPHQL_URL. */
  graphql: string;
}

export interface EmulatorCore {
  readonly urls: Urls;
  readonly state: EmulatorState;
  /** The owner of the token. */
  readonly user: UserRecord;
  nextId(): number;
  git(repo: RepoState): BareRepo;
  findRepo(owner: string, name: string): RepoState | undefined;
}

export interface RouteContext {
  core: EmulatorCore;
  operation: Operation;
  /** Present for every `/repos/{owner}/{repo}/...` route (404 before the handler otherwise). */
  repo: RepoState;
  params: Record<string, string>;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The JSON body, already checked against the operation's schema. */
  body: unknown;
  raw: Buffer;
  /** The token's grant: some answers depend on it (drafts are listed to push access only). */
  grant: TokenGrant;
}

export type Handler = (ctx: RouteContext) => Promise<RouteResult> | RouteResult;

/** Route tables map GitHub operationIds to handlers. */
export type Routes = Record<string, Handler>;
