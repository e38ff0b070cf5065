import { paths } from '../../paths';

export const reportHref = (id: string) => `${paths.reports}/${encodeURIComponent(id)}`;
