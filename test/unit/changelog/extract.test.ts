import { describe, expect, it } from '@jest/globals';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { extractSection } from '../../../actions/lib/changelog/index.js';
import { fixture } from './golden.js';

describe('extractSection', () => {
  const text = fixture('wva-CHANGELOG.md');

  it('returns the section of a version, with and without v', () => {
    const s = extractSection(text, 'v0.4.0');
    expect(s).toEqual({
      version: '0.4.0',
      date: '2025-08-28',
      line: 26,
      heading: '## [0.4.0] - 2025-08-28',
      body: '### Added\n- `VariantAutoscaling` status conditions (#170)\n- Helm values for the metrics collector (#172)\n\n### Changed\n- Saturation thresholds are read from the ConfigMap (#175)',
      text: '## [0.4.0] - 2025-08-28\n\n### Added\n- `VariantAutoscaling` status conditions (#170)\n- Helm values for the metrics collector (#172)\n\n### Changed\n- Saturation thresholds are read from the ConfigMap (#175)',
    });
    expect(extractSection(text, '0.4.0')).toEqual(s);
  });

  it('the last section stops before the link definitions', () => {
    expect(extractSection(text, '0.3.0').text).toBe('## [0.3.0] - 2025-07-01\n\n### Added\n- Initial public release of the Workload-Variant-Autoscaler');
  });

  it('returns Unreleased', () => {
    const s = extractSection(text, 'unreleased');
    expect(s.version).toBe('Unreleased');
    expect(s.date).toBeNull();
    expect(s.body.split('\n')[0]).toBe('### Added');
  });

  it('a missing version fails and lists the versions that exist', () => {
    let error: unknown;
    try {
      extractSection(text, '0.9.0', { file: 'docs/CHANGELOG.md' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as Error).message).toBe('docs/CHANGELOG.md: has no section for 0.9.0; it has Unreleased, 0.4.1, 0.4.0, 0.3.1, 0.3.0');
  });

  it('a malformed file fails with the line', () => {
    expect(() => extractSection('# C\n\n## Notes\n', '0.1.0')).toThrow("CHANGELOG.md:3: cannot place the heading '## Notes'");
  });
});
