// The sqlite adapter (`sms-policy/sqlite`); filled by its issue.
export {};
