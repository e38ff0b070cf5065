import { NotFoundException } from '@nestjs/common';

/** Another kommun's id and a missing id look the same: 404, never a hint that it exists. */
export function orNotFound<T>(value: T | null | undefined, what = 'Resursen'): T {
  if (value === null || value === undefined) throw new NotFoundException(`${what} finns inte.`);
  return value;
}
