/** The formats the current view can be downloaded in (the buttons' list, without the code that makes the files). */
export const exportFormats = ['svg', 'png', 'square', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];
