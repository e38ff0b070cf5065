// Shared API shapes for the goals feature (request/response interfaces used by API and web).
export {};
