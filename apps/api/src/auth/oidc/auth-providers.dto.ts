import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { LoginKommunDto } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';

export class SsoProviderDto {
  @ApiProperty({ example: true }) enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Exempelstads konto (Microsoft Entra ID)' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/auth/oidc/login?kommun=9901', description: 'Navigera hit (inte fetch) för att logga in' })
  loginUrl!: string | null;
}

export class AuthProvidersDto {
  @ApiProperty({ example: true, description: 'Inloggning med e-post och lösenord' }) password!: boolean;
  @ApiProperty({ type: SsoProviderDto }) sso!: SsoProviderDto;
}

export class LoginKommunResponse implements LoginKommunDto {
  @ApiProperty({ example: '9901' }) kommunkod!: string;
  @ApiProperty({ example: 'Exempelstads kommun' }) name!: string;
  @ApiProperty({ type: [String], example: ['exempelstad.se'] }) emailDomains!: string[];
}

export class LoginKommunList {
  @ApiProperty({ type: [LoginKommunResponse] }) items!: LoginKommunResponse[];
}

/** ?kommun=9901 on the SSO endpoints: whose identity provider. */
export class KommunQueryDto {
  @ApiPropertyOptional({ example: '9901', description: 'Kommunkod; utan den gäller installationens gemensamma SSO' })
  @IsOptional()
  @Matches(/^\d{4}$/, sv('Kommunkoden är fyra siffror.'))
  kommun?: string;
}
