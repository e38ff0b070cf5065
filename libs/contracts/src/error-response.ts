/** The one error shape every API error has. `fields` maps a field path (e.g. `rows.3.value`) to its messages. */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string;
  fields?: Record<string, string[]>;
}
