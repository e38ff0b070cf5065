import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A path id that is not a UUID cannot exist: 404 with the same text as a missing row. */
export function idParam(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException(`${what} finns inte.`) });
}
