// The postgres adapter (`sms-policy/postgres`); filled by its issue.
export {};
