import { DECORATORS } from '@nestjs/swagger';
import { addFieldError, type FieldErrors } from '../errors/field-errors.js';

export const NULL_MESSAGE = 'Fältet kan inte vara null; utelämna det i stället.';

/**
 * Body fields that are null although their DTO does not document them `nullable: true` (@ApiProperty), keyed by path.
 * class-validator's IsOptional lets null through, and a PATCH with `{"deadline": null}` then reached a NOT NULL column
 * (500); here the OpenAPI document is the contract, for every DTO at once. Walks the validated DTO instance and its
 * nested DTOs; plain objects inside (a calendar template, age groups) are checked by their own validators.
 */
export function nullsNotDocumentedNullable(value: unknown, root: string): FieldErrors {
  const fields: FieldErrors = {};
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, join(path, String(index))));
    } else if (isDtoInstance(node)) {
      for (const [key, item] of Object.entries(node)) {
        if (item === null && !documentedNullable(node, key)) addFieldError(fields, join(path, key), NULL_MESSAGE);
        else visit(item, join(path, key));
      }
    }
  };
  visit(value, root);
  return fields;
}

function isDtoInstance(node: unknown): node is object {
  if (typeof node !== 'object' || node === null) return false;
  const prototype: unknown = Object.getPrototypeOf(node);
  return prototype !== null && prototype !== Object.prototype && Reflect.hasMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, prototype as object);
}

function documentedNullable(dto: object, key: string): boolean {
  const property = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, Object.getPrototypeOf(dto) as object, key) as { nullable?: boolean } | undefined;
  return property?.nullable === true;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
