// The Jordan TRC pack (`sms-policy/jordan`); filled by its issue.
export {};
