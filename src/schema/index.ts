export * from './claims.js';
export * from './entities.js';
export * from './findings.js';
export * from './options.js';
export * from './position.js';
export * from './report.js';
export * from './segment.js';
