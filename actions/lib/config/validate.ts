import type { ValidateFunction } from 'ajv';
import { validate } from './validator.generated.js';

/**
 * The config validator: ajv's code for the schema, generated at build time
 * (scripts/config-validator.mjs), so neither ajv nor a schema compilation is loaded at start-up.
 */
export function validator(): ValidateFunction {
  return validate;
}
