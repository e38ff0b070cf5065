// Shared API shapes for the values feature (request/response interfaces used by API and web).
export {};
