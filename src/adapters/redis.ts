// The redis adapter (`sms-policy/redis`); filled by its issue.
export {};
