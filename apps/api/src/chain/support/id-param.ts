import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A path id that is not a UUID cannot exist: answer 404 like any unknown id. */
export function idParam(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException(`${what} finns inte.`) });
}
