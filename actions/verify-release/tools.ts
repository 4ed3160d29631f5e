/**
 * `helm`, `kubectl` and `kind` for the cluster check: the ones on PATH when there
 * are, else pinned versions installed with @actions/tool-cache (downloaded from the
 * projects' own release hosts, their published sha256 checked, cached per version).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { ActionError } from '../lib/runner/errors.js';

export type ToolName = 'helm' | 'kubectl' | 'kind';

/** Pinned versions, installed when the tool is not on PATH. */
export const TOOL_VERSIONS: Record<ToolName, string> = { helm: 'v3.16.3', kubectl: 'v1.31.4', kind: 'v0.25.0' };

/** The first executable `name` on PATH, or undefined. */
export async function onPath(name: string, path = process.env['PATH'] ?? ''): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

interface Download {
  url: string;
  checksumUrl: string;
  /** The binary inside the downloaded archive, or undefined when the download is the binary. */
  inArchive?: string;
}

function platform(): { os: string; arch: string } {
  const os = process.platform === 'darwin' ? 'darwin' : process.platform === 'linux' ? 'linux' : undefined;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
  if (!os || !arch) throw new ActionError(`cannot install the cluster tools on ${process.platform}/${process.arch}: put helm and kubectl on PATH`);
  return { os, arch };
}

export function downloadOf(tool: ToolName, version = TOOL_VERSIONS[tool]): Download {
  const { os, arch } = platform();
  switch (tool) {
    case 'helm': {
      const url = `https://get.helm.sh/helm-${version}-${os}-${arch}.tar.gz`;
      return { url, checksumUrl: `${url}.sha256sum`, inArchive: `${os}-${arch}/helm` };
    }
    case 'kubectl': {
      const url = `https://dl.k8s.io/release/${version}/bin/${os}/${arch}/kubectl`;
      return { url, checksumUrl: `${url}.sha256` };
    }
    default: {
      const url = `https://kind.sigs.k8s.io/dl/${version}/kind-${os}-${arch}`;
      return { url, checksumUrl: `${url}.sha256sum` };
    }
  }
}

/** The tool on PATH, else the pinned version from the tool cache (installed on first use). */
export async function ensureTool(tool: ToolName, log: (message: string) => void): Promise<string> {
  const found = await onPath(tool);
  if (found) return found;
  const tc = await import('@actions/tool-cache');
  const version = TOOL_VERSIONS[tool];
  const cached = tc.find(tool, version.replace(/^v/, ''));
  if (cached) return join(cached, tool);
  const d = downloadOf(tool, version);
  log(`installing ${tool} ${version} from ${d.url}`);
  const [file, sums] = await Promise.all([tc.downloadTool(d.url), tc.downloadTool(d.checksumUrl)]);
  const expected = (await readFile(sums, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase();
  const actual = createHash('sha256').update(await readFile(file)).digest('hex');
  if (!expected || expected !== actual) throw new ActionError(`${d.url} has sha256 ${actual}, the published checksum is ${expected ?? '(none)'}`);
  let binary = file;
  if (d.inArchive) binary = join(await tc.extractTar(file), d.inArchive);
  await chmod(binary, 0o755);
  const dir = await tc.cacheFile(binary, tool, tool, version.replace(/^v/, ''));
  return join(dir, tool);
}
