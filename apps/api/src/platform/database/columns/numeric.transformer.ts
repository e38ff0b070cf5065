import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string to keep precision; our values fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
