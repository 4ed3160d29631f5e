import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { configSchema } from './schema.js';

let compiled: ValidateFunction | undefined;

/** The compiled config validator, built on first use (compiling costs a few ms). */
export function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
    addFormats(ajv, ['uri', 'email']);
    compiled = ajv.compile(configSchema);
  }
  return compiled;
}
