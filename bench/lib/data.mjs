// Benchmark data and bundles under .tmp/bench/ (git-ignored): generated once, reused by later runs.
// Generation is deterministic (a seeded PRNG), so two machines measure the same inputs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundle, root } from '../../scripts/bundle.mjs';

/** BENCH_TMP moves the whole folder (the setup test runs every figure's setup in a temporary one). */
export const benchTmp = process.env.BENCH_TMP ? resolve(process.env.BENCH_TMP) : join(root, '.tmp', 'bench');
export const dataDir = join(benchTmp, 'data');

/** The data folder, created when missing: a figure run alone on a fresh clone finds nothing made. */
export function ensureDataDir() {
  mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

/** The real-shaped Helm index the index figure reads (outside this repository, beside it). */
export const SHARED_INDEX = join(root, '..', 'shared', 'bench', 'prometheus-community-index.yaml');
/** The WVA-sized fixture chart (24 files, 136 KiB, crds, vendored dependency, .helmignore). */
export const WVA_CHART = join(root, 'test', 'fixtures', 'charts', 'workload-variant-autoscaler');

/** mulberry32: a small seeded PRNG, so generated data is the same on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Newest mtime of the files under `dirs` (recursively), to tell a stale bundle. */
function newestMtime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|js|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return newest;
}

/**
 * Bundles a TypeScript benchmark entry with ncc into .tmp/bench/<name>/index.js (Node 20 runs no
 * TypeScript), again only when a source under actions/ or bench/ is newer than the bundle.
 */
export async function bundled(entry, name) {
  const outDir = join(benchTmp, name);
  const out = join(outDir, 'index.js');
  const sources = newestMtime([join(root, 'actions'), join(root, 'bench', 'entries'), join(root, 'bench', 'helm')]);
  if (existsSync(out) && statSync(out).mtimeMs > sources) return out;
  process.stderr.write(`  bundling ${entry} → ${outDir}/\n`);
  await bundle(join(root, entry), outDir);
  return out;
}

