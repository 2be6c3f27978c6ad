export * from './options.js';
export * from './position.js';
export * from './segment.js';
