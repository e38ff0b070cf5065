import type { ExportReportKind } from '@resultatkedjan/contracts';

export function reportKindLabel(kind: ExportReportKind): string {
  return kind === 'delarsrapport' ? 'Delårsrapport' : 'Årsredovisning';
}

/** Why a figure has no value, in words. */
export function reasonText(reason: string | null): string {
  const texts: Record<string, string> = {
    saknar_varde: 'saknar värde', division_med_noll: 'division med noll', saknar_mal: 'saknar målvärde',
    inaktuellt_varde: 'inget aktuellt värde', ej_aggregerbar: 'kan inte summeras', utanfor_talomrade: 'utanför talområdet',
    ogiltig_definition: 'ogiltig definition', neutral_riktning: 'bevakas utan mål',
  };
  return reason === null ? '' : (texts[reason] ?? reason);
}
