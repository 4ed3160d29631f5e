import { LineCounter, parseAllDocuments } from 'yaml';

/**
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

/**
 * The template with every `{{ ... }}` action (also `{{- ... -}}` and multi-line ones) taken out,
 * keeping every line where it was: a line that held only actions becomes empty (so `{{- if }}`,
 * `{{- end }}`, `{{- include ... | nindent 4 }}` lines do not disturb the YAML around them), and
 * an action inside a line becomes the placeholder `TPL`, a plain scalar.
 */
export function stripTemplateActions(text: string): string {
  const marked = text.replace(/\{\{[\s\S]*?\}\}/g, (action) => MARK + '\n'.repeat(action.split('\n').length - 1));
  if (!marked.includes(MARK)) return text;
  return marked
    .split('\n')
    .map((line) => {
      if (!line.includes(MARK)) return line;
      if (line.replaceAll(MARK, '').trim() === '') return '';
      return line.replaceAll(MARK, 'TPL');
    })
    .join('\n');
}

/** Problems in one manifest file's YAML (empty when it parses). */
export function checkManifest(file: string, text: string, kind: 'template' | 'crd'): ManifestProblem[] {
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
