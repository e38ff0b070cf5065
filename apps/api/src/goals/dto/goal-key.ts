export const GOAL_KEY_PATTERN = /^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö._-]*$/;