function git(cwd, args, input) {
  return execFileSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

// ---------------------------------------------------------------------------------------------
// Figure 2: a real-shaped history.

const SCOPES = ['controller', 'collector', 'scaler', 'api', 'helm', 'chart', 'metrics', 'webhook', 'e2e', 'deps', 'docs', 'ci', 'rbac', 'crd', 'prometheus', 'vllm', 'config', 'cmd'];
const WORDS =
  'add support for queue depth based scale out of variants reconcile replicas during rollout saturation thresholds configmap prometheus query returns no samples controller panics when the metrics collector is unavailable handle nil status conditions in the webhook validate variant autoscaling spec before apply expose optimizer settings through helm values cache inference server metrics between reconciles avoid double counting replicas of terminating pods use server side apply for the scale subresource retry conflicts on status update with backoff document the saturation model and slo targets'.split(
    ' ',
  );
const AUTHORS = Array.from({ length: 60 }, (_, i) => [`Contributor ${i + 1}`, `dev${i + 1}@example.com`]);
const DEPS = ['github.com/prometheus/client_golang', 'sigs.k8s.io/controller-runtime', 'k8s.io/client-go', 'golang.org/x/net', 'github.com/onsi/gomega', 'actions/checkout', 'docker/build-push-action'];

function words(r, min, max) {
  const n = min + r.int(max - min + 1);
  return Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
}

function paragraph(r) {
  const text = words(r, 12, 60);
  const lines = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line.length + w.length + 1 > 72) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** One commit message in the mix a Go operator repository has (squash merges, dependabot, merges, reverts, odd ones). */
function message(r, i, fakeSha) {
  const pr = 100 + i;
  const scope = () => (r.chance(0.7) ? `(${r.pick(SCOPES)})` : '');
  const signoff = (name, email) => (r.chance(0.6) ? `\n\nSigned-off-by: ${name} <${email}>` : '');
  const body = () => (r.chance(0.55) ? `\n\n${Array.from({ length: 1 + r.int(3) }, () => paragraph(r)).join('\n\n')}` : '');
  const refs = () => (r.chance(0.2) ? `\n\nFixes #${r.int(pr) + 1}` : '');
  const x = r.next();
  if (x < 0.33) return `feat${scope()}: ${words(r, 3, 9)} (#${pr})${body()}${refs()}`;
  if (x < 0.56) return `fix${scope()}: ${words(r, 3, 9)} (#${pr})${body()}${refs()}`;
  if (x < 0.64) return `docs${scope()}: ${words(r, 3, 8)} (#${pr})${body()}`;
  if (x < 0.74) {
    const dep = r.pick(DEPS);
    const [a, b] = [`0.${r.int(30)}.${r.int(9)}`, `0.${30 + r.int(30)}.${r.int(9)}`];
    const notes = Array.from({ length: 4 + r.int(12) }, () => `- ${words(r, 4, 12)}`).join('\n');
    return `chore(deps): bump ${dep} from ${a} to ${b} (#${pr})\n\nBumps [${dep}](https://${dep}) from ${a} to ${b}.\n<details>\n<summary>Release notes</summary>\n\n${notes}\n</details>\n\nSigned-off-by: dependabot[bot] <support@github.com>`;
  }
  if (x < 0.78) return `refactor${scope()}: ${words(r, 3, 8)} (#${pr})${body()}`;
  if (x < 0.81) return `perf${scope()}: ${words(r, 3, 8)} (#${pr})${body()}`;
  if (x < 0.84) return `test${scope()}: ${words(r, 3, 8)}${body()}`;
  if (x < 0.86) return `ci: ${words(r, 3, 8)}`;
  if (x < 0.87) return `build: ${words(r, 3, 8)}`;
  if (x < 0.88) return `style: ${words(r, 2, 6)}`;
  if (x < 0.90) {
    const type = r.pick(['feat', 'fix', 'refactor']);
    return r.chance(0.5)
      ? `${type}${scope()}!: ${words(r, 3, 8)} (#${pr})\n\nBREAKING CHANGE: ${paragraph(r)}`
      : `${type}${scope()}: ${words(r, 3, 8)} (#${pr})${body()}\n\nBREAKING-CHANGE: ${words(r, 6, 20)}`;
  }
  if (x < 0.905) return `fix(security): ${words(r, 3, 8)} (#${pr})${body()}`;
  if (x < 0.91) return `deprecate: ${words(r, 3, 8)} (#${pr})\n\nDEPRECATED: ${words(r, 6, 14)}`;
  if (x < 0.92) return `Revert "feat${scope()}: ${words(r, 3, 8)}"\n\nThis reverts commit ${fakeSha}.`;
  if (x < 0.95) return `${r.pick(['Update README.md', 'Fix typo', 'WIP', 'address review comments', 'Initial e2e harness', 'make lint happy'])}${body()}`;
  const [name, email] = r.pick(AUTHORS);
  return `${r.pick(['feat', 'fix'])}${scope()}: ${words(r, 3, 9)} (#${pr})${body()}${refs()}${signoff(name, email)}\n\nCo-authored-by: ${r.pick(AUTHORS).join(' <')}>`;
}

const SEED_FILES = ['cmd/main.go', 'internal/controller/controller.go', 'internal/controller/replicas.go', 'internal/collector/prometheus.go', 'internal/scaler/queue_depth.go', 'api/v1alpha1/variantautoscaling_types.go'];

/**
 * A repository of `commits` commits after the tag v0.4.1 (root commit), made by `git fast-import`:
 * conventional commits of every type with scopes and bodies, squash-merge subjects `(#N)`,
 * dependabot bumps with long bodies, breaking changes (`!` and footers), reverts, non-conventional
 * subjects, and real merge commits (about 3 %, each with its side commit). The work tree holds the
 * WVA-shaped CHANGELOG.md (a copy beside the repository, `history-N.CHANGELOG.md`, restores it between runs).
 */
export function history(commits) {
  const dir = join(dataDir, `history-${commits}`);
  const done = `${dir}.ready`;
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`  generating a ${commits}-commit history in ${dir}/\n`);
  git(dir, ['init', '-q', '-b', 'main']);
  const r = prng(commits);
  const parts = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let when = 1_700_000_000;
  const person = () => {
    const [name, email] = r.pick(AUTHORS);
    when += 60 + r.int(7200);
    return `${name} <${email}> ${when} +0000`;
  };
  const commit = (mark, msg, from, merge, file) => {
    const who = person();
    parts.push(`commit refs/heads/main\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(msg)}`);
    if (from) parts.push(`from :${from}\n`);
    if (merge) parts.push(`merge :${merge}\n`);
    parts.push(`M 100644 inline ${file}\n${data(`// ${msg.split('\n')[0]}\npackage main\n// change ${mark}\n`)}`);
  };
  // root: the v0.4.1 release
  parts.push(`commit refs/heads/main\nmark :1\nauthor Release Bot <release@example.com> ${when} +0000\ncommitter Release Bot <release@example.com> ${when} +0000\n${data('chore: release v0.4.1')}`);
  // the root commit is the WVA-shaped fixture repository (chart, Makefile, README, CHANGELOG, Go sources)
  const fixture = join(root, 'test', 'fixtures', 'repos', 'wva');
  const walk = (rel) => {
    for (const e of readdirSync(join(fixture, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else parts.push(`M 100644 inline ${path}\n${data(readFileSync(join(fixture, path), 'utf8'))}`);
    }
  };
  walk('');
  parts.push(`tag v0.4.1\nfrom :1\ntagger Release Bot <release@example.com> ${when} +0000\n${data('Release v0.4.1')}`);
  let mark = 1;
  let made = 0;
  while (made < commits) {
    const fakeSha = Array.from({ length: 40 }, () => '0123456789abcdef'[r.int(16)]).join('');
    if (commits - made >= 2 && r.chance(0.03)) {
      // a side commit and its merge: "Merge pull request #N from user/branch"
      const base = mark;
      const side = ++mark;
      const who = person();
      parts.push(`commit refs/heads/side\nmark :${side}\nauthor ${who}\ncommitter ${who}\n${data(message(r, made, fakeSha))}from :${base}\nM 100644 inline ${r.pick(SEED_FILES)}\n${data(`// side ${side}\n`)}`);
      const merge = ++mark;
      commit(merge, `Merge pull request #${100 + made} from dev${1 + r.int(60)}/topic-${made}\n\n${words(r, 3, 8)}`, base, side, r.pick(SEED_FILES));
      made += 2;
    } else {
      const from = mark;
      mark++;
      commit(mark, message(r, made, fakeSha), from, undefined, r.pick(SEED_FILES));
      made++;
    }
  }
  git(dir, ['fast-import', '--quiet'], parts.join(''));
  spawnSync('git', ['update-ref', '-d', 'refs/heads/side'], { cwd: dir });
  git(dir, ['reset', '-q', '--hard', 'main']);
  cpSync(join(dir, 'CHANGELOG.md'), `${dir}.CHANGELOG.md`);
  const count = git(dir, ['rev-list', '--count', 'v0.4.1..HEAD']).trim();
  if (Number(count) !== commits) throw new Error(`generated ${count} commits, wanted ${commits}`);
  writeFileSync(done, `${commits}\n`);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Figure 4: a chart of `files` packaged files (plus a few that .helmignore leaves out).

/**
 * A generated chart: Chart.yaml, values.yaml, .helmignore, templates/ (Go-templated manifests,
 * about 60 % of the files), crds/ (CRDs of a few KiB), files/ (configuration and dashboards), and
 * docs/*.md that .helmignore excludes. Deterministic content; `files` counts the packaged files.
 */
export function bigChart(files = 2000) {
  const dir = join(dataDir, `chart-${files}`, 'big-operator');
  const done = `${join(dir, '..')}.ready`;
  if (existsSync(done)) return dir;
  rmSync(join(dir, '..'), { recursive: true, force: true });
  process.stderr.write(`  generating a ${files}-file chart in ${dir}/\n`);
  const r = prng(files);
  const write = (rel, text) => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  };
  write('Chart.yaml', `# A generated chart of ${files} files for the packaging benchmark.\napiVersion: v2\nname: big-operator\ndescription: A generated operator chart with many templates, CRDs and files.\ntype: application\nversion: 1.0.0\nappVersion: "v1.0.0"\nkubeVersion: ">=1.29.0-0"\n`);
  write('.helmignore', '# generated\n.DS_Store\n*.swp\n*.bak\n*.md\n!README.md\ndocs/\n');
  write('README.md', `# big-operator\n\n${paragraph(r)}\n`);
  const values = ['# Default values.', 'replicaCount: 1', 'image:', '  repository: ghcr.io/example/big-operator', '  tag: v1.0.0', 'components:'];
  for (let i = 0; i < 200; i++) values.push(`  c${i}:`, `    enabled: ${r.chance(0.5)}`, `    replicas: ${1 + r.int(5)}`, `    # ${words(r, 4, 10)}`);
  write('values.yaml', `${values.join('\n')}\n`);
  let made = 4; // Chart.yaml, .helmignore, README.md, values.yaml
  const templates = Math.round(files * 0.6);
  const crds = Math.round(files * 0.05);
  for (let i = 0; made < files && i < templates; i++, made++) {
    const lines = ['{{- if .Values.components.c' + (i % 200) + '.enabled }}', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: {{ include "big-operator.fullname" . }}-cm-${i}`, '  labels:', '    {{- include "big-operator.labels" . | nindent 4 }}', 'data:'];
    for (let k = 0; k < 10 + r.int(40); k++) lines.push(`  key${k}: {{ .Values.components.c${i % 200}.replicas | quote }}  # ${words(r, 2, 6)}`);
    lines.push('{{- end }}');
    write(`templates/component-${String(i).padStart(4, '0')}.yaml`, `${lines.join('\n')}\n`);
  }
  write('templates/_helpers.tpl', '{{- define "big-operator.fullname" -}}{{ .Release.Name }}-big{{- end }}\n{{- define "big-operator.labels" -}}app: big{{- end }}\n');
  made++;
  for (let i = 0; made < files && i < crds; i++, made++) {
    const props = Array.from({ length: 20 + r.int(80) }, (_, k) => `                field${k}:\n                  type: ${r.pick(['string', 'integer', 'boolean'])}\n                  description: ${words(r, 3, 12)}`).join('\n');
    write(`crds/example.com_kind${i}s.yaml`, `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: kind${i}s.example.com\nspec:\n  group: example.com\n  names:\n    kind: Kind${i}\n    plural: kind${i}s\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n${props}\n`);
  }
  for (let i = 0; made < files; i++, made++) {
    const ext = r.pick(['json', 'conf', 'txt']);
    const body = ext === 'json' ? `${JSON.stringify({ dashboard: i, panels: Array.from({ length: 5 + r.int(30) }, (_, k) => ({ id: k, title: words(r, 2, 5) })) }, null, 2)}\n` : `${Array.from({ length: 5 + r.int(40) }, () => words(r, 4, 12)).join('\n')}\n`;
    write(`files/${String(i % 20).padStart(2, '0')}/file-${String(i).padStart(4, '0')}.${ext}`, body);
  }
  for (let i = 0; i < 40; i++) write(`docs/page-${i}.md`, `# page ${i}\n\n${paragraph(r)}\n`);
  writeFileSync(done, `${files}\n`);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Figure 7: a repository with `count` version files (bump-version).

/**
 * The WVA-shaped fixture repository plus generated version files up to `count`, all at 0.4.1 and
 * listed in .github/release-actions.yaml: the chart, values, Makefile and README of WVA, then
 * Chart.yaml and values.yaml of sub-charts under deploy/, Go files (regex), JSON files (key
 * `version`) and kustomizations (key `images.0.newTag`). Committed and tagged v0.4.1 in a
 * repository cloned to a bare `origin.git` and a `workspace` (what actions/checkout leaves).
 */
export function bumpRepo(count = 200) {
  const top = join(dataDir, `bump-${count}`);
  const done = `${top}.ready`;
  if (existsSync(done)) return { origin: join(top, 'origin.git'), workspace: join(top, 'workspace') };
  rmSync(top, { recursive: true, force: true });
  process.stderr.write(`  generating a repository with ${count} version files in ${top}/\n`);
  const src = join(top, 'src');
  cpSync(join(root, 'test', 'fixtures', 'repos', 'wva'), src, { recursive: true });
  const write = (rel, text) => {
    mkdirSync(join(src, rel, '..'), { recursive: true });
    writeFileSync(join(src, rel), text);
  };
  const chart = 'charts/workload-variant-autoscaler';
  const files = [`  - { path: ${chart}/Chart.yaml, type: chart }`, `  - { path: ${chart}/values.yaml, type: values }`, '  - { path: Makefile, type: makefile, variables: [VERSION, IMG_TAG] }', '  - { path: README.md, type: docs }'];
  const kinds = [
    ['chart', 0.2],
    ['values', 0.2],
    ['regex', 0.3],
    ['json', 0.18],
    ['yaml', 0.12],
  ];
  const rest = count - files.length;
  let made = 0;
  for (const [kind, share] of kinds) {
    const n = kind === 'yaml' ? rest - made : Math.round(rest * share);
    for (let i = 0; i < n; i++, made++) {
      if (kind === 'chart') {
        write(`deploy/sub-${i}/Chart.yaml`, `# sub-chart ${i}\napiVersion: v2\nname: sub-${i}\ndescription: Generated sub-chart ${i}.\ntype: application\n# bumped by the release\nversion: 0.4.1\nappVersion: "v0.4.1"\n`);
        files.push(`  - { path: deploy/sub-${i}/Chart.yaml, type: chart }`);
      } else if (kind === 'values') {
        write(`deploy/sub-${i}/values.yaml`, `# values of sub-chart ${i}\nreplicaCount: 1\nimage:\n  repository: ghcr.io/example/sub-${i}\n  # the release tag\n  tag: v0.4.1\n  pullPolicy: IfNotPresent\nsidecar:\n  tag: "1.2.3"\n`);
        files.push(`  - { path: deploy/sub-${i}/values.yaml, type: values, key: image.tag }`);
      } else if (kind === 'regex') {
        write(`internal/version/v${i}/version.go`, `// Package v${i} holds a version.\npackage v${i}\n\n// Version is the controller's version.\nconst Version = "v0.4.1"\n\n// Unrelated is not ours.\nconst Unrelated = "1.2.3"\n`);
        files.push(`  - { path: internal/version/v${i}/version.go, type: regex, pattern: '^const Version = "v([^"]+)"$' }`);
      } else if (kind === 'json') {
        write(`web/pkg-${i}/package.json`, `${JSON.stringify({ name: `pkg-${i}`, version: '0.4.1', private: true, dependencies: { lib: '1.2.3' } }, null, 2)}\n`);
        files.push(`  - { path: web/pkg-${i}/package.json, type: json, key: version }`);
      } else {
        write(`config/overlays/o${i}/kustomization.yaml`, `# overlay ${i}\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../default\nimages:\n  - name: controller\n    newName: ghcr.io/llm-d-incubation/workload-variant-autoscaler\n    newTag: v0.4.1 # bumped by the release\n`);
        files.push(`  - { path: config/overlays/o${i}/kustomization.yaml, type: yaml, key: images.0.newTag }`);
      }
    }
  }
  write('.github/release-actions.yaml', `# ${count} version files (generated for the bump-version benchmark)\nversion-files:\n${files.join('\n')}\n`);
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
  const g = (cwd, args) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
  g(src, ['init', '-q', '-b', 'main']);
  g(src, ['add', '-A']);
  g(src, ['commit', '-q', '-m', 'chore: release v0.4.1']);
  g(src, ['tag', '-a', '-m', 'Release v0.4.1', 'v0.4.1']);
  g(src, ['commit', '-q', '--allow-empty', '-m', 'feat: queue-depth scale-out (#210)']);
  g(top, ['clone', '-q', '--bare', '--', src, 'origin.git']);
  g(top, ['clone', '-q', '--', join(top, 'origin.git'), 'workspace']);
  g(join(top, 'workspace'), ['config', 'user.name', 'Bench']);
  g(join(top, 'workspace'), ['config', 'user.email', 'bench@example.com']);
  rmSync(src, { recursive: true, force: true });
  writeFileSync(done, `${files.length}\n`);
  return { origin: join(top, 'origin.git'), workspace: join(top, 'workspace') };
}
