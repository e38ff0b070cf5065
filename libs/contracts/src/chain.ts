// Shared API shapes for the chain feature (request/response interfaces used by API and web).
export {};
