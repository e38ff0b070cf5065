import type { DemoUser } from './types.js';

/** Shared password of every demo login (printed at start-up; the demo is not for production data). */
export const DEMO_PASSWORD = 'Exempel2026!';

/** DOMAIN.md 7.7: one user per role. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'karin.lindqvist@exempelstad.se', name: 'Karin Lindqvist', role: 'ordforande', scopeKey: 'kf', scope: 'Ordförande i kommunstyrelsen: beslut i KF och KS' },
  { email: 'johan.ek@exempelstad.se', name: 'Johan Ek', role: 'fortroendevald', scopeKey: 'bun', scope: 'Barn- och utbildningsnämnden (ledamot)' },
  { email: 'omar.hassan@exempelstad.se', name: 'Omar Hassan', role: 'enhetschef', scopeKey: 'uf.gr.norr', scope: 'Norrskolan F–9 (rektor)' },
  { email: 'sara.nilsson@exempelstad.se', name: 'Sara Nilsson', role: 'enhetschef', scopeKey: 'vof.ht.centrum', scope: 'Hemtjänst Centrum' },
  { email: 'eva.berg@exempelstad.se', name: 'Eva Berg', role: 'controller', scopeKey: null, scope: 'Hela kommunen' },
  { email: 'mikael.strand@exempelstad.se', name: 'Mikael Strand', role: 'ekonom', scopeKey: null, scope: 'Hela kommunen (ekonomi och redovisning)' },
  { email: 'lars.nystrom@exempelstad.se', name: 'Lars Nyström', role: 'revisor', scopeKey: null, scope: 'Hela kommunen (revision)' },
  { email: 'admin@exempelstad.se', name: 'Admin Exempelstad', role: 'admin', scopeKey: null, scope: 'Hela kommunen (administratör)' },
];
