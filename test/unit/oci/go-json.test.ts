import { describe, expect, it } from '@jest/globals';
import { goJson, goMap } from '../../../actions/lib/oci/go-json.js';

describe("JSON as Go's encoding/json writes it", () => {
  it('escapes <, >, &, U+2028 and U+2029 (HTML-safe), the rest as JSON.stringify does', () => {
    expect(goJson('a<b>&c\u2028\u2029"\\\n\t\u0001é')).toBe('"a\\u003cb\\u003e\\u0026c\\u2028\\u2029\\"\\\\\\n\\t\\u0001é"');
  });

  it('keeps struct order, leaves out undefined fields, sorts map keys by bytes', () => {
    expect(goJson({ name: 'x', home: undefined, version: '1', annotations: goMap({ b: '2', B: '1', a: '3' }) })).toBe('{"name":"x","version":"1","annotations":{"B":"1","a":"3","b":"2"}}');
    expect(goJson([null, true, 3, []])).toBe('[null,true,3,[]]');
  });
});
