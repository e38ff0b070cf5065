import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/** Admin: the kommun's users and their role grants. */
@Module({ imports: [NotificationsModule], controllers: [UsersController], providers: [UsersService] })
export class UsersModule {}
