#!/usr/bin/env node
// Placeholder until the CLI lands; replaced by the CLI issue.
console.error('sms-policy: CLI not built yet');
process.exit(2);
