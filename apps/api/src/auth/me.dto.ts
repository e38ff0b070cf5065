import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@resultatkedjan/contracts';

class RoleGrantDto {
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'null = hela kommunen' }) orgNodeId!: string | null;
}

export class MeDto {
  @ApiProperty() userId!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [RoleGrantDto] }) grants!: RoleGrantDto[];
  @ApiProperty({ description: 'Skicka i huvudet X-CSRF-Token vid POST/PUT/PATCH/DELETE' }) csrfToken!: string;
}
