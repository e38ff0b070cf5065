import { ApiProperty } from '@nestjs/swagger';

export class SsoProviderDto {
  @ApiProperty({ example: true }) enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Exempelstads konto (Microsoft Entra ID)' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/auth/oidc/login', description: 'Navigera hit (inte fetch) för att logga in' })
  loginUrl!: string | null;
}

export class AuthProvidersDto {
  @ApiProperty({ example: true, description: 'Inloggning med e-post och lösenord' }) password!: boolean;
  @ApiProperty({ type: SsoProviderDto }) sso!: SsoProviderDto;
}
