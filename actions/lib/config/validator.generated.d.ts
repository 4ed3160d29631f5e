// The types of validator.generated.js (scripts/config-validator.mjs).
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
