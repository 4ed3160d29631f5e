import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { emitDocument, emitSequenceItem, goKeyCompare, resolvesToNonString } from '../../../actions/lib/helm/goyaml.js';

describe('goKeyCompare (go-yaml v2 key order)', () => {
  it('sorts letters by code point and shorter prefixes first', () => {
    const keys = ['version', 'urls', 'apiVersion', 'appVersion', 'annotations', 'created', 'digest', 'name', 'description', 'kubeVersion', 'keywords'];
    expect([...keys].sort(goKeyCompare)).toEqual([
      'annotations',
      'apiVersion',
      'appVersion',
      'created',
      'description',
      'digest',
      'keywords',
      'kubeVersion',
      'name',
      'urls',
      'version',
    ]);
  });

  it('sorts digit runs by value and non-letters before letters', () => {
    expect(['chart10', 'chart9', 'chart-a', 'charta', 'chart'].sort(goKeyCompare)).toEqual(['chart', 'chart-a', 'chart9', 'chart10', 'charta']);
    expect(['prometheus-to-sd', 'prometheus', 'prometheus-adapter'].sort(goKeyCompare)).toEqual(['prometheus', 'prometheus-adapter', 'prometheus-to-sd']);
  });
});

describe('resolvesToNonString (go-yaml v2 resolve)', () => {
  it.each(['1.2', '10', '0x1F', '1e3', 'true', 'no', 'y', 'NULL', '~', '', '2024-01-02', '2024-01-02T03:04:05Z', '.inf', '+1', '0b101', '1_000'])('%s is quoted', (s) => {
    expect(resolvesToNonString(s)).toBe(true);
  });
  it.each(['1.2.3', 'v1.2', 'v0.5.0', '0.12.*', 'abc', '1.2-rc', '2024-1', 'yes please', '-', 'https://x'])('%s stays plain', (s) => {
    expect(resolvesToNonString(s)).toBe(false);
  });
});

describe('emitDocument / emitSequenceItem', () => {
  it('writes an entry the way helm repo index does', () => {
    const text = emitSequenceItem(
      {
        version: '1.42.0',
        urls: ['https://github.com/prometheus-community/helm-charts/releases/download/alertmanager-1.42.0/alertmanager-1.42.0.tgz'],
        name: 'alertmanager',
        description: 'The Alertmanager handles alerts sent by client applications such as the Prometheus server.',
        appVersion: 'v0.34.0',
        kubeVersion: '>=1.25.0-0',
        created: '2026-08-16T20:33:42.12323863Z',
        annotations: { 'artifacthub.io/links': '- name: Chart Source\n  url: https://github.com/prometheus-community/helm-charts\n', 'artifacthub.io/license': 'Apache-2.0' },
        maintainers: [{ name: 'monotek', email: 'monotek23@gmail.com', url: 'https://github.com/monotek' }],
        keywords: ['monitoring'],
        digest: 'b70ffd0c1e095ee6e400d8c255ca444b242fa9ea80d2477f6f029eff788b5a53',
        apiVersion: 'v2',
        type: 'application',
      },
      2,
    );
    expect(text).toBe(
      [
        '  - annotations:',
        '      artifacthub.io/license: Apache-2.0',
        '      artifacthub.io/links: |',
        '        - name: Chart Source',
        '          url: https://github.com/prometheus-community/helm-charts',
        '    apiVersion: v2',
        '    appVersion: v0.34.0',
        '    created: "2026-08-16T20:33:42.12323863Z"',
        // Folded at the first space after column 80, as libyaml does.
        '    description: The Alertmanager handles alerts sent by client applications such',
        '      as the Prometheus server.',
        '    digest: b70ffd0c1e095ee6e400d8c255ca444b242fa9ea80d2477f6f029eff788b5a53',
        '    keywords:',
        '    - monitoring',
        "    kubeVersion: '>=1.25.0-0'",
        '    maintainers:',
        '    - email: monotek23@gmail.com',
        '      name: monotek',
        '      url: https://github.com/monotek',
        '    name: alertmanager',
        '    type: application',
        '    urls:',
        '    - https://github.com/prometheus-community/helm-charts/releases/download/alertmanager-1.42.0/alertmanager-1.42.0.tgz',
        '    version: 1.42.0',
        '',
      ].join('\n'),
    );
  });

  it('quotes as go-yaml does', () => {
    const doc = emitDocument({
      num: '1.2',
      bool: 'true',
      empty: '',
      colon: 'a: b',
      hash: 'a #b',
      lead: ' x',
      dash: '- x',
      star: '*x',
      quote: "it's",
      dq: 'say "hi"',
      tab: 'a\tb',
      trailingNewline: 'line\n',
      noTrailingNewline: 'a\nb',
      keep: 'a\n\n',
      leadingSpaceBlock: ' a\nb\n',
      unicode: 'Kröpke',
      emoji: 'x 🚀',
      y: 'n',
      list: [],
      map: {},
      nested: [['a', 'b'], { k: 'v' }],
      n: 3,
      f: 1.5,
      t: true,
      z: null,
    });
    expect(doc).toBe(
      [
        'bool: "true"',
        "colon: 'a: b'",
        'dash: \'- x\'',
        'dq: say "hi"',
        'emoji: "x \\U0001F680"',
        'empty: ""',
        'f: 1.5',
        "hash: 'a #b'",
        'keep: |+',
        '  a',
        '',
        "lead: ' x'",
        'leadingSpaceBlock: |2',
        '   a',
        '  b',
        'list: []',
        'map: {}',
        '"n": 3', // keys that would read back as booleans are quoted too
        'nested:',
        '- - a',
        '  - b',
        '- k: v',
        'noTrailingNewline: |-',
        '  a',
        '  b',
        'num: "1.2"',
        "quote: it's",
        "star: '*x'",
        't: true',
        'tab: "a\\tb"',
        'trailingNewline: |',
        '  line',
        'unicode: Kröpke',
        '"y": "n"',
        'z: null',
        '',
      ].join('\n'),
    );
    expect(parse(doc)).toMatchObject({ num: '1.2', bool: 'true', empty: '', colon: 'a: b', keep: 'a\n\n', leadingSpaceBlock: ' a\nb\n', emoji: 'x 🚀', y: 'n' });
  });

  it('folds long quoted strings and keeps them readable back', () => {
    const long = `${'word '.repeat(30)}: end`;
    const doc = emitDocument({ k: long });
    expect(doc.split('\n').length).toBeGreaterThan(2);
    expect(parse(doc)).toEqual({ k: long });
  });
});
