import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { QueryInt } from '../validation/fields.js';

export const MAX_PAGE_SIZE = 200;
/** 200 000 000 rows at the largest page size, far beyond any list here; keeps the offset an int4. */
export const MAX_PAGE = 1_000_000;

/** `?page=1&pageSize=50` on every list; pages are 1-based, at most 200 rows long and at most page 1 000 000. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryInt({ min: 1, max: MAX_PAGE })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @QueryInt({ min: 1, max: MAX_PAGE_SIZE })
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export function pageWindow(query: PageQueryDto): { skip: number; take: number; page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { skip: (page - 1) * pageSize, take: pageSize, page, pageSize };
}
