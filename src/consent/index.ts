// The consent domain's public exports; filled by its issue.
export {};
