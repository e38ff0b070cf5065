import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'rk:isPublic';

/** Marks an endpoint as callable without logging in. Everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
