import { describe, expect, it } from '@jest/globals';
import { formatCommand } from '../../../actions/lib/runner/commands.js';
import { FileError, InputError } from '../../../actions/lib/runner/errors.js';
import { reportFailure } from '../../../actions/lib/runner/action.js';
import { Summary, codeBlock, table } from '../../../actions/lib/runner/summary.js';

describe('workflow commands', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(formatCommand('error', { file: 'a,b:c.yaml', line: 3 }, '50%\nnext')).toBe('::error file=a%2Cb%3Ac.yaml,line=3::50%25%0Anext');
  });

  it('reports a file error with its file and line, once', () => {
    const lines: string[] = [];
    reportFailure('bump-version', new FileError('charts/x/Chart.yaml', 'expected SemVer', 4), (l) => lines.push(l));
    expect(lines).toEqual(['::error title=bump-version,file=charts/x/Chart.yaml,line=4::charts/x/Chart.yaml:4: expected SemVer']);
  });

  it('reports an input error naming the input', () => {
    const lines: string[] = [];
    reportFailure('changelog', new InputError('mode', 'expected one of update, got "x"'), (l) => lines.push(l));
    expect(lines).toEqual([`::error title=changelog::input 'mode': expected one of update, got "x"`]);
  });

  it('keeps the stack of an unexpected error outside the annotation', () => {
    const lines: string[] = [];
    reportFailure('announce', new TypeError('boom'), (l) => lines.push(l));
    expect(lines.filter((l) => l.startsWith('::error'))).toEqual(['::error title=announce::unexpected failure: boom']);
    expect(lines.length).toBe(2);
  });
});

describe('summary', () => {
  it('builds tables whose cells cannot break the row', () => {
    expect(table(['file', 'old'], [['a|b', 'x\ny']])).toBe('| file | old |\n| --- | --- |\n| a\\|b | x<br>y |\n');
  });

  it('fences code longer than any backtick run inside', () => {
    expect(codeBlock('a ``` b', 'diff')).toBe('````diff\na ``` b\n````\n');
  });

  it('joins parts', () => {
    const s = new Summary().heading('Release').table(['a'], [[1]]).toString();
    expect(s).toBe('## Release\n\n| a |\n| --- |\n| 1 |\n');
  });
});
