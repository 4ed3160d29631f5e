import { ActionError } from '../runner/errors.js';
import { type Digest, validateDigest } from './digest.js';

/** An image or artifact reference: `registry/repository[:tag][@digest]`. */
export interface Reference {
  /** host[:port] as written, lowercased: `ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`, `docker.io`. */
  registry: string;
  /** Repository path inside the registry: `org/image`. */
  repository: string;
  tag?: string;
  digest?: Digest;
}

/** A repository without tag or digest, as a Helm `oci://` location plus chart name gives it. */
export interface RepositoryLocation {
  registry: string;
  repository: string;
}

const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\](?::[0-9]{1,5})?$/;

function fail(text: string, why: string): never {
  throw new ActionError(`reference '${text}': ${why}`);
}

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Throws unless `tag` is a valid tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
export function validateTag(tag: string): string {
  if (!isValidTag(tag)) {
    throw new ActionError(`tag '${tag}' is not valid: a tag is 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
  }
  return tag;
}

/** Throws unless `name` is a valid repository path (lowercase components separated by '/'). */
export function validateRepository(name: string): string {
  if (name.length === 0 || name.length > 255) {
    throw new ActionError(`repository '${name}' is not valid: it must be 1 to 255 characters`);
  }
  for (const component of name.split('/')) {
    if (!COMPONENT.test(component)) {
      throw new ActionError(
        `repository '${name}' is not valid: component '${component}' must be lowercase letters and digits, separated by '.', '_', '__' or '-'`,
      );
    }
  }
  return name;
}

/** Throws unless `host` is `name[:port]` or `[ipv6][:port]`; returns it lowercased. */
export function validateRegistryHost(host: string): string {
  const lower = host.toLowerCase();
  if (!HOSTNAME.test(lower) && !IPV6_HOST.test(lower)) {
    throw new ActionError(`registry '${host}' is not a host name with an optional port`);
  }
  const port = /:([0-9]+)$/.exec(lower.replace(/^\[[^\]]*\]/, ''));
  if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535)) {
    throw new ActionError(`registry '${host}' has an invalid port`);
  }
  return lower;
}

/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component.startsWith('[') || component === 'localhost';
}

/**
 * Parses `ghcr.io/org/image:tag`, `127.0.0.1:5000/x/y@sha256:...` or `name:tag@sha256:...`.
 * Without a registry part the reference is on Docker Hub (`nginx` is `docker.io/library/nginx`).
 */
export function parseReference(text: string): Reference {
  if (text.length === 0) fail(text, 'it is empty');
  if (/\s/.test(text)) fail(text, 'it contains whitespace');
  if (text.includes('://')) fail(text, "write it without a scheme, as 'host/repository:tag'");

  let rest = text;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = validateDigest(rest.slice(at + 1), `digest in reference '${text}'`);
    rest = rest.slice(0, at);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0 && !(lastSlash < 0 && rest.startsWith('['))) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isValidTag(tag)) fail(text, `tag '${tag}' is not valid (1 to 128 of [A-Za-z0-9_.-], not starting with '.' or '-')`);
  }

  const slash = rest.indexOf('/');
  let registry = DOCKER_HUB;
  let repository = rest;
  if (slash >= 0 && looksLikeRegistry(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    repository = rest.slice(slash + 1);
  }
  try {
    registry = validateRegistryHost(registry);
    validateRepository(repository);
  } catch (error) {
    fail(text, (error as Error).message);
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;

  const reference: Reference = { registry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/**
 * Resolves a Helm OCI location (`oci://ghcr.io/org/charts`) and a chart name to the chart's
 * repository (`ghcr.io`, `org/charts/<chart>`), as `helm push <chart> oci://...` does.
 */
export function parseChartLocation(location: string, chartName: string): RepositoryLocation {
  const text = location.trim();
  if (!text.startsWith('oci://')) {
    throw new ActionError(`chart registry '${location}' must start with 'oci://' (for example oci://ghcr.io/org/charts)`);
  }
  const body = text.slice('oci://'.length).replace(/\/+$/, '');
  if (body.length === 0) throw new ActionError(`chart registry '${location}' names no registry host`);
  if (body.includes('@') || body.includes('?') || body.includes('#')) {
    throw new ActionError(`chart registry '${location}' must be a location without tag or digest`);
  }
  const slash = body.indexOf('/');
  const host = slash < 0 ? body : body.slice(0, slash);
  const path = slash < 0 ? '' : body.slice(slash + 1);
  if (path.includes(':')) {
    throw new ActionError(`chart registry '${location}' must be a location without tag; the tag is the chart version`);
  }
  const registry = validateRegistryHost(host);
  const repository = path.length > 0 ? `${path}/${chartName}` : chartName;
  if (!COMPONENT.test(chartName)) {
    throw new ActionError(`chart name '${chartName}' cannot be an OCI repository name: use lowercase letters, digits and '-'`);
  }
  validateRepository(repository);
  return { registry, repository };
}

/** `registry/repository[:tag][@digest]`. */
export function formatReference(reference: Reference): string {
  let text = `${reference.registry}/${reference.repository}`;
  if (reference.tag !== undefined) text += `:${reference.tag}`;
  if (reference.digest !== undefined) text += `@${reference.digest}`;
  return text;
}

/** The host without its port: `127.0.0.1`, `localhost`, `[::1]`. */
export function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon >= 0 ? host.slice(0, colon) : host;
}

/** True for 127.0.0.0/8, localhost and [::1], with or without a port. */
export function isLoopbackHost(host: string): boolean {
  const name = hostName(host.toLowerCase());
  return name === 'localhost' || name === '[::1]' || name === '::1' || /^127(?:\.[0-9]{1,3}){3}$/.test(name);
}
