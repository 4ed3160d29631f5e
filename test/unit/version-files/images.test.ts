import { describe, expect, it } from '@jest/globals';
import { isImageName, kustomizeImages, makefileImages, valuesImages, withoutTag, workflowImages } from '../../../actions/lib/version-files/images.js';
import { parsedDocument, parseYaml } from '../../../actions/lib/version-files/yaml-nodes.js';
import { parseDocument } from 'yaml';
import { corpusFiles } from './corpus.js';

const WVA = corpusFiles('wva');
const REPO = 'llm-d-incubation/workload-variant-autoscaler';

describe('the release images a repository names itself', () => {
  it('expands WVA\'s Makefile IMG from IMAGE_TAG_BASE and IMG_TAG, and cuts the tag', () => {
    expect(makefileImages(WVA['Makefile']!)).toEqual(['ghcr.io/llm-d/workload-variant-autoscaler']);
  });

  it('takes IMAGE_TAG_BASE as the image when there is no IMG (operator-sdk), but not a bare registry/org', () => {
    expect(makefileImages('IMAGE_TAG_BASE ?= quay.io/acme/memcached-operator\nVERSION ?= 0.0.1\n')).toEqual(['quay.io/acme/memcached-operator']);
    expect(makefileImages('IMAGE_TAG_BASE ?= ghcr.io/llm-d\n')).toEqual([]);
    expect(makefileImages('IMG ?= controller:latest\n')).toEqual([]);
    expect(makefileImages('IMG ?= $(shell cat image.txt)\n')).toEqual([]);
  });

  it('reads kustomization images and the chart\'s own image.repository', () => {
    expect(kustomizeImages(WVA['config/manager/kustomization.yaml']!)).toEqual([{ index: 0, name: 'controller', newName: 'ghcr.io/llm-d/workload-variant-autoscaler' }]);
    expect(kustomizeImages('images: [\n')).toEqual([]);
    expect(valuesImages('image:\n  registry: quay.io/\n  repository: acme/op\n  tag: v1\n')).toEqual(['quay.io/acme/op']);
    expect(valuesImages(WVA['charts/workload-variant-autoscaler/values.yaml']!)).toEqual([]);
  });

  it('finds workflow images after resolving github context and env, named after the repository only', () => {
    const workflow = [
      'env:',
      '  REGISTRY: ghcr.io',
      '  IMAGE_NAME: ${{ github.repository }}',
      'jobs:',
      '  build:',
      '    steps:',
      '      - run: docker push ${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}:${{ github.ref_name }}',
      '      - run: docker push ghcr.io/${{ github.repository_owner }}/workload-variant-autoscaler:latest',
      '      - uses: docker://ghcr.io/aquasecurity/trivy:0.50.0',
      '',
    ].join('\n');
    expect(workflowImages(workflow, REPO, [])).toEqual(['ghcr.io/llm-d-incubation/workload-variant-autoscaler']);
    // WVA's own ci-release.yaml names its image through a step output: not resolvable, not taken
    expect(workflowImages(WVA['.github/workflows/ci-release.yaml']!, REPO, ['workload-variant-autoscaler'])).toEqual([]);
  });

  it('cuts tags but not registry ports, and refuses what is not an image name', () => {
    expect(withoutTag('localhost:5000/acme/op:v1')).toBe('localhost:5000/acme/op');
    expect(withoutTag('ghcr.io/acme/op@sha256:abc')).toBe('ghcr.io/acme/op');
    expect(isImageName('ghcr.io/acme/op')).toBe(true);
    expect(isImageName('ghcr.io/${{ x }}/op')).toBe(false);
    expect(isImageName('op')).toBe(false);
  });
});

describe('one parse per text', () => {
  it('the document that gave the images is the one the version file is read from, for the last 512 texts', () => {
    const text = WVA['config/manager/kustomization.yaml']!;
    const first = parsedDocument(text);
    expect(kustomizeImages(text)[0]?.newName).toBe('ghcr.io/llm-d/workload-variant-autoscaler');
    expect(parseYaml(text, 'config/manager/kustomization.yaml')).toBe(first);
    // the same document as yaml's own parse with its defaults
    expect(first.toJS()).toEqual(parseDocument(text).toJS());
    expect(String(first)).toBe(String(parseDocument(text)));
    for (let i = 0; i < 512; i++) parsedDocument(`k${i}: ${i}\n`);
    expect(parsedDocument(text)).not.toBe(first);
  });
});
