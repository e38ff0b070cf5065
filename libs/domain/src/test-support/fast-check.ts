// Test-only: the workspace lint rule bans every external package in type:domain projects, which is right for
// src but not for the fast-check dev dependency, so all specs import it through this one file.
// eslint-disable-next-line @nx/enforce-module-boundaries -- test-only dev dependency, excluded from the build
import fc from 'fast-check';

export { fc };
