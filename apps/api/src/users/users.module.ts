import { Module } from '@nestjs/common';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/** Admin: the kommun's users and their role grants. */
@Module({ controllers: [UsersController], providers: [UsersService] })
export class UsersModule {}
