/** The image the rehearsal pushes: the one the repository names (its caller's input, its configuration), under the same path locally. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../actions/lib/config/config.js';
import { localImage, releaseImage } from '../../src/rehearse/image-name.js';
import { projectRoot } from '../support/harness.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-image-'));
  roots.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the local name of the release image', () => {
  it('keeps the path and replaces the registry host; a Docker Hub name keeps all of it', () => {
    expect(localImage('ghcr.io/llm-d/workload-variant-autoscaler', '127.0.0.1:5000')).toBe('127.0.0.1:5000/llm-d/workload-variant-autoscaler');
    expect(localImage('localhost:5001/org/app', '127.0.0.1:5000')).toBe('127.0.0.1:5000/org/app');
    expect(localImage('acme/operator', '127.0.0.1:5000')).toBe('127.0.0.1:5000/acme/operator');
  });
});

describe('the release image a repository names', () => {
  const REPO = 'llm-d-incubation/workload-variant-autoscaler';
  const caller = readFileSync(join(projectRoot, '.github', 'workflows', 'ci-release.yaml'), 'utf8');

  it("is its call of release.yaml's image input (the suite's own caller names WVA's)", async () => {
    const dir = repo({ '.github/workflows/ci-release.yaml': caller, '.github/release-actions.yaml': 'images:\n  - quay.io/other/name\n' });
    expect(releaseImage(dir, await loadConfig({ workspace: dir, repository: REPO }))).toEqual({ name: 'ghcr.io/llm-d/workload-variant-autoscaler', from: expect.stringMatching(/^\.github\/workflows\/ci-release\.yaml:\d+ image input$/) });
  });

  it('is the configuration’s first image when the call computes it or passes none, else ghcr.io/OWNER/REPO', async () => {
    const computed = caller.replace('image: ghcr.io/llm-d/workload-variant-autoscaler', 'image: ghcr.io/${{ github.repository }}');
    const configured = repo({ '.github/workflows/ci-release.yaml': computed, '.github/release-actions.yaml': 'images:\n  - ghcr.io/llm-d/workload-variant-autoscaler\n' });
    expect(releaseImage(configured, await loadConfig({ workspace: configured, repository: REPO }))).toEqual({ name: 'ghcr.io/llm-d/workload-variant-autoscaler', from: '.github/release-actions.yaml images' });
    const bare = repo({ 'README.md': '# op\n' });
    expect(releaseImage(bare, await loadConfig({ workspace: bare, repository: REPO }))).toEqual({ name: `ghcr.io/${REPO}`, from: "the actions' default (ghcr.io/OWNER/REPO)" });
  });
});
