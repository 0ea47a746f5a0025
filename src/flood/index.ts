// The flood domain's public exports; filled by its issue.
export {};
