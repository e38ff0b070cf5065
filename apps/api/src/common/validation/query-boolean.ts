import { Transform } from 'class-transformer';

/** `true`/`false` in a query string become booleans; anything else stays and fails IsBoolean. */
export const QueryBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
