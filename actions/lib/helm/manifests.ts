import { LineCounter, parseAllDocuments } from 'yaml';

/**
 * An opt-in lint, never a refusal (Helm does not parse templates when it packages).
 * YAML checks for the files a chart ships as manifests: `templates/*.yaml` (Go templates, so
 * their `{{ ... }}` actions are taken out first) and `crds/*` (plain YAML, multi-document).
 * This does not render templates; it catches what breaks a chart before anything renders it:
 * bad indentation, unclosed quotes or brackets, tabs, duplicate keys in CRDs.
 */
export interface ManifestProblem {
  file: string;
  line?: number;
  message: string;
}

const MARK = '\u0000';
const BLOCK = '\u0001';

/**
 * The template with every `{{ ... }}` action (also `{{- ... -}}` and multi-line ones) taken out,
 * keeping every line where it was: a line that held only actions becomes empty (so `{{- if }}`,
 * `{{- end }}`, `{{- include ... | nindent 4 }}` lines do not disturb the YAML around them), and
 * an action inside a line becomes the placeholder `TPL`, a plain scalar.
 */
export function stripTemplateActions(text: string): string {
  // A comment action `{{/* ... */}}` ends at `*/}}`, whatever `}}` it holds.
  const marked = text.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}|\{\{[\s\S]*?\}\}/g, (action) => {
    // `key: {{ include ... | nindent 4 }}` writes a block on the next lines: the key's value is that block.
    const mark = /\bnindent\b/.test(action) ? BLOCK : MARK;
    return mark + '\n'.repeat(action.split('\n').length - 1);
  });
  if (!marked.includes(MARK) && !marked.includes(BLOCK)) return text;
  return marked
    .split('\n')
    .map((line) => {
      if (!line.includes(MARK) && !line.includes(BLOCK)) return line;
      const bare = line.replaceAll(MARK, '').replaceAll(BLOCK, '');
      if (bare.trim() === '') return '';
      // `{{ if .x -}} stringData: {{- else -}} data: {{- end }}`: one key per branch; keep the first.
      const segments = line.split(MARK).flatMap((x) => x.split(BLOCK)).map((x) => x.trim()).filter(Boolean);
      if (segments.length > 1 && segments.every((x) => x.endsWith(':'))) return `${/^\s*/.exec(line)![0]}${segments[0]}`;
      if (line.trimEnd().endsWith(BLOCK) && /:\s*$/.test(line.trimEnd().slice(0, -1).replaceAll(MARK, 'TPL'))) {
        return line.trimEnd().slice(0, -1).replaceAll(MARK, 'TPL').replaceAll(BLOCK, 'TPL').trimEnd();
      }
      return line.replaceAll(MARK, 'TPL').replaceAll(BLOCK, 'TPL');
    })
    .join('\n');
}

/** Problems in one manifest file's YAML (empty when it parses). */
const CONTROL = /\{\{-?\s*(?:if|else|range|with|define|block|end)\b/;

/** Lines indented with a tab, which YAML never allows, whatever the template renders. */
function tabIndents(file: string, text: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^ *\t/.test(line) && line.trim() !== '') problems.push({ file, line: i + 1, message: 'template indents with a tab; YAML allows only spaces' });
  });
  return problems;
}

export function checkManifest(file: string, text: string, kind: 'template' | 'crd'): ManifestProblem[] {
  // With if/range/with blocks, the YAML of the source depends on which branches render: a
  // parse of the source would flag valid charts (kube-prometheus-stack does so), so only tabs are checked.
  if (kind === 'template' && CONTROL.test(text)) return tabIndents(file, text);
  const source = kind === 'template' ? stripTemplateActions(text) : text;
  const lineCounter = new LineCounter();
  // Templates often hold both branches of an {{ if }}, so repeated keys are expected there.
  const docs = parseAllDocuments(source, { lineCounter, uniqueKeys: kind === 'crd', prettyErrors: false, schema: 'failsafe' });
  const list = Array.isArray(docs) ? docs : [];
  const problems: ManifestProblem[] = [];
  for (const doc of list) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
      const message = err.message.split('\n')[0] ?? err.message;
      problems.push({ file, line, message: `${kind === 'template' ? 'template' : 'CRD'} is not valid YAML${kind === 'template' ? ' (after taking out {{ }} actions)' : ''}: ${message}` });
    }
  }
  return problems;
}

/** Which chart files are checked, by their path relative to the chart root. */
export function manifestKind(path: string): 'template' | 'crd' | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (path.startsWith('templates/') && /\.ya?ml$/.test(base) && !base.startsWith('_')) return 'template';
  if (path.startsWith('crds/') && /\.(ya?ml|json)$/.test(base)) return 'crd';
  return undefined;
}

/** Checks every template and CRD among `files` (path relative to the chart, text). */
export function checkManifests(files: { path: string; display: string; text: string }[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const f of files) {
    const kind = manifestKind(f.path);
    if (kind) problems.push(...checkManifest(f.display, f.text, kind));
  }
  return problems;
}
