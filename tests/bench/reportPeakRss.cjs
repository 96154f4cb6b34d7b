// Preloaded into a benchmarked CLI process (`node --require`): prints its peak RSS when it exits.
process.on('exit', () => {
  process.stderr.write(`\nspanmark-bench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
