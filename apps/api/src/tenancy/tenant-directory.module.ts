import { Global, Module } from '@nestjs/common';
import { TenantDirectory } from './tenant-directory.js';

/** The kommun directory for the worker: every active kommun's id, and whether a job's kommun is active. */
@Global()
@Module({ providers: [TenantDirectory], exports: [TenantDirectory] })
export class TenantDirectoryModule {}
