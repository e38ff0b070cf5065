import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { ROLES, type Role } from '@resultatkedjan/contracts';

const PASSWORD_TOO_SHORT = { context: { message: 'Lösenordet måste ha minst 12 tecken.' } };
const NOT_BLANK = { context: { message: 'Fältet får inte vara tomt.' } };

export class CreateUserDto {
  @ApiProperty({ example: 'sara.nilsson@exempelstad.se' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Sara Nilsson' })
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(200)
  displayName!: string;

  @ApiPropertyOptional({ example: 'Ett-långt-lösenord-2026', description: 'Minst 12 tecken; utelämnas för konton som bara loggar in med SSO' })
  @IsOptional()
  @IsString()
  @MinLength(12, PASSWORD_TOO_SHORT)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ example: '00000000-0000-0000-0000-000000000000', description: 'OIDC sub (t.ex. Entra ID:s oid-baserade sub)' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  oidcSubject?: string;
}

/** PATCH /users/:id — `active: false` deactivates the account (and ends its sessions). */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Sara Nilsson' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, NOT_BLANK)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ example: 'Ett-nytt-långt-lösenord-2026' })
  @IsOptional()
  @IsString()
  @MinLength(12, PASSWORD_TOO_SHORT)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'null tar bort kopplingen' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  oidcSubject?: string | null;
}

export class GrantRoleDto {
  @ApiProperty({ enum: ROLES, example: 'enhetschef' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: '3f0c2f4e-5b8e-4f55-9f1a-6c2d8e7b9a10', description: 'null = hela kommunen' })
  @ValidateIf((o: GrantRoleDto) => o.orgNodeId !== null)
  @IsUUID()
  orgNodeId!: string | null;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'nilsson', description: 'Sök i namn och e-post' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
