// The README blocks that are Vitest test files are run as they are (named on the command line).
export default { test: { include: ['blocks/**/*.ts'] } };
