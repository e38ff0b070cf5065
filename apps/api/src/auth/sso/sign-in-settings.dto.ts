import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  PROVISIONABLE_ROLES,
  type KommunSsoDto,
  type KommunSsoInput,
  type Role,
  type SignInSettingsDto,
  type SsoCheckDto,
  type SsoMatchClaim,
  type UpdateSignInSettingsRequest,
} from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class KommunSsoInputDto implements KommunSsoInput {
  @ApiProperty({ example: 'Barby kommuns konto' })
  @IsString()
  @MinLength(1, sv('Ange ett namn för knappen på inloggningssidan.'))
  @MaxLength(80, sv('Namnet får vara högst 80 tecken.'))
  displayName!: string;

  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant-id>/v2.0' })
  @IsString()
  @MaxLength(500)
  issuer!: string;

  @ApiProperty({ example: '0f3c…' })
  @IsString()
  @MinLength(1, sv('Ange klient-id.'))
  @MaxLength(255)
  clientId!: string;

  @ApiPropertyOptional({ description: 'Krävs första gången; utelämna för att behålla den sparade' })
  @IsOptional()
  @IsString()
  @MinLength(8, sv('Klienthemligheten verkar för kort.'))
  @MaxLength(1000)
  clientSecret?: string;

  @ApiProperty({ enum: ['email', 'sub'], example: 'email' })
  @IsIn(['email', 'sub'], sv('Välj e-post eller sub.'))
  matchClaim!: SsoMatchClaim;

  @ApiProperty({ enum: PROVISIONABLE_ROLES, nullable: true, example: null, description: 'null: inga konton skapas vid första inloggning' })
  @ValidateIf((o: KommunSsoInputDto) => o.provisionRole !== null)
  @IsIn(PROVISIONABLE_ROLES, sv('Välj en roll (inte administratör).'))
  provisionRole!: Role | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Var rollen gäller; null = hela kommunen' })
  @ValidateIf((o: KommunSsoInputDto) => o.provisionOrgNodeId !== null)
  @IsUUID()
  provisionOrgNodeId!: string | null;

  @ApiProperty({ example: true })
  @IsBoolean()
  enabled!: boolean;
}

export class UpdateSignInSettingsDto implements UpdateSignInSettingsRequest {
  @ApiProperty({ type: [String], example: ['barby.se'], description: 'E-postdomäner som leder inloggningssidan till kommunen (högst 10)' })
  @IsArray()
  @ArrayMaxSize(10, sv('Högst 10 domäner.'))
  @IsString({ each: true })
  @Matches(DOMAIN, { each: true, message: 'Ange domänen som t.ex. barby.se (små bokstäver, utan @).' })
  emailDomains!: string[];

  @ApiProperty({ type: KommunSsoInputDto, nullable: true, description: 'null tar bort kommunens SSO' })
  @ValidateIf((o: UpdateSignInSettingsDto) => o.sso !== null)
  @ValidateNested()
  @Type(() => KommunSsoInputDto)
  sso!: KommunSsoInputDto | null;
}

class KommunSsoResponse implements KommunSsoDto {
  @ApiProperty() displayName!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty({ description: 'Om en klienthemlighet är sparad (den skickas aldrig ut)' }) clientSecretSet!: boolean;
  @ApiProperty({ enum: ['email', 'sub'] }) matchClaim!: SsoMatchClaim;
  @ApiProperty({ enum: PROVISIONABLE_ROLES, nullable: true }) provisionRole!: Role | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) provisionOrgNodeId!: string | null;
  @ApiProperty() enabled!: boolean;
}

export class SignInSettingsResponse implements SignInSettingsDto {
  @ApiProperty({ type: [String] }) emailDomains!: string[];
  @ApiProperty({ type: KommunSsoResponse, nullable: true }) sso!: KommunSsoResponse | null;
  @ApiProperty({ example: 'https://resultatkedjan.example/api/v1/auth/oidc/callback' }) redirectUri!: string;
}

export class SsoCheckResponse implements SsoCheckDto {
  @ApiProperty({ description: 'Om utfärdaren svarade med sin OpenID-konfiguration' }) reachable!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Inloggningsadressen som leverantören anger' }) authorizationEndpoint!: string | null;
  @ApiProperty({ description: 'Resultatet i klartext (svenska)' }) message!: string;
}
