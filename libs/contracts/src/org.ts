// Shared API shapes for the org feature (request/response interfaces used by API and web).
export {};
