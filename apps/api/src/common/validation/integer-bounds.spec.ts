import { getMetadataStorage, IsInt, Max, Min } from 'class-validator';
// Importing the app module loads every controller, and with them every request DTO.
import { AppModule } from '../../app/app.module.js';
import { INT4_MAX, INT4_MIN } from './fields.js';

type Class = abstract new (...args: never[]) => unknown;

interface Rule {
  name?: string;
  propertyName: string;
  constraints?: unknown[];
}

/** `Class.field` for every integer field whose bounds are missing or reach beyond an int4 column. */
function unboundedIntegerFields(targets: Iterable<Class>): string[] {
  const storage = getMetadataStorage();
  const problems: string[] = [];
  for (const target of targets) {
    const rules = storage.getTargetValidationMetadatas(target, '', true, false) as Rule[];
    for (const field of new Set(rules.filter((rule) => rule.name === 'isInt').map((rule) => rule.propertyName))) {
      const bound = (name: string) => rules.find((rule) => rule.propertyName === field && rule.name === name)?.constraints?.[0];
      const min = bound('min');
      const max = bound('max');
      if (typeof min !== 'number' || min < INT4_MIN || typeof max !== 'number' || max > INT4_MAX) problems.push(`${target.name}.${field}`);
    }
  }
  return problems;
}

/** Every class that has validation rules: the request DTOs (responses have none). */
function validatedClasses(): Class[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Class | string, unknown[]> };
  return [...storage.validationMetadatas.keys()].filter((target): target is Class => typeof target === 'function');
}

describe('integer fields of request DTOs', () => {
  it('all declare a minimum and a maximum within int4 (use IntField)', () => {
    expect(AppModule).toBeDefined();
    const classes = validatedClasses();
    expect(classes.map((c) => c.name)).toEqual(expect.arrayContaining(['PageQueryDto', 'UpdateGoalDto', 'SaveReportDto']));
    expect(unboundedIntegerFields(classes)).toEqual([]);
  });

  it('finds a field without a bound, or with one beyond int4', () => {
    class Unbounded {
      @IsInt() count!: number;
      @IsInt() @Min(0) @Max(2 ** 31) order!: number;
      @IsInt() @Min(0) @Max(10) level!: number;
    }
    expect(unboundedIntegerFields([Unbounded])).toEqual(['Unbounded.count', 'Unbounded.order']);
  });
});
