import { CHAIN_A_GRUNDSKOLA } from './chain-a-grundskola.js';
import { CHAIN_B_HEMTJANST } from './chain-b-hemtjanst.js';
import { CHAIN_C_IFO } from './chain-c-ifo.js';
import { CHAIN_D_BYGGLOV } from './chain-d-bygglov.js';
import { CHAIN_E_BIBLIOTEK } from './chain-e-bibliotek.js';
import { CHAIN_F_HEM1, CHAIN_F_HEM2, CHAIN_F_HEM_F } from './chain-f-bostadsbolag.js';
import { CHAIN_G_ENERGI_VATTEN } from './chain-g-energi-vatten.js';
import { CHAIN_FM1, CHAIN_FM2 } from './chain-finans.js';
import type { ChainSeed } from './types.js';

/** Every chain of DOMAIN.md 7.4 A–G plus the financial goals. */
export const CHAINS: ChainSeed[] = [
  CHAIN_FM1,
  CHAIN_FM2,
  CHAIN_A_GRUNDSKOLA,
  CHAIN_B_HEMTJANST,
  CHAIN_C_IFO,
  CHAIN_D_BYGGLOV,
  CHAIN_E_BIBLIOTEK,
  CHAIN_F_HEM1,
  CHAIN_F_HEM2,
  CHAIN_F_HEM_F,
  CHAIN_G_ENERGI_VATTEN,
];
