// The content domain's public exports; filled by its issue.
export {};
