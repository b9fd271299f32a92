// What the app loads for this language, as one chunk (src/i18n/load.ts): its strings and the texts the build formatted for it.
export { ru as strings } from './index';
export { default as formats } from 'virtual:format-table/ru';
