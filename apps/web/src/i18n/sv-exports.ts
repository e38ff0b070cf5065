import { EXPORT_FORMAT_LABELS, EXPORT_STATUS_LABELS } from '@resultatkedjan/contracts';

/** Texts of the Exporter page (årsredovisning and delårsrapport from locked snapshots). */
export const svExports = {
  title: 'Exporter',
  intro:
    'Målavstämning och god ekonomisk hushållning för kommunkoncernen till årsredovisningen och delårsrapporten. ' +
    'Exporten görs från periodens låsta ögonblicksbild, så samma period ger alltid samma innehåll.',
  listError: 'Perioderna kunde inte hämtas',
  empty: 'Inga helår eller delår är låsta ännu.',
  reportKind: { arsredovisning: 'Årsredovisning', delarsrapport: 'Delårsrapport' },
  heading: (kind: string, year: number, from: string, to: string) => `${kind} ${year} (${from} – ${to})`,
  notExportable: 'Perioden saknar ännu en ögonblicksbild som kan exporteras.',
  formatLabel: 'Format',
  create: 'Skapa export',
  created: 'Exporten är köad och byggs nu.',
  saveFailed: 'Exporten kunde inte startas',
  noExports: 'Inga exporter av perioden ännu.',
  caption: (heading: string) => `Exporter av ${heading}, senaste först`,
  cols: { format: 'Format', status: 'Status', created: 'Skapad', file: 'Fil' },
  formats: EXPORT_FORMAT_LABELS,
  status: EXPORT_STATUS_LABELS,
  progress: (percent: number) => `${percent} %`,
  progressLabel: (file: string) => `Förlopp för ${file}`,
  createdBy: (date: string, name: string | null) => (name ? `${date}, ${name}` : date),
  download: (file: string) => `Ladda ned ${file}`,
  failed: (error: string | null) => `Misslyckades${error ? `: ${error}` : ''}`,
};
